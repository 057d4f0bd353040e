package nl.beroepsregister.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.problem.PayloadTooLargeException;

/**
 * Reads an uploaded file from a request body without ever holding more than the register accepts: a body announced
 * or found to be larger is refused as soon as that is known.
 */
public final class Uploads {

    private static final Pattern FILENAME = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);

    private Uploads() {
    }

    public record Upload(String filename, byte[] content) {
    }

    public static Upload read(InputStream body, HttpHeaders headers) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > Document.MAX_BYTES) {
            throw tooLarge();
        }
        try {
            byte[] content = body.readNBytes(Document.MAX_BYTES + 1);
            if (content.length > Document.MAX_BYTES) {
                throw tooLarge();
            }
            if (content.length == 0) {
                throw InvalidInputException.of("file", "rule.document.empty");
            }
            return new Upload(filename(headers.getHeaderString("Content-Disposition")), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException(Message.of("rule.document.tooLarge", Document.MAX_BYTES / (1024 * 1024)));
    }

    static String filename(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher matcher = FILENAME.matcher(disposition);
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        if (found == null) {
            return null;
        }
        try {
            return java.net.URLDecoder.decode(found.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return found;
        }
    }
}
