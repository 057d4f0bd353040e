package nl.beroepsregister.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.audit.control.Audited;
import nl.beroepsregister.meeting.PeerReviewMeeting;
import nl.beroepsregister.portfolio.PortfolioActivity;
import nl.beroepsregister.portfolio.PortfolioStatus;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.register.boundary.Registers;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.control.RegistrationAccess;
import nl.beroepsregister.renewal.RegistrationYear;
import nl.beroepsregister.renewal.control.CompletenessCheck;
import nl.beroepsregister.time.RegistryClock;

/** Peer-review meetings: planning, enrolment and attendance; all by the office. */
@Stateless
public class Meetings {

    /** How far back the office's list of meetings reaches, and how many it shows at most. */
    static final int LIST_MONTHS_BACK = 12;
    static final int LIST_MAX = 200;

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

    @Audited(value = "meeting.planned", subject = "meeting", subjectArgument = Audited.RESULT)
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
    @Audited(value = "meeting.enrolled", subject = "registration", subjectArgument = 1)
    public void enrol(Long meetingId, Long registrationId) {
        caller.requireOffice();
        PeerReviewMeeting meeting = load(meetingId);
        RegistrationYear year = yearFor(meeting, access.forChange(registrationId, null));
        year.enrol(meeting, completeness.rules(year), clock.now());
    }

    /** Records attendance and presentation, on or after the meeting's date. */
    @Audited(value = "meeting.attendance", subject = "registration", subjectArgument = 1)
    public void recordAttendance(Long meetingId, Long registrationId, boolean presented) {
        caller.requireOffice();
        PeerReviewMeeting meeting = load(meetingId);
        RegistrationYear year = yearFor(meeting, access.forChange(registrationId, null));
        year.recordAttendance(meeting, presented, clock.today(), clock.now(), caller.username());
    }

    /** The meetings of the past year and those to come, oldest first, with how many are enrolled in each. */
    public List<MeetingSummary> recent() {
        caller.requireOffice();
        List<PeerReviewMeeting> meetings = em.createNamedQuery(PeerReviewMeeting.FROM, PeerReviewMeeting.class)
                .setParameter("from", clock.today().minusMonths(LIST_MONTHS_BACK))
                .setMaxResults(LIST_MAX)
                .getResultList();
        Map<Long, Long> enrolled = new HashMap<>();
        if (!meetings.isEmpty()) {
            em.createNamedQuery(RegistrationYear.ENROLMENT_COUNTS, Object[].class)
                    .setParameter("meetings", meetings)
                    .getResultList()
                    .forEach(row -> enrolled.put((Long) row[0], (Long) row[1]));
        }
        return meetings.stream()
                .map(m -> new MeetingSummary(MeetingView.of(m), enrolled.getOrDefault(m.getId(), 0L)))
                .toList();
    }

    /** A meeting and everyone enrolled in it, in two queries whatever their number. */
    public MeetingRoster roster(Long meetingId) {
        caller.requireOffice();
        PeerReviewMeeting meeting = load(meetingId);
        Map<Long, Object[]> portfolios = new HashMap<>();
        em.createNamedQuery(PortfolioActivity.CURRENT_FOR_MEETING, Object[].class)
                .setParameter("meeting", meeting)
                .getResultList()
                .forEach(row -> portfolios.put((Long) row[0], row));
        List<MeetingRoster.Enrolment> enrolments = em.createNamedQuery(RegistrationYear.ENROLLED_IN,
                        RegistrationYear.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .map(year -> {
                    Registration registration = year.getRegistration();
                    Object[] portfolio = portfolios.get(year.getId());
                    return new MeetingRoster.Enrolment(registration.getId(), registration.getRegistrationNumber(),
                            registration.getRegistrant().getFirstName(), registration.getRegistrant().getLastName(),
                            year.getLevel(), portfolio == null ? null : (PortfolioStatus) portfolio[1],
                            portfolio == null ? null : (Instant) portfolio[2], year.isAttended(),
                            year.isPresented(), year.getAttendanceRecordedAt(), year.getAttendanceRecordedBy());
                })
                .toList();
        return new MeetingRoster(MeetingView.of(meeting), meeting.isHeldBy(clock.today()), enrolments);
    }

    /** The codes of the registers a meeting can be planned for. */
    public List<String> registerCodes() {
        caller.requireOffice();
        return em.createNamedQuery(Register.ALL, Register.class).getResultStream().map(Register::getCode).toList();
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
