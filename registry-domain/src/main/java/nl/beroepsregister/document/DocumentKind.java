package nl.beroepsregister.document;

import java.util.Set;

/** What an uploaded document is for, and which file types it may be. */
public enum DocumentKind {
    PE_EVIDENCE(Set.of(FileType.PDF, FileType.PNG, FileType.JPEG)),
    PRACTICE_REPORT(Set.of(FileType.PDF)),
    CV(Set.of(FileType.PDF)),
    JOB_DESCRIPTION(Set.of(FileType.PDF)),
    COURSE_DIPLOMA(Set.of(FileType.PDF, FileType.PNG, FileType.JPEG));

    private final Set<FileType> allowed;

    DocumentKind(Set<FileType> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(FileType type) {
        return allowed.contains(type);
    }

    public Set<FileType> allowed() {
        return allowed;
    }
}
