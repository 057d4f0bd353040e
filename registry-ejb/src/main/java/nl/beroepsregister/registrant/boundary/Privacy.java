package nl.beroepsregister.registrant.boundary;

import jakarta.ejb.Stateless;
import nl.beroepsregister.audit.control.Audited;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import nl.beroepsregister.account.Account;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registrant.control.PersonalDataExport;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The registrant's rights over their data (AVG/GDPR): a copy of everything the register holds about them, and the
 * removal of the personal data of registrations that ended more than {@code registry.retention.years} ago (default
 * seven), keeping the registrations themselves, anonymous, for statistics.
 */
@Stateless
public class Privacy {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    @Inject
    Registrants registrants;

    @Inject
    PersonalDataExport export;

    @Inject
    @ConfigProperty(name = "registry.retention.years", defaultValue = "7")
    int retentionYears;

    /** Everything the register holds about a registrant, as a ZIP of JSON and their documents; own or office. */
    @Audited(value = "personal.exported", subject = "registrant")
    public byte[] export(Long registrantId) {
        Registrant registrant = registrants.load(registrantId);
        caller.requireOwnOrOffice(registrant, "registrant", registrantId);
        return export.zip(registrant);
    }

    /** The registrants whose registrations all ended longer ago than the retention period, and who have nothing open. */
    public List<Long> dueForRemoval(LocalDate today) {
        Instant cutoff = today.minusYears(retentionYears).atStartOfDay(clock.zone()).toInstant();
        return em.createQuery("""
                        select p.id from Registrant p
                        where p.anonymizedAt is null
                          and exists (select r from Registration r where r.registrant = p)
                          and not exists (select r from Registration r where r.registrant = p
                                and r.status = nl.beroepsregister.registration.RegistrationStatus.ACTIVE)
                          and not exists (select a from Application a where a.registrant = p
                                and a.status in (nl.beroepsregister.application.ApplicationStatus.APPLIED,
                                                 nl.beroepsregister.application.ApplicationStatus.AUDIT_PLANNED))
                          and not exists (select c from StatusChange c where c.registration.registrant = p
                                and c.at >= :cutoff)
                        order by p.id""", Long.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    /**
     * Removes one registrant's personal data: name, e-mail, employer, the login, the documents, the answers and every
     * free text that may name them. Numbers, levels, statuses and dates stay.
     */
    @Audited(value = "personal.removed", subject = "registrant")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void removePersonalData(Long registrantId) {
        Registrant registrant = em.find(Registrant.class, registrantId);
        if (registrant == null || registrant.isAnonymized()) {
            return;
        }
        Instant now = clock.now();
        List<Account> accounts = em.createNamedQuery(Account.BY_REGISTRANT, Account.class)
                .setParameter("registrant", registrant).getResultList();
        List<String> usernames = accounts.stream().map(Account::getUsername).toList();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        accounts.forEach(account -> account.retire("retired:" + Base64.getEncoder().encodeToString(random), now));
        registrant.anonymize(now);
        em.flush();
        String years = "SELECT y.id FROM registration_year y JOIN registration r ON r.id = y.registration_id"
                + " WHERE r.registrant_id = ?1";
        String documents = "SELECT evidence_id FROM pe_activity WHERE year_id IN (" + years + ")"
                + " UNION SELECT report_id FROM portfolio_activity WHERE year_id IN (" + years + ")"
                + " UNION SELECT d.document_id FROM application_document d JOIN application a"
                + " ON a.id = d.application_id WHERE a.registrant_id = ?1";
        List<?> documentIds = em.createNativeQuery("SELECT id FROM document WHERE id IN (" + documents + ")")
                .setParameter(1, registrantId).getResultList();
        update("UPDATE pe_activity SET evidence_id = NULL, title = '-', provider = '-' WHERE year_id IN (" + years
                + ")", registrantId);
        update("UPDATE portfolio_activity SET report_id = NULL, title = '-', description = '-',"
                + " rejection_reason = NULL WHERE year_id IN (" + years + ")", registrantId);
        update("DELETE FROM application_document WHERE application_id IN"
                + " (SELECT id FROM application WHERE registrant_id = ?1)", registrantId);
        update("DELETE FROM questionnaire_answer WHERE year_id IN (" + years + ")", registrantId);
        update("UPDATE registration_year SET declaration_employer = NULL, declaration_job_title = NULL,"
                + " decision_reason = NULL WHERE id IN (" + years + ")", registrantId);
        update("UPDATE application SET decision_reason = NULL WHERE registrant_id = ?1", registrantId);
        update("UPDATE status_change SET reason = NULL WHERE registration_id IN"
                + " (SELECT id FROM registration WHERE registrant_id = ?1)", registrantId);
        update("UPDATE reminder SET recipient = 'verwijderd@invalid', last_error = NULL WHERE registration_id IN"
                + " (SELECT id FROM registration WHERE registrant_id = ?1)", registrantId);
        for (String username : usernames) {
            em.createNativeQuery("UPDATE status_change SET changed_by = 'verwijderd' WHERE changed_by = ?1")
                    .setParameter(1, username).executeUpdate();
        }
        for (Object id : documentIds) {
            long documentId = ((Number) id).longValue();
            String unreferenced = " AND NOT EXISTS (SELECT 1 FROM pe_activity WHERE evidence_id = ?1)"
                    + " AND NOT EXISTS (SELECT 1 FROM portfolio_activity WHERE report_id = ?1)"
                    + " AND NOT EXISTS (SELECT 1 FROM application_document WHERE document_id = ?1)";
            em.createNativeQuery("DELETE FROM document_content WHERE document_id = ?1" + unreferenced)
                    .setParameter(1, documentId).executeUpdate();
            em.createNativeQuery("DELETE FROM document WHERE id = ?1" + unreferenced)
                    .setParameter(1, documentId).executeUpdate();
        }
    }

    private void update(String sql, Long registrantId) {
        em.createNativeQuery(sql).setParameter(1, registrantId).executeUpdate();
    }
}
