package nl.beroepsregister.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.WorkLevel;

/** What an applicant reports about themself: the input of the level indication and of the entry conditions. */
public record ApplicantFacts(BigDecimal experienceYears, WorkLevel workLevel, Level functionLevel,
                             LocalDate courseCompletedOn) {

    void requireCourseDateNotAfter(LocalDate today) {
        if (courseCompletedOn != null && courseCompletedOn.isAfter(today)) {
            throw InvalidInputException.of("courseCompletedOn", "rule.application.courseDateInFuture");
        }
    }
}
