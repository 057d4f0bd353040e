package nl.beroepsregister.account;

/** What a signed-in person may do (DOMAIN.md §10). An administrator may also do everything the office may. */
public enum Role {
    REGISTRANT, AUDITOR, OFFICE, ADMIN;

    public static final String REGISTRANT_NAME = "REGISTRANT";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String OFFICE_NAME = "OFFICE";
    public static final String ADMIN_NAME = "ADMIN";
}
