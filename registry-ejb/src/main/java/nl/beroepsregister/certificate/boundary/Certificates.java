package nl.beroepsregister.certificate.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.beroepsregister.certificate.control.CertificateIssuer;
import nl.beroepsregister.registration.control.RegistrationAccess;
import nl.beroepsregister.time.RegistryClock;

/** A registration's certificates, oldest first. */
@Stateless
public class Certificates {

    @Inject
    RegistrationAccess access;

    @Inject
    CertificateIssuer issuer;

    @Inject
    RegistryClock clock;

    public List<CertificateView> of(Long registrationId) {
        return issuer.of(access.visible(registrationId)).stream()
                .map(certificate -> CertificateView.of(certificate, clock.today()))
                .toList();
    }
}
