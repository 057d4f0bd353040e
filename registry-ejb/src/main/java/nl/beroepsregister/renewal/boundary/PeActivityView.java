package nl.beroepsregister.renewal.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import nl.beroepsregister.renewal.PeActivity;
import nl.beroepsregister.renewal.PeCategory;

public record PeActivityView(Long id, Long registrationId, LocalDate date, String title, String provider, int points,
                             PeCategory category, DocumentView evidence) implements Serializable {

    public static PeActivityView of(PeActivity activity) {
        return new PeActivityView(activity.getId(), activity.getYear().getRegistration().getId(), activity.getDate(),
                activity.getTitle(), activity.getProvider(), activity.getPoints(), activity.getCategory(),
                DocumentView.of(activity.getEvidence()));
    }
}
