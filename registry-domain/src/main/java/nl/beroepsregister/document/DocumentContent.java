package nl.beroepsregister.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a {@link Document}, under the same id, read only when the file is opened. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(Document document, byte[] content) {
        this.documentId = document.getId();
        this.content = content.clone();
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
