package nl.beroepsregister.renewal.boundary;

import java.io.Serializable;
import java.time.Instant;
import nl.beroepsregister.renewal.Declaration;

/** A signed declaration of continued employment. */
public record DeclarationView(String employer, String jobTitle, boolean stillInFunction, Instant signedAt,
                              String signedBy) implements Serializable {

    static DeclarationView of(Declaration declaration) {
        return new DeclarationView(declaration.getEmployer(), declaration.getJobTitle(),
                declaration.isStillInFunction(), declaration.getSignedAt(), declaration.getSignedBy());
    }
}
