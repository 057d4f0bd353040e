package nl.beroepsregister.certificate.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registration.boundary.CertificateVerification;
import nl.beroepsregister.registration.boundary.PublicRegister;

/**
 * {@code public/verify.xhtml}: is this certificate valid now? The QR code on a certificate opens this page with its
 * code; the answer comes from the register in the same request, never from a cache.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicRegister publicRegister;

    private String code;
    private CertificateVerification verification;
    private boolean checked;

    public void load() {
        if (code != null && !code.isBlank()) {
            check();
        }
    }

    public void check() {
        checked = true;
        try {
            verification = publicRegister.verify(code);
        } catch (NotFoundException unknown) {
            verification = null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CertificateVerification getVerification() {
        return verification;
    }

    public boolean isChecked() {
        return checked;
    }
}
