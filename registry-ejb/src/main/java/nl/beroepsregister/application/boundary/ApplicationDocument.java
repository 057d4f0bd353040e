package nl.beroepsregister.application.boundary;

import java.util.Set;
import nl.beroepsregister.document.DocumentKind;

/** A file sent with an application: what it is, the name it was given, and its bytes. */
public record ApplicationDocument(DocumentKind kind, String filename, byte[] content) {

    /** The kinds of evidence an application takes. */
    public static final Set<DocumentKind> KINDS = Set.of(DocumentKind.CV, DocumentKind.JOB_DESCRIPTION,
            DocumentKind.COURSE_DIPLOMA);
}
