package nl.beroepsregister.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.problem.PayloadTooLargeException;
import nl.beroepsregister.problem.UnsupportedContentException;

/**
 * An uploaded file's description: what it is, who uploaded it, its type as recognised from its content, and a
 * checksum. The bytes are kept apart in {@link DocumentContent}, read only when someone opens the file, and stored
 * in the same transaction as the description, so a crash never leaves half a document behind.
 */
@Entity
@Table(name = "document")
public class Document {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_FILENAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DocumentKind kind;

    /** The name the uploader gave, for display only: never used as a path. */
    @Column(nullable = false, length = MAX_FILENAME, updatable = false)
    private String filename;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 8, updatable = false)
    private FileType fileType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy;

    protected Document() {
    }

    private Document(DocumentKind kind, String filename, FileType fileType, long sizeBytes, String sha256,
                     Instant uploadedAt, String uploadedBy) {
        this.kind = kind;
        this.filename = filename;
        this.fileType = fileType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    /**
     * Checks an upload and describes it: refused when empty or larger than {@link #MAX_BYTES}, or when its content is
     * not a type this kind of document may be, whatever the name or the declared type say.
     */
    public static Document describe(DocumentKind kind, String filename, byte[] content, Instant now, String by) {
        if (content.length > MAX_BYTES) {
            throw new PayloadTooLargeException(Message.of("rule.document.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        FileType type = FileType.detect(content)
                .filter(kind::allows)
                .orElseThrow(() -> new UnsupportedContentException(
                        Message.of("rule.document.unsupportedType", kind.allowed().stream().sorted().toList())));
        return new Document(kind, cleanFilename(filename, type), type, content.length, sha256(content), now, by);
    }

    static String cleanFilename(String given, FileType type) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "document." + type.extension();
        }
        return name.length() > MAX_FILENAME ? name.substring(name.length() - MAX_FILENAME) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The name to offer in a download: the uploader's name limited to safe characters. */
    public String downloadName() {
        String ascii = new String(filename.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII);
        return ascii.replaceAll("[^A-Za-z0-9._ -]", "_");
    }

    public Long getId() {
        return id;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFilename() {
        return filename;
    }

    public FileType getFileType() {
        return fileType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
