package nl.beroepsregister.meeting.boundary;

import java.time.LocalDate;
import nl.beroepsregister.meeting.PeerReviewMeeting;

public record MeetingView(Long id, String register, LocalDate date, String location) {

    static MeetingView of(PeerReviewMeeting meeting) {
        return new MeetingView(meeting.getId(), meeting.getRegister().getCode(), meeting.getDate(),
                meeting.getLocation());
    }
}
