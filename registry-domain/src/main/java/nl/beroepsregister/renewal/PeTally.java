package nl.beroepsregister.renewal;

import java.io.Serializable;
import java.util.Collection;
import nl.beroepsregister.register.PeRequirement;

/**
 * The PE points of one registration year against its level's requirement. Network points beyond the maximum are
 * recorded but do not count ({@code counted = training + min(network, max)}); the year passes when the counted
 * points reach the minimum and at least the network minimum was earned — or when the year is exempt.
 */
public record PeTally(int training, int network, int counted, int required, Integer networkMin, Integer networkMax,
                      boolean exempt, boolean met) implements Serializable {

    public static PeTally of(int training, int network, PeRequirement requirement, boolean exempt) {
        Integer max = requirement.networkMaximum();
        Integer min = requirement.networkMinimum();
        int counted = training + (max == null ? network : Math.min(network, max));
        boolean met = exempt || (counted >= requirement.minimum() && (min == null || network >= min));
        return new PeTally(training, network, counted, requirement.minimum(), min, max, exempt, met);
    }

    public static PeTally of(Collection<PeActivity> activities, PeRequirement requirement, boolean exempt) {
        int training = 0;
        int network = 0;
        for (PeActivity activity : activities) {
            if (activity.getCategory() == PeCategory.NETWORK) {
                network += activity.getPoints();
            } else {
                training += activity.getPoints();
            }
        }
        return of(training, network, requirement, exempt);
    }

    /** Whether the earned network points fall short of the network minimum. */
    public boolean networkShort() {
        return !exempt && networkMin != null && network < networkMin;
    }

    /** Counted points still needed to reach the minimum. */
    public int pointsShort() {
        return Math.max(0, required - counted);
    }
}
