package nl.beroepsregister.application.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.beroepsregister.application.Route;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.WorkLevel;

public record NewApplication(Long registrantId, String register, Level requestedLevel, Route route,
                             BigDecimal experienceYears, WorkLevel workLevel, Level functionLevel,
                             LocalDate courseCompletedOn) {
}
