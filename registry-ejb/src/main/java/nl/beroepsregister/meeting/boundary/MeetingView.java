package nl.beroepsregister.meeting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import nl.beroepsregister.meeting.PeerReviewMeeting;

public record MeetingView(Long id, String register, LocalDate date, String location) implements Serializable {

    static MeetingView of(PeerReviewMeeting meeting) {
        return new MeetingView(meeting.getId(), meeting.getRegister().getCode(), meeting.getDate(),
                meeting.getLocation());
    }
}
