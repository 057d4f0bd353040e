package nl.beroepsregister.certificate.boundary;

import jakarta.ejb.Stateless;
import nl.beroepsregister.audit.control.Audited;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import nl.beroepsregister.certificate.Certificate;
import nl.beroepsregister.certificate.control.CertificateIssuer;
import nl.beroepsregister.certificate.control.CertificatePdf;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registration.control.RegistrationAccess;
import nl.beroepsregister.time.RegistryClock;

/** A registration's certificates, oldest first, and each one as the PDF its holder prints. */
@Stateless
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationAccess access;

    @Inject
    CertificateIssuer issuer;

    @Inject
    CertificatePdf pdf;

    @Inject
    RegistryClock clock;

    public List<CertificateView> of(Long registrationId) {
        return issuer.of(access.visible(registrationId)).stream()
                .map(certificate -> CertificateView.of(certificate, clock.today()))
                .toList();
    }

    public CertificateFile file(String certificateNumber) {
        Certificate certificate = visible(certificateNumber);
        return new CertificateFile(certificate.getCertificateNumber(), pdf.filename(certificate));
    }

    /** The certificate as a PDF, for its holder and the office; to another registrant it does not exist. */
    @Audited(value = "certificate.downloaded", subject = "certificate")
    public byte[] pdf(String certificateNumber) {
        return pdf.render(visible(certificateNumber));
    }

    private Certificate visible(String certificateNumber) {
        String number = certificateNumber == null ? "" : certificateNumber.strip().toUpperCase(Locale.ROOT);
        Certificate certificate = em.createNamedQuery(Certificate.BY_NUMBER, Certificate.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("certificate", number));
        access.requireVisible(certificate.getRegistration(), "certificate", number);
        return certificate;
    }
}
