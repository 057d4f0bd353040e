package nl.beroepsregister.document.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.audit.boundary.AuditTrail;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.document.DocumentContent;
import nl.beroepsregister.document.DocumentKind;
import nl.beroepsregister.document.UploadLimits;
import nl.beroepsregister.problem.InfectedFileException;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.problem.UnavailableException;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores uploads: the description and the bytes in the caller's transaction, so both or neither are kept. An upload is
 * checked before it is stored: its size and type from its content ({@link Document#describe}), then, when a virus
 * scanner is configured, by the scanner — a file it finds malware in is refused and the attempt audited, and a
 * configured scanner that cannot be reached refuses every upload until it is back (fail closed). How many files, and
 * how many bytes, one dossier or one application may hold are the {@code registry.upload.*} settings; the entity that
 * holds the documents enforces them when one is attached.
 */
@Dependent
public class Documents {

    private static final Logger LOG = Logger.getLogger(Documents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryClock clock;

    @Inject
    Caller caller;

    @Inject
    VirusScanner scanner;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "registry.upload.max-files-per-dossier", defaultValue = "60")
    int maxFilesPerDossier;

    @Inject
    @ConfigProperty(name = "registry.upload.max-bytes-per-dossier", defaultValue = "209715200")
    long maxBytesPerDossier;

    @Inject
    @ConfigProperty(name = "registry.upload.max-files-per-application", defaultValue = "20")
    int maxFilesPerApplication;

    @Inject
    @ConfigProperty(name = "registry.upload.max-bytes-per-application", defaultValue = "104857600")
    long maxBytesPerApplication;

    /** What one registration year's renewal dossier may hold. */
    public UploadLimits perDossier() {
        return UploadLimits.perDossier(maxFilesPerDossier, maxBytesPerDossier);
    }

    /** What one application may hold. */
    public UploadLimits perApplication() {
        return UploadLimits.perApplication(maxFilesPerApplication, maxBytesPerApplication);
    }

    /** Checks an uploaded file (size, type, malware) and stores it. */
    public Document store(DocumentKind kind, String filename, byte[] content) {
        Document document = Document.describe(kind, filename, content, clock.now(), caller.username());
        requireClean(document, content);
        return persist(document, content);
    }

    /** Stores a file the register made itself (the demonstration data), checked for size and type only. */
    public Document storeGenerated(DocumentKind kind, String filename, byte[] content) {
        return persist(Document.describe(kind, filename, content, clock.now(), caller.username()), content);
    }

    private Document persist(Document document, byte[] content) {
        em.persist(document);
        em.persist(new DocumentContent(document, content));
        return document;
    }

    private void requireClean(Document document, byte[] content) {
        Optional<String> found;
        try {
            found = scanner.scan(content);
        } catch (IOException unusable) {
            LOG.log(Level.WARNING, "Upload refused: the virus scanner at {0} cannot be used: {1}",
                    new Object[] {scanner.address(), unusable.getMessage()});
            throw new UnavailableException(Message.of("rule.document.scanUnavailable"));
        }
        if (found.isPresent()) {
            String what = found.get() + " in " + document.getKind() + " \"" + document.getFilename() + "\", sha256 "
                    + document.getSha256();
            LOG.log(Level.WARNING, "Upload by {0} refused: the virus scanner found {1}",
                    new Object[] {caller.username(), what});
            audit.refused("document.infected", null, what);
            throw new InfectedFileException(Message.of("rule.document.infected", document.getFilename(),
                    found.get()));
        }
    }

    /** Removes a document that nothing refers to any more, bytes and all. */
    public void remove(Document document) {
        DocumentContent content = em.find(DocumentContent.class, document.getId());
        if (content != null) {
            em.remove(content);
        }
        em.remove(em.contains(document) ? document : em.merge(document));
    }

    public byte[] content(Document document) {
        return em.find(DocumentContent.class, document.getId()).getContent();
    }
}
