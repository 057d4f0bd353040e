package nl.beroepsregister.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.beroepsregister.Fixtures;
import nl.beroepsregister.meeting.PeerReviewMeeting;
import nl.beroepsregister.portfolio.PortfolioActivity;
import nl.beroepsregister.problem.RuleViolationException;
import nl.beroepsregister.register.AmbRegister;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.renewal.PeActivity;
import nl.beroepsregister.renewal.PeCategory;
import nl.beroepsregister.renewal.RegistrationYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Limits on the files one dossier or one application holds")
class UploadLimitsTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    /** A PDF of exactly the given number of bytes. */
    private static Document pdf(DocumentKind kind, int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return Document.describe(kind, "bestand.pdf", content, Instant.EPOCH, Fixtures.REGISTRANT);
    }

    private static String key(RuleViolationException refusal) {
        return refusal.message().key();
    }

    @Test
    @DisplayName("limits are positive and name what they hold")
    void positive() {
        assertThatThrownBy(() -> UploadLimits.perDossier(0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UploadLimits.perApplication(3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UploadLimits(null, 3, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("up to the number of files is allowed, one more is refused; a replacement counts in its place")
    void files() {
        UploadLimits limits = UploadLimits.perDossier(2, 10_000);
        Document first = pdf(DocumentKind.PE_EVIDENCE, 100);
        Document second = pdf(DocumentKind.PE_EVIDENCE, 100);
        Document third = pdf(DocumentKind.PE_EVIDENCE, 100);

        assertThatCode(() -> limits.requireRoom(List.of(first), null, second)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.requireRoom(List.of(first, second), null, third))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
                    assertThat(key(refusal)).isEqualTo("rule.upload.dossierFiles");
                    assertThat(refusal.message().args()).containsExactly(2);
                });
        assertThatCode(() -> limits.requireRoom(List.of(first, second), second, third)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("up to the number of bytes together is allowed, one byte more is refused")
    void bytes() {
        UploadLimits limits = UploadLimits.perApplication(10, 300);
        Document held = pdf(DocumentKind.CV, 100);

        assertThatCode(() -> limits.requireRoom(List.of(held), null, pdf(DocumentKind.CV, 200)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.requireRoom(List.of(held), null, pdf(DocumentKind.CV, 201)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refusal -> assertThat(key(refusal)).isEqualTo("rule.upload.applicationBytes"));
        assertThatCode(() -> limits.requireRoom(List.of(held), held, pdf(DocumentKind.CV, 300)))
                .as("a file replaced frees its bytes").doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a size alone, before the file is stored, is judged by the same rule")
    void sizeBeforeStoring() {
        UploadLimits limits = UploadLimits.perDossier(2, 300);
        Document held = pdf(DocumentKind.PE_EVIDENCE, 100);

        assertThatCode(() -> limits.requireRoom(List.of(held), null, 200L)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.requireRoom(List.of(held), null, 201L))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
                    assertThat(key(refusal)).isEqualTo("rule.upload.dossierBytes");
                    assertThat(refusal.message().args()).hasSize(3);
                });
        assertThatThrownBy(() -> limits.requireRoom(List.of(held, pdf(DocumentKind.PE_EVIDENCE, 10)), null, 1L))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refusal -> assertThat(key(refusal)).isEqualTo("rule.upload.dossierFiles"));
        assertThatCode(() -> limits.requireRoom(List.of(held), held, 300L)).as("in place of the one held")
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the sizes in the refusal are in megabytes, with one decimal at most")
    void megabytes() {
        assertThat(UploadLimits.megabytes(200L * 1024 * 1024)).isEqualByComparingTo("200");
        assertThat(UploadLimits.megabytes(3L * 1024 * 1024 / 2)).isEqualByComparingTo("1.5");
        assertThat(UploadLimits.megabytes(0)).isEqualTo(BigDecimal.ZERO);
    }

    @Nested
    @DisplayName("in a registration year's dossier")
    class Dossier {

        private final Register amb = AmbRegister.create();
        private final RegistrationYear year = Fixtures.admit(amb, Level.B, START).latestYear();

        private PeActivity activity() {
            return year.addPeActivity(START, "Cursus", "VNG", 2, PeCategory.TRAINING, TODAY, Fixtures.at(TODAY),
                    Fixtures.REGISTRANT);
        }

        @Test
        @DisplayName("evidence beyond the file limit is refused and leaves the activity without it")
        void evidence() {
            UploadLimits limits = UploadLimits.perDossier(2, 10_000);
            PeActivity one = activity();
            PeActivity two = activity();
            PeActivity three = activity();
            year.attachEvidence(one, pdf(DocumentKind.PE_EVIDENCE, 100), limits);
            year.attachEvidence(two, pdf(DocumentKind.PE_EVIDENCE, 100), limits);

            assertThatThrownBy(() -> year.attachEvidence(three, pdf(DocumentKind.PE_EVIDENCE, 100), limits))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(three.hasEvidence()).isFalse();
            assertThat(year.documents()).hasSize(2);

            Document replacement = pdf(DocumentKind.PE_EVIDENCE, 120);
            year.attachEvidence(two, replacement, limits);
            assertThat(two.getEvidence()).isSameAs(replacement);
            assertThat(year.documents()).hasSize(2);
        }

        @Test
        @DisplayName("the practice report counts with the evidence, in files and in bytes")
        void report() {
            UploadLimits limits = UploadLimits.perDossier(5, 250);
            year.attachEvidence(activity(), pdf(DocumentKind.PE_EVIDENCE, 200), limits);
            PortfolioActivity portfolio = year.propose("Ondernemersloket", "Samen met de ondernemers", true,
                    amb.getLevel(Level.B), Fixtures.at(START), Fixtures.REGISTRANT);
            portfolio.approve(false, Fixtures.at(START), Fixtures.OFFICE);
            PeerReviewMeeting meeting = Fixtures.meeting(amb, START.plusMonths(6), 77);
            year.enrol(meeting, amb.getLevel(Level.B), Fixtures.at(START));

            assertThatThrownBy(() -> year.attachReport(portfolio, pdf(DocumentKind.PRACTICE_REPORT, 51), TODAY,
                    limits)).isInstanceOfSatisfying(RuleViolationException.class,
                    refusal -> assertThat(key(refusal)).isEqualTo("rule.upload.dossierBytes"));
            assertThat(portfolio.hasReport()).isFalse();

            year.attachReport(portfolio, pdf(DocumentKind.PRACTICE_REPORT, 50), TODAY, limits);
            assertThat(year.documents()).hasSize(2);
        }
    }
}
