package nl.beroepsregister.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.meeting.PeerReviewMeeting;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.control.RegistrationAccess;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.renewal.control.CompletenessCheck;
import nl.beroepsregister.time.RegistryClock;

/** Peer-review meetings: planning, enrolment and attendance; all by the office. */
@Stateless
public class Meetings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RegistryClock clock;

    @Inject
    Registers registers;

    @Inject
    RegistrationAccess access;

    @Inject
    CompletenessCheck completeness;

    public MeetingView plan(String registerCode, LocalDate date, String location) {
        caller.requireOffice();
        PeerReviewMeeting meeting = new PeerReviewMeeting(registers.get(registerCode), date, location, clock.now(),
                caller.username());
        em.persist(meeting);
        return MeetingView.of(meeting);
    }

    public MeetingView get(Long meetingId) {
        caller.requireOffice();
        return MeetingView.of(load(meetingId));
    }

    /** Enrols the registration year in which the meeting falls; one meeting per registration year. */
    public void enrol(Long meetingId, Long registrationId) {
        caller.requireOffice();
        PeerReviewMeeting meeting = load(meetingId);
        RegistrationYear year = yearFor(meeting, access.forChange(registrationId, null));
        year.enrol(meeting, completeness.rules(year), clock.now());
    }

    /** Records attendance and presentation, on or after the meeting's date. */
    public void recordAttendance(Long meetingId, Long registrationId, boolean presented) {
        caller.requireOffice();
        PeerReviewMeeting meeting = load(meetingId);
        RegistrationYear year = yearFor(meeting, access.forChange(registrationId, null));
        year.recordAttendance(meeting, presented, clock.today(), clock.now(), caller.username());
    }

    private RegistrationYear yearFor(PeerReviewMeeting meeting, Registration registration) {
        if (!meeting.getRegister().getId().equals(registration.getRegister().getId())) {
            throw RuleViolationException.of("rule.meeting.registerMismatch");
        }
        RegistrationYear current = registration.dossierYear(clock.today());
        return registration.yearContaining(meeting.getDate())
                .orElseThrow(() -> RuleViolationException.of("rule.meeting.outsideYear", meeting.getDate(),
                        current.getStartDate(), current.getRenewalDate().minusDays(1)));
    }

    private PeerReviewMeeting load(Long meetingId) {
        PeerReviewMeeting meeting = meetingId == null ? null : em.find(PeerReviewMeeting.class, meetingId);
        if (meeting == null) {
            throw NotFoundException.of("meeting", meetingId);
        }
        return meeting;
    }
}
