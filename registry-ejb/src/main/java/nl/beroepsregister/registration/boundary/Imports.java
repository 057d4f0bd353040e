package nl.beroepsregister.registration.boundary;

import jakarta.ejb.Stateless;
import nl.beroepsregister.audit.control.Audited;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.registration.ImportRejection;
import nl.beroepsregister.registration.ImportRun;
import nl.beroepsregister.registration.control.ImportFile;

/**
 * The import of existing registrants and their registrations from a CSV file, for the office moving off its
 * spreadsheets. The file as a whole is checked at once (readable, the required columns present); its rows are then
 * imported in the background, each in a transaction of its own, while the office watches the progress. A rejected
 * row stores nothing and is reported with its row number, column and reason.
 */
@Stateless
public class Imports {

    static final int LATEST = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ImportWorker worker;

    @Inject
    ImportedRows rows;

    /** Starts an import of the file; returns at once with the run whose progress can be followed. */
    @Audited(value = "import.started")
    public ImportRunView start(String filename, byte[] content, Language language) {
        caller.requireOffice();
        ImportFile file = ImportFile.read(content);
        Long runId = rows.begin(filename, language, file.lines().size(), caller.username());
        worker.process(runId, file.lines(), caller.username());
        return run(runId);
    }

    /** The columns of the file that the import does not know, and so ignores; for the office to see at once. */
    public List<String> ignoredColumns(byte[] content) {
        caller.requireOffice();
        return ImportFile.read(content).ignoredColumns();
    }

    public ImportRunView run(Long id) {
        caller.requireOffice();
        return ImportRunView.of(load(id));
    }

    public List<ImportRunView> latest() {
        caller.requireOffice();
        return em.createNamedQuery(ImportRun.LATEST, ImportRun.class).setMaxResults(LATEST).getResultList()
                .stream().map(ImportRunView::of).toList();
    }

    /** The rejections of a run, in row order, a page at a time. */
    public List<ImportRejectionView> rejections(Long runId, int first, int size) {
        caller.requireOffice();
        load(runId);
        return em.createNamedQuery(ImportRejection.OF_RUN, ImportRejection.class)
                .setParameter("runId", runId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 2000))
                .getResultList().stream().map(ImportRejectionView::of).toList();
    }

    private ImportRun load(Long id) {
        ImportRun run = id == null ? null : em.find(ImportRun.class, id);
        if (run == null) {
            throw NotFoundException.of("import", id);
        }
        return run;
    }
}
