package nl.beroepsregister.renewal;

import java.util.List;

/**
 * What a renewal dossier still lacks, requirement by requirement: the one answer that the portal, the office's
 * review, the reminders and the API all show.
 */
public record Completeness(List<RequirementCheck> checks, PeTally pe) {

    public Completeness {
        checks = List.copyOf(checks);
    }

    public boolean complete() {
        return checks.stream().allMatch(RequirementCheck::met);
    }

    public List<Requirement> missing() {
        return checks.stream().filter(check -> !check.met()).map(RequirementCheck::requirement).toList();
    }
}
