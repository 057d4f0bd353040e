package nl.beroepsregister.renewal.boundary;

import java.time.LocalDate;
import nl.beroepsregister.renewal.PeCategory;

public record NewPeActivity(LocalDate date, String title, String provider, int points, PeCategory category) {
}
