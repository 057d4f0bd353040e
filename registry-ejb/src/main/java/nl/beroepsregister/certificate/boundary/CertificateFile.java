package nl.beroepsregister.certificate.boundary;

/** How a certificate's PDF is handed out: its number and the name of the file, in its holder's language. */
public record CertificateFile(String certificateNumber, String filename) {
}
