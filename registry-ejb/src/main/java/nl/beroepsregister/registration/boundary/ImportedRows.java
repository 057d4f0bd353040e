package nl.beroepsregister.registration.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.account.boundary.Accounts;
import nl.beroepsregister.certificate.control.CertificateIssuer;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.ImportRejection;
import nl.beroepsregister.registration.ImportRun;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.control.ImportRow;
import nl.beroepsregister.registration.control.RegistrationNumbers;
import nl.beroepsregister.text.Texts;
import nl.beroepsregister.time.RegistryClock;

/**
 * The transactions of an import: one per row, which stores a registrant, their login and their registration exactly
 * as an admission does (the domain's {@link Registration#admit}, its first year and history entry, a number and a
 * certificate) or nothing at all; and the progress reports. Called by the {@link ImportWorker} only.
 */
@Stateless
public class ImportedRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Registers registers;

    @Inject
    Accounts accounts;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    CertificateIssuer certificates;

    @Inject
    RegistryClock clock;

    /** Records a new run, committed before the worker starts, so that the worker always finds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long begin(String filename, Language language, int totalRows, String by) {
        ImportRun run = new ImportRun(filename, language, totalRows, clock.now(), by);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /** Stores one checked row, all of it or (refused, rolled back) nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(ImportRow row, String by) {
        Register register = registers.find(row.register()).orElseThrow(
                () -> InvalidInputException.of(ImportRow.REGISTER, "rule.register.unknown", row.register()));
        if (!register.offers(row.level())) {
            throw InvalidInputException.of(ImportRow.LEVEL, "rule.register.levelNotOffered", register.getCode(),
                    row.level());
        }
        if (accounts.find(row.username()).isPresent()) {
            throw InvalidInputException.of(ImportRow.USERNAME, "problem.conflict.usernameTaken",
                    row.username().toLowerCase(java.util.Locale.ROOT));
        }
        Registrant registrant = new Registrant(row.firstName(), row.lastName(), row.email(), row.employer(),
                row.jobTitle(), row.language(), clock.now());
        em.persist(registrant);
        accounts.openWithoutPassword(row.username(), EnumSet.of(Role.REGISTRANT), registrant);
        Registration registration = Registration.admit(registrant, register, row.level(), row.startDate(),
                row.courseCompletedOn(), clock.today(), clock.now(), by);
        registration.assignNumber(numbers.nextRegistrationNumber(register.getCode()));
        em.persist(registration);
        certificates.onAdmission(registration);
        em.flush();
    }

    /** Adds the rows done since the last report, and their rejections in the language of the run. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void report(Long runId, int processed, int imported, List<Long> rowNumbers,
                       List<ImportRow.Problem> problems) {
        ImportRun run = em.find(ImportRun.class, runId);
        Texts texts = Texts.in(run.getLanguage());
        for (int i = 0; i < problems.size(); i++) {
            ImportRow.Problem problem = problems.get(i);
            em.persist(new ImportRejection(run, rowNumbers.get(i), problem.field(), problem.value(),
                    texts.get(problem.reason())));
        }
        int rejected = (int) rowNumbers.stream().distinct().count();
        run.progress(processed, imported, rejected);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(Long runId) {
        em.find(ImportRun.class, runId).finish(clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(Long runId, String reason) {
        em.find(ImportRun.class, runId).fail(reason, clock.now());
    }
}
