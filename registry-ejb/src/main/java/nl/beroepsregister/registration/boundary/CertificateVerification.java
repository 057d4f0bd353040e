package nl.beroepsregister.registration.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import nl.beroepsregister.certificate.Certificate;
import nl.beroepsregister.certificate.CertificateState;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.RegistrationStatus;

/** The answer to "is this certificate valid?", as of today, straight from the register. */
public record CertificateVerification(boolean valid, CertificateState state, String certificateNumber, String name,
                                      String register, Level level, LocalDate issueDate, LocalDate expiryDate,
                                      RegistrationStatus registrationStatus, String registrationNumber)
        implements Serializable {

    static CertificateVerification of(Certificate certificate, LocalDate today) {
        CertificateState state = certificate.state(today);
        return new CertificateVerification(state == CertificateState.VALID, state,
                certificate.getCertificateNumber(), certificate.getRegistration().getRegistrant().name(),
                certificate.getRegistration().getRegister().getCode(), certificate.getLevel(),
                certificate.getIssueDate(), certificate.getExpiryDate(), certificate.getRegistration().getStatus(),
                certificate.getRegistration().getRegistrationNumber());
    }
}
