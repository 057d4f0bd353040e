package nl.beroepsregister.renewal.boundary;

import java.io.Serializable;
import java.time.Instant;
import nl.beroepsregister.document.Document;

/** An uploaded file as listed: never its content. */
public record DocumentView(Long id, String filename, String contentType, long size, String sha256,
                           Instant uploadedAt, String uploadedBy) implements Serializable {

    public static DocumentView of(Document document) {
        return document == null ? null : new DocumentView(document.getId(), document.getFilename(),
                document.getFileType().mediaType(), document.getSizeBytes(), document.getSha256(),
                document.getUploadedAt(), document.getUploadedBy());
    }
}
