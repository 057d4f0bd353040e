package nl.beroepsregister.portal;

import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * A file a person chose in a form, kept in the page until the form is sent with it: the boundary that stores it
 * checks its size and its type from its content then, in the same transaction as the rest of the form.
 */
public record ChosenFile(String filename, byte[] content) implements Serializable {

    public static ChosenFile of(UploadedFile file) {
        return new ChosenFile(file.getFileName(), file.getContent());
    }

    public int kilobytes() {
        return (content.length + 1023) / 1024;
    }
}
