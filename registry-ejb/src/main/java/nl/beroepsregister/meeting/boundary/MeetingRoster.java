package nl.beroepsregister.meeting.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.beroepsregister.portfolio.PortfolioStatus;
import nl.beroepsregister.register.Level;

/** A meeting with everyone enrolled in it: whether their practice report came in before it, and their attendance. */
public record MeetingRoster(MeetingView meeting, boolean held, List<Enrolment> enrolments) implements Serializable {

    /**
     * One enrolled registration year. {@code portfolio} is the status of the year's current proposal (null when none
     * is proposed or approved); {@code reportUploadedAt} is when the practice report came in, which the rules allow
     * only before the meeting.
     */
    public record Enrolment(Long registrationId, String registrationNumber, String firstName, String lastName,
                            Level level, PortfolioStatus portfolio, Instant reportUploadedAt, boolean attended,
                            boolean presented, Instant attendanceRecordedAt, String attendanceRecordedBy)
            implements Serializable {

        public String name() {
            return firstName + " " + lastName;
        }

        public boolean reportUploaded() {
            return reportUploadedAt != null;
        }
    }
}
