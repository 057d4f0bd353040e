package nl.beroepsregister.registrant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/** A person on (or applying to) a register. */
@Entity
@Table(name = "registrant")
public class Registrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registrant_seq")
    @SequenceGenerator(name = "registrant_seq", sequenceName = "registrant_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    /** The name in lower case without accents, for the public register's search. */
    @Column(name = "search_name", nullable = false, length = 201)
    private String searchName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 200)
    private String employer;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.NL;

    /** Whether the public register may show the employer; it shows nothing else about the person. */
    @Column(name = "employer_public", nullable = false)
    private boolean employerPublic;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the personal data were removed under the retention rule; the registrations remain, anonymous. */
    @Column(name = "anonymized_at")
    private Instant anonymizedAt;

    protected Registrant() {
    }

    public Registrant(String firstName, String lastName, String email, String employer, String jobTitle,
                      Language language, Instant createdAt) {
        this.createdAt = createdAt;
        changePersonalData(firstName, lastName, email, employer, jobTitle, language);
    }

    public final void changePersonalData(String firstName, String lastName, String email, String employer,
                                         String jobTitle, Language language) {
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.searchName = searchable(this.firstName + " " + this.lastName);
        this.email = email.strip();
        this.employer = employer == null ? null : employer.strip();
        this.jobTitle = jobTitle == null ? null : jobTitle.strip();
        this.language = language == null ? Language.NL : language;
    }

    /**
     * Removes the personal data under the register's retention rule (registry.retention.years): name, e-mail, employer, job
     * title. What remains, the registrations with their levels, statuses and dates, no longer says who it was.
     */
    public void anonymize(Instant now) {
        this.firstName = "";
        this.lastName = "-";
        this.searchName = "";
        this.email = "verwijderd-" + id + "@invalid";
        this.employer = null;
        this.jobTitle = null;
        this.employerPublic = false;
        this.anonymizedAt = now;
    }

    public boolean isAnonymized() {
        return anonymizedAt != null;
    }

    public Instant getAnonymizedAt() {
        return anonymizedAt;
    }

    public void showEmployerPublicly(boolean employerPublic) {
        this.employerPublic = employerPublic;
    }

    /** Lower case without accents: "Jansen-Özdemir" is found by "ozdemir". */
    public static String searchable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    public String name() {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getEmployer() {
        return employer;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Language getLanguage() {
        return language;
    }

    public boolean isEmployerPublic() {
        return employerPublic;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
