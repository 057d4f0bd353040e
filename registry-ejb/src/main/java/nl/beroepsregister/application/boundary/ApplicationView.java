package nl.beroepsregister.application.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.beroepsregister.application.Application;
import nl.beroepsregister.application.ApplicationStatus;
import nl.beroepsregister.application.Route;
import nl.beroepsregister.indication.LevelIndication;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.WorkLevel;

public record ApplicationView(Long id, long version, Long registrantId, String registrantName, String register,
                              Level requestedLevel, Route route, ApplicationStatus status, Level indication,
                              LevelIndication indicationParts, BigDecimal experienceYears, WorkLevel workLevel,
                              Level functionLevel, LocalDate courseCompletedOn, Instant appliedAt, Audit audit,
                              Decision decision, Long registrationId) implements Serializable {

    public record Audit(LocalDate date, String auditor) implements Serializable {
    }

    public record Decision(Boolean passed, Level level, String reason, Instant at, String by) implements Serializable {
    }

    static ApplicationView of(Application application) {
        LevelIndication indication = application.indication();
        return new ApplicationView(application.getId(), application.getVersion(),
                application.getRegistrant().getId(), application.getRegistrant().name(),
                application.getRegister().getCode(), application.getRequestedLevel(), application.getRoute(),
                application.getStatus(), indication.level(), indication, application.getExperienceYears(),
                application.getWorkLevel(), application.getFunctionLevel(), application.getCourseCompletedOn(),
                application.getAppliedAt(),
                new Audit(application.getAuditDate(),
                        application.getAuditor() == null ? null : application.getAuditor().getUsername()),
                new Decision(application.getDecisionPassed(), application.getDecisionLevel(),
                        application.getDecisionReason(), application.getDecidedAt(), application.getDecidedBy()),
                application.getRegistration() == null ? null : application.getRegistration().getId());
    }
}
