package nl.beroepsregister.meeting.boundary;

/** A meeting in the office's list, with how many registrations are enrolled in it. */
public record MeetingSummary(MeetingView meeting, long enrolled) {
}
