package nl.beroepsregister.registration.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.ChangeKind;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.registration.StatusChange;
import nl.beroepsregister.renewal.DossierStatus;
import nl.beroepsregister.renewal.RegistrationYear;

public record RegistrationView(Long id, long version, String registrationNumber, Long registrantId,
                               String registrantName, String register, Level level, RegistrationStatus status,
                               String title, LocalDate startDate, Year year, Year nextYear, LocalDate validUntil,
                               List<HistoryEntry> history) implements Serializable {

    /** A registration year: the dates and the level whose requirements apply. */
    public record Year(Long id, LocalDate start, LocalDate renewalDate, LocalDate submissionDeadline, Level level,
                       DossierStatus dossierStatus, boolean peExempt) implements Serializable {

        public static Year of(RegistrationYear year) {
            return year == null ? null : new Year(year.getId(), year.getStartDate(), year.getRenewalDate(),
                    year.getSubmissionDeadline(), year.getLevel(), year.getDossierStatus(), year.isPeExempt());
        }
    }

    public record HistoryEntry(RegistrationStatus from, RegistrationStatus to, Level level, Instant at, String by,
                               String reason, ChangeKind kind) implements Serializable {

        static HistoryEntry of(StatusChange change) {
            return new HistoryEntry(change.getFromStatus(), change.getToStatus(), change.getLevel(), change.getAt(),
                    change.getBy(), change.getReason(), change.getKind());
        }
    }

    public static RegistrationView of(Registration registration, LocalDate today) {
        return new RegistrationView(registration.getId(), registration.getVersion(),
                registration.getRegistrationNumber(), registration.getRegistrant().getId(),
                registration.getRegistrant().name(), registration.getRegister().getCode(), registration.getLevel(),
                registration.getStatus(), registration.title().orElse(null), registration.getStartDate(),
                Year.of(registration.currentYear(today)), Year.of(registration.nextYear(today).orElse(null)),
                registration.getValidUntil(),
                registration.getHistory().stream().map(HistoryEntry::of).toList());
    }
}
