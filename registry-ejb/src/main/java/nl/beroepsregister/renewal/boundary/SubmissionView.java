package nl.beroepsregister.renewal.boundary;

import java.time.Instant;

public record SubmissionView(Instant submittedAt, boolean late) {
}
