package nl.beroepsregister.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import nl.beroepsregister.problem.RuleViolationException;

/**
 * How much one holder of uploaded documents may hold: at most so many files, and so many bytes together. A
 * registration year's renewal dossier and an application each have their own limits (the {@code registry.upload.*}
 * settings), so that no one fills the register's database; a file that replaces another counts in its place.
 */
public record UploadLimits(Holder holder, int maxFiles, long maxBytes) {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024L);

    /** What holds the documents, with the texts that refuse one file too many or too large. */
    public enum Holder {
        DOSSIER("rule.upload.dossierFiles", "rule.upload.dossierBytes"),
        APPLICATION("rule.upload.applicationFiles", "rule.upload.applicationBytes");

        private final String tooManyFiles;
        private final String tooManyBytes;

        Holder(String tooManyFiles, String tooManyBytes) {
            this.tooManyFiles = tooManyFiles;
            this.tooManyBytes = tooManyBytes;
        }
    }

    public UploadLimits {
        if (holder == null || maxFiles < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("upload limits must name their holder and be positive: " + holder
                    + ", " + maxFiles + " files, " + maxBytes + " bytes");
        }
    }

    public static UploadLimits perDossier(int maxFiles, long maxBytes) {
        return new UploadLimits(Holder.DOSSIER, maxFiles, maxBytes);
    }

    public static UploadLimits perApplication(int maxFiles, long maxBytes) {
        return new UploadLimits(Holder.APPLICATION, maxFiles, maxBytes);
    }

    /**
     * Refuses to add a document to those held — in place of {@code replaced}, when that is not null — when the holder
     * would then hold more files, or more bytes together, than allowed.
     */
    public void requireRoom(Collection<Document> held, Document replaced, Document added) {
        requireRoom(held, replaced, added.getSizeBytes());
    }

    /**
     * Refuses a file of {@code addedBytes} bytes before it is checked and stored, by the same rule as
     * {@link #requireRoom(Collection, Document, Document)}: an upload that cannot fit is refused before the register
     * spends a virus scan and a write on it.
     */
    public void requireRoom(Collection<Document> held, Document replaced, long addedBytes) {
        List<Document> kept = held.stream().filter(document -> !same(document, replaced)).toList();
        long keptBytes = kept.stream().mapToLong(Document::getSizeBytes).sum();
        if (kept.size() + 1 > maxFiles) {
            throw RuleViolationException.of(holder.tooManyFiles, maxFiles);
        }
        if (keptBytes + addedBytes > maxBytes) {
            throw RuleViolationException.of(holder.tooManyBytes, megabytes(maxBytes), megabytes(keptBytes),
                    megabytes(addedBytes));
        }
    }

    private static boolean same(Document one, Document other) {
        return other != null && (one == other || (one.getId() != null && one.getId().equals(other.getId())));
    }

    /** Megabytes with one decimal at most, for people to read. */
    static BigDecimal megabytes(long bytes) {
        BigDecimal value = BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.HALF_UP);
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
