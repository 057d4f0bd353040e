package nl.beroepsregister.certificate;

/** What verifying a certificate says about it today. Only {@link #VALID} is valid. */
public enum CertificateState {
    VALID, EXPIRED, SUPERSEDED, REGISTRATION_LAPSED, REGISTRATION_WITHDRAWN, REGISTRATION_STRUCK_OFF
}
