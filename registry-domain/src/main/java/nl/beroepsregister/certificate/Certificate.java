package nl.beroepsregister.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.registration.RegistrationStatus;

/**
 * The printed proof of a registration at a level (DOMAIN.md §8). It is valid while today is before its expiry date,
 * it has not been replaced by a newer one, and its registration is active: the register, not the paper, decides.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.OF_REGISTRATION, query = """
        select c from Certificate c where c.registration = :registration order by c.issueDate, c.id""")
@NamedQuery(name = Certificate.BY_CODE, query = """
        select c from Certificate c join fetch c.registration r join fetch r.registrant join fetch r.register
        where c.verificationCode = :code""")
@NamedQuery(name = Certificate.BY_NUMBER, query = """
        select c from Certificate c join fetch c.registration r join fetch r.registrant join fetch r.register
        where c.certificateNumber = :number""")
public class Certificate {

    public static final String OF_REGISTRATION = "Certificate.ofRegistration";
    public static final String BY_CODE = "Certificate.byCode";
    public static final String BY_NUMBER = "Certificate.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", updatable = false)
    private Registration registration;

    @Column(name = "certificate_number", nullable = false, unique = true, length = 32, updatable = false)
    private String certificateNumber;

    @Column(name = "verification_code", nullable = false, unique = true, length = 64, updatable = false)
    private String verificationCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1, updatable = false)
    private Level level;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "expiry_date", nullable = false, updatable = false)
    private LocalDate expiryDate;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    /** The day a newer certificate of the same registration took its place. */
    @Column(name = "superseded_on")
    private LocalDate supersededOn;

    protected Certificate() {
    }

    public Certificate(Registration registration, String certificateNumber, String verificationCode, Level level,
                       LocalDate issueDate, int validityMonths, Instant issuedAt) {
        this.registration = registration;
        this.certificateNumber = certificateNumber;
        this.verificationCode = verificationCode;
        this.level = level;
        this.issueDate = issueDate;
        this.expiryDate = issueDate.plusMonths(validityMonths);
        this.issuedAt = issuedAt;
    }

    /**
     * Whether a renewal that opens a year ending on the given renewal date needs a new certificate: when this one's
     * validity ends before that year does, so that an active registration always has a valid certificate.
     */
    public boolean endsBefore(LocalDate renewalDate) {
        return expiryDate.isBefore(renewalDate);
    }

    public void supersede(LocalDate on) {
        if (supersededOn == null) {
            supersededOn = on;
        }
    }

    public CertificateState state(LocalDate today) {
        RegistrationStatus status = registration.getStatus();
        return switch (status) {
            case LAPSED -> CertificateState.REGISTRATION_LAPSED;
            case WITHDRAWN -> CertificateState.REGISTRATION_WITHDRAWN;
            case STRUCK_OFF -> CertificateState.REGISTRATION_STRUCK_OFF;
            case ACTIVE -> {
                if (supersededOn != null && !today.isBefore(supersededOn)) {
                    yield CertificateState.SUPERSEDED;
                }
                yield today.isBefore(expiryDate) ? CertificateState.VALID : CertificateState.EXPIRED;
            }
        };
    }

    public boolean isValid(LocalDate today) {
        return state(today) == CertificateState.VALID;
    }

    public Long getId() {
        return id;
    }

    public Registration getRegistration() {
        return registration;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public Level getLevel() {
        return level;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Optional<LocalDate> getSupersededOn() {
        return Optional.ofNullable(supersededOn);
    }
}
