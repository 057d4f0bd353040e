package nl.beroepsregister.certificate.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import nl.beroepsregister.certificate.Certificate;
import nl.beroepsregister.certificate.CertificateState;
import nl.beroepsregister.register.Level;

public record CertificateView(String certificateNumber, String verificationCode, Level level, LocalDate issueDate,
                              LocalDate expiryDate, LocalDate supersededOn, CertificateState state)
        implements Serializable {

    static CertificateView of(Certificate certificate, LocalDate today) {
        return new CertificateView(certificate.getCertificateNumber(), certificate.getVerificationCode(),
                certificate.getLevel(), certificate.getIssueDate(), certificate.getExpiryDate(),
                certificate.getSupersededOn().orElse(null), certificate.state(today));
    }
}
