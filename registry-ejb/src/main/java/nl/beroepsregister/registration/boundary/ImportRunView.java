package nl.beroepsregister.registration.boundary;

import java.io.Serializable;
import java.time.Instant;
import nl.beroepsregister.registration.ImportRun;

/** How an import is doing, for the progress bar and the result. */
public record ImportRunView(Long id, String filename, String startedBy, Instant startedAt, Instant finishedAt,
                            ImportRun.Status status, int totalRows, int processedRows, int importedRows,
                            int rejectedRows, int percent, String failure) implements Serializable {

    static ImportRunView of(ImportRun run) {
        return new ImportRunView(run.getId(), run.getFilename(), run.getStartedBy(), run.getStartedAt(),
                run.getFinishedAt(), run.getStatus(), run.getTotalRows(), run.getProcessedRows(),
                run.getImportedRows(), run.getRejectedRows(), run.percent(), run.getFailure());
    }

    public boolean running() {
        return status == ImportRun.Status.RUNNING;
    }
}
