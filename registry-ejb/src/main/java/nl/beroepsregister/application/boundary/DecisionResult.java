package nl.beroepsregister.application.boundary;

import nl.beroepsregister.application.ApplicationStatus;

public record DecisionResult(ApplicationStatus status, Long registrationId, String registrationNumber) {
}
