package nl.beroepsregister.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import nl.beroepsregister.problem.PayloadTooLargeException;
import nl.beroepsregister.problem.UnsupportedContentException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Uploaded documents")
class DocumentTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] EXE = "MZ\u0090\u0000\u0003\u0000This program cannot be run in DOS mode"
            .getBytes(StandardCharsets.ISO_8859_1);

    private static byte[] bytes(String name) {
        return switch (name) {
            case "PDF" -> PDF;
            case "PNG" -> PNG;
            case "JPEG" -> JPEG;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Document describe(DocumentKind kind, String filename, byte[] content) {
        return Document.describe(kind, filename, content, NOW, "jan.jansen");
    }

    @DisplayName("PDF, PNG and JPEG are recognised from their first bytes, whatever the name says")
    @ParameterizedTest(name = "{0} named {1}")
    @CsvSource({"PDF, bewijs.pdf", "PNG, bewijs.pdf", "JPEG, foto.png", "PDF, zonder-extensie"})
    void recognisedFromContent(FileType type, String filename) {
        Document document = describe(DocumentKind.PE_EVIDENCE, filename, bytes(type.name()));

        assertThat(document.getFileType()).isEqualTo(type);
        assertThat(document.getFilename()).isEqualTo(filename);
        assertThat(document.getKind()).isEqualTo(DocumentKind.PE_EVIDENCE);
        assertThat(document.getUploadedAt()).isEqualTo(NOW);
        assertThat(document.getUploadedBy()).isEqualTo("jan.jansen");
    }

    @Test
    @DisplayName("size and SHA-256 checksum are those of the content")
    void sizeAndChecksum() throws Exception {
        Document document = describe(DocumentKind.PE_EVIDENCE, "bewijs.pdf", PDF);

        assertThat(document.getSizeBytes()).isEqualTo(PDF.length);
        assertThat(document.getSha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)))
                .hasSize(64);
    }

    @Test
    @DisplayName("an executable named x.pdf is refused")
    void executableRefused() {
        assertThatThrownBy(() -> describe(DocumentKind.PE_EVIDENCE, "x.pdf", EXE))
                .isInstanceOf(UnsupportedContentException.class);
    }

    @Test
    @DisplayName("empty content and content shorter than a signature are refused")
    void emptyRefused() {
        assertThatThrownBy(() -> describe(DocumentKind.PE_EVIDENCE, "x.pdf", new byte[0]))
                .isInstanceOf(UnsupportedContentException.class);
        assertThatThrownBy(() -> describe(DocumentKind.PE_EVIDENCE, "x.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnsupportedContentException.class);
    }

    @DisplayName("a practice report, CV and job description must be PDF")
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DocumentKind.class, names = {"PRACTICE_REPORT", "CV", "JOB_DESCRIPTION"})
    void pdfOnlyKinds(DocumentKind kind) {
        assertThat(describe(kind, "verslag.pdf", PDF).getFileType()).isEqualTo(FileType.PDF);
        assertThatThrownBy(() -> describe(kind, "verslag.png", PNG)).isInstanceOf(UnsupportedContentException.class);
        assertThatThrownBy(() -> describe(kind, "verslag.jpg", JPEG)).isInstanceOf(UnsupportedContentException.class);
    }

    @Test
    @DisplayName("exactly 10 MiB is accepted, one byte more is refused")
    void sizeLimit() {
        byte[] max = Arrays.copyOf(PDF, 10 * 1024 * 1024);
        byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

        assertThat(Document.MAX_BYTES).isEqualTo(10_485_760);
        assertThat(describe(DocumentKind.PE_EVIDENCE, "groot.pdf", max).getSizeBytes()).isEqualTo(10_485_760L);
        assertThatThrownBy(() -> describe(DocumentKind.PE_EVIDENCE, "te-groot.pdf", tooLarge))
                .isInstanceOf(PayloadTooLargeException.class);
    }

    @DisplayName("a file name with a path is reduced to its last segment")
    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "C:\\Users\\jan\\Documents\\bewijs.pdf | bewijs.pdf",
            "/home/jan/bewijs.pdf                  | bewijs.pdf",
            "../../etc/passwd.pdf                  | passwd.pdf",
            "..\\..\\windows\\system.ini.pdf       | system.ini.pdf",
            "map/sub map/ certificaat 2026.pdf     | certificaat 2026.pdf",
            "bewijs.pdf                            | bewijs.pdf"
    })
    void pathsRemoved(String given, String expected) {
        assertThat(describe(DocumentKind.PE_EVIDENCE, given, PDF).getFilename()).isEqualTo(expected);
    }

    @Test
    @DisplayName("control characters and quotes are removed; an empty name becomes document.<extension>")
    void cleanNames() {
        assertThat(describe(DocumentKind.PE_EVIDENCE, "be\"wijs\r\n.pdf", PDF).getFilename()).isEqualTo("bewijs.pdf");
        assertThat(describe(DocumentKind.PE_EVIDENCE, null, PDF).getFilename()).isEqualTo("document.pdf");
        assertThat(describe(DocumentKind.PE_EVIDENCE, "map/", PNG).getFilename()).isEqualTo("document.png");
        assertThat(describe(DocumentKind.PE_EVIDENCE, "  ", JPEG).getFilename()).isEqualTo("document.jpg");
    }

    @Test
    @DisplayName("a name longer than 200 characters keeps its last 200, so the extension survives")
    void longName() {
        String name = "a".repeat(250) + ".pdf";

        assertThat(describe(DocumentKind.PE_EVIDENCE, name, PDF).getFilename())
                .hasSize(200)
                .endsWith(".pdf");
    }

    @Test
    @DisplayName("the download name is limited to safe characters")
    void downloadName() {
        assertThat(describe(DocumentKind.PE_EVIDENCE, "Özdemir bewijs (1).pdf", PDF).downloadName())
                .isEqualTo("_zdemir bewijs _1_.pdf");
    }

    @Test
    @DisplayName("the content is kept apart under the document's id, as a copy")
    void content() {
        Document document = describe(DocumentKind.PE_EVIDENCE, "bewijs.pdf", PDF.clone());
        byte[] bytes = PDF.clone();
        DocumentContent content = new DocumentContent(document, bytes);

        bytes[0] = 'X';
        content.getContent()[1] = 'X';

        assertThat(content.getDocumentId()).isEqualTo(document.getId());
        assertThat(content.getContent()).isEqualTo(PDF);
    }
}
