package nl.beroepsregister.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.beroepsregister.registrant.Language;

/**
 * One import of registrants and their registrations from a CSV file, as it runs in the background: how far it got,
 * how many rows were imported and how many rejected (each rejection is an {@link ImportRejection}). Every row is
 * imported in a transaction of its own, so what a run reports is exactly what was stored.
 */
@Entity
@Table(name = "import_run")
@NamedQuery(name = ImportRun.LATEST, query = "select r from ImportRun r order by r.startedAt desc, r.id desc")
public class ImportRun {

    public static final String LATEST = "ImportRun.latest";

    public enum Status { RUNNING, FINISHED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200, updatable = false)
    private String filename;

    /** The language of the person who started it: the rejections are written in it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private Language language;

    @Column(name = "started_by", nullable = false, length = 64, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "total_rows", nullable = false, updatable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "imported_rows", nullable = false)
    private int importedRows;

    @Column(name = "rejected_rows", nullable = false)
    private int rejectedRows;

    /** Why the run stopped before its end, if it did. */
    @Column(length = 1000)
    private String failure;

    protected ImportRun() {
    }

    public ImportRun(String filename, Language language, int totalRows, Instant now, String by) {
        String name = filename == null || filename.isBlank() ? "import.csv" : filename.strip();
        this.filename = name.length() > 200 ? name.substring(name.length() - 200) : name;
        this.language = language == null ? Language.NL : language;
        this.totalRows = totalRows;
        this.startedAt = now;
        this.startedBy = by;
        this.status = Status.RUNNING;
    }

    /** Counts rows done since the last report. */
    public void progress(int processed, int imported, int rejected) {
        this.processedRows += processed;
        this.importedRows += imported;
        this.rejectedRows += rejected;
    }

    public void finish(Instant now) {
        this.status = Status.FINISHED;
        this.finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        this.status = Status.FAILED;
        this.finishedAt = now;
        this.failure = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    /** How far the run is, in whole percents; a finished run is at 100 also when it had no rows. */
    public int percent() {
        if (status != Status.RUNNING) {
            return 100;
        }
        return totalRows == 0 ? 0 : Math.min(99, processedRows * 100 / totalRows);
    }

    public Long getId() {
        return id;
    }

    public String getFilename() {
        return filename;
    }

    public Language getLanguage() {
        return language;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getImportedRows() {
        return importedRows;
    }

    public int getRejectedRows() {
        return rejectedRows;
    }

    public String getFailure() {
        return failure;
    }
}
