package nl.beroepsregister.registration.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.problem.RegistryException;
import nl.beroepsregister.registration.control.ImportFile;
import nl.beroepsregister.registration.control.ImportRow;
import nl.beroepsregister.time.RegistryClock;

/**
 * Works through an import in the background, outside any transaction: each row is checked, then stored in a
 * transaction of its own (all or nothing per row); every few rows the progress and the rejections so far are stored,
 * so that the progress bar moves and a later failure loses no report.
 */
@Stateless
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());
    static final int REPORT_EVERY_ROWS = 25;
    static final long REPORT_EVERY_MILLIS = 1000;

    @Inject
    ImportedRows rows;

    @Inject
    RegistryClock clock;

    /** Runs the import of the given rows as the given person; returns at once to the caller. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void process(Long runId, List<ImportFile.Line> lines, String by) {
        List<ImportRow.Problem> rejected = new ArrayList<>();
        List<Long> rejectedRows = new ArrayList<>();
        int processed = 0;
        int imported = 0;
        long reported = System.currentTimeMillis();
        try {
            for (ImportFile.Line line : lines) {
                List<ImportRow.Problem> problems = importOne(line, by);
                processed++;
                if (problems.isEmpty()) {
                    imported++;
                } else {
                    rejected.addAll(problems);
                    problems.forEach(problem -> rejectedRows.add(line.rowNumber()));
                }
                boolean due = processed >= REPORT_EVERY_ROWS
                        || System.currentTimeMillis() - reported >= REPORT_EVERY_MILLIS;
                if (due) {
                    rows.report(runId, processed, imported, rejectedRows, rejected);
                    processed = 0;
                    imported = 0;
                    rejected.clear();
                    rejectedRows.clear();
                    reported = System.currentTimeMillis();
                }
            }
            rows.report(runId, processed, imported, rejectedRows, rejected);
            rows.finish(runId);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "import " + runId + " stopped", unexpected);
            rows.fail(runId, String.valueOf(unexpected));
        }
    }

    private List<ImportRow.Problem> importOne(ImportFile.Line line, String by) {
        ImportRow.Checked checked = ImportRow.check(line, clock.today());
        if (!checked.valid()) {
            return checked.problems();
        }
        try {
            rows.store(checked.row(), by);
            return List.of();
        } catch (InvalidInputException refused) {
            return refused.violations().stream()
                    .map(v -> new ImportRow.Problem(v.field(), valueOf(line, v.field()), v.message()))
                    .toList();
        } catch (RegistryException refused) {
            return List.of(new ImportRow.Problem(null, null, refused.message()));
        } catch (EJBException | jakarta.persistence.PersistenceException failed) {
            LOG.log(Level.WARNING, "row " + line.rowNumber() + " of an import not stored", failed);
            return List.of(new ImportRow.Problem(null, null, Message.of("rule.import.rowNotStored")));
        }
    }

    private static String valueOf(ImportFile.Line line, String field) {
        return field == null ? null : line.value(field);
    }
}
