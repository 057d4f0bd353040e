package nl.beroepsregister.problem;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A text for a person, named by its key in the {@code messages} bundle and the values that fill its
 * placeholders. The words are chosen where the reader's language is known: in the portal, the API and the mail.
 */
public record Message(String key, List<Object> args) implements Serializable {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
