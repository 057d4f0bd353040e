package nl.beroepsregister.meeting.boundary;

import java.io.Serializable;

/** A meeting in the office's list, with how many registrations are enrolled in it. */
public record MeetingSummary(MeetingView meeting, long enrolled) implements Serializable {
}
