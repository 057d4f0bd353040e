package nl.beroepsregister.register;

import java.io.Serializable;

/**
 * The continuing-education points a level asks for in one registration year. When {@code networkMinimum} is set,
 * at least that many network points must be earned; when {@code networkMaximum} is set, no more than that many
 * network points count toward the minimum. Without them every point counts, of any category.
 */
public record PeRequirement(int minimum, Integer networkMinimum, Integer networkMaximum) implements Serializable {

    public PeRequirement {
        if (minimum < 0) {
            throw new IllegalArgumentException("PE minimum below zero: " + minimum);
        }
        if (networkMinimum != null && networkMaximum != null && networkMinimum > networkMaximum) {
            throw new IllegalArgumentException("network minimum " + networkMinimum + " above maximum " + networkMaximum);
        }
    }
}
