package nl.beroepsregister.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Why one row of an import was not imported: the row's number as a spreadsheet shows it (the header is row 1), the
 * column at fault and the reason, written in the language of whoever started the import. Nothing of the row was
 * stored.
 */
@Entity
@Table(name = "import_rejection")
@NamedQuery(name = ImportRejection.OF_RUN, query = """
        select j from ImportRejection j where j.run.id = :runId order by j.rowNumber, j.id""")
public class ImportRejection {

    public static final String OF_RUN = "ImportRejection.ofRun";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_rejection_seq")
    @SequenceGenerator(name = "import_rejection_seq", sequenceName = "import_rejection_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", updatable = false)
    private ImportRun run;

    @Column(name = "sheet_row", nullable = false, updatable = false)
    private long rowNumber;

    /** The column at fault, or null when the row as a whole is refused. */
    @Column(length = 64, updatable = false)
    private String field;

    /** The value that was refused, cut to a readable length. */
    @Column(name = "refused_value", length = 200, updatable = false)
    private String value;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    protected ImportRejection() {
    }

    public ImportRejection(ImportRun run, long rowNumber, String field, String value, String reason) {
        this.run = run;
        this.rowNumber = rowNumber;
        this.field = field;
        this.value = cut(value, 200);
        this.reason = cut(reason, 1000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getRowNumber() {
        return rowNumber;
    }

    public String getField() {
        return field;
    }

    public String getValue() {
        return value;
    }

    public String getReason() {
        return reason;
    }
}
