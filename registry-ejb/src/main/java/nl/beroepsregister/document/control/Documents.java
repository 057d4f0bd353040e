package nl.beroepsregister.document.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.beroepsregister.document.Document;
import nl.beroepsregister.document.DocumentContent;
import nl.beroepsregister.document.DocumentKind;
import nl.beroepsregister.account.control.Caller;
import nl.beroepsregister.time.RegistryClock;

/** Stores uploads: the description and the bytes in the caller's transaction, so both or neither are kept. */
@Dependent
public class Documents {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryClock clock;

    @Inject
    Caller caller;

    public Document store(DocumentKind kind, String filename, byte[] content) {
        Document document = Document.describe(kind, filename, content, clock.now(), caller.username());
        em.persist(document);
        em.persist(new DocumentContent(document, content));
        return document;
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
