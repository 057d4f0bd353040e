package nl.beroepsregister.register;

import java.util.Optional;

/** The certification level of a registration; A is the highest. */
public enum Level {
    C, B, A;

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    public boolean isAtLeast(Level other) {
        return compareTo(other) >= 0;
    }

    /** The level one step up, if there is one. */
    public Optional<Level> next() {
        return this == A ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** The level one step down, if there is one. */
    public Optional<Level> previous() {
        return this == C ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    public static Level lowest(Level first, Level... others) {
        Level lowest = first;
        for (Level other : others) {
            if (other.compareTo(lowest) < 0) {
                lowest = other;
            }
        }
        return lowest;
    }
}
