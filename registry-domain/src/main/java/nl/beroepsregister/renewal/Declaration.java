package nl.beroepsregister.renewal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** The yearly declaration of continued employment ("Verklaring nog in Functie"), signed by the registrant. */
@Embeddable
public class Declaration {

    @Column(name = "declaration_employer", length = 200)
    private String employer;

    @Column(name = "declaration_job_title", length = 200)
    private String jobTitle;

    @Column(name = "declaration_in_function")
    private Boolean stillInFunction;

    @Column(name = "declaration_signed_at")
    private Instant signedAt;

    @Column(name = "declaration_signed_by", length = 64)
    private String signedBy;

    protected Declaration() {
    }

    public Declaration(String employer, String jobTitle, boolean stillInFunction, Instant signedAt, String signedBy) {
        this.employer = employer.strip();
        this.jobTitle = jobTitle.strip();
        this.stillInFunction = stillInFunction;
        this.signedAt = signedAt;
        this.signedBy = signedBy;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public String getEmployer() {
        return employer;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public boolean isStillInFunction() {
        return Boolean.TRUE.equals(stillInFunction);
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Declaration that
                && Objects.equals(employer, that.employer)
                && Objects.equals(jobTitle, that.jobTitle)
                && Objects.equals(stillInFunction, that.stillInFunction)
                && Objects.equals(signedAt, that.signedAt)
                && Objects.equals(signedBy, that.signedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(employer, jobTitle, stillInFunction, signedAt, signedBy);
    }
}
