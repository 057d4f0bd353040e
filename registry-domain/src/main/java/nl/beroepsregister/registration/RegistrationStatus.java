package nl.beroepsregister.registration;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a registration (DOMAIN.md §6). Only {@link #ACTIVE} carries the title and logo right; the other
 * three end the registration, and a person in one of them may apply again.
 */
public enum RegistrationStatus {
    ACTIVE, LAPSED, WITHDRAWN, STRUCK_OFF;

    /** The statuses this one may become: an active registration is renewed or upgraded, or it ends. */
    public Set<RegistrationStatus> successors() {
        return this == ACTIVE ? EnumSet.allOf(RegistrationStatus.class) : EnumSet.noneOf(RegistrationStatus.class);
    }

    public boolean canBecome(RegistrationStatus target) {
        return successors().contains(target);
    }
}
