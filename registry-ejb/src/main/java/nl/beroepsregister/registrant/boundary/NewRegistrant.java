package nl.beroepsregister.registrant.boundary;

import nl.beroepsregister.registrant.Language;

/** A registrant to add, with the login they will use. */
public record NewRegistrant(String firstName, String lastName, String email, String employer, String jobTitle,
                            Language language, String username, String password) {
}
