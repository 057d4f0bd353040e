package nl.beroepsregister.application.boundary;

/** A stored document handed out as a file: a safe name, its type as recognised from its content, and its bytes. */
public record DocumentFile(String filename, String contentType, byte[] content) {
}
