package nl.beroepsregister.certificate.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import nl.beroepsregister.certificate.Certificate;
import nl.beroepsregister.register.Register;
import nl.beroepsregister.registrant.Registrant;
import nl.beroepsregister.registration.Registration;
import nl.beroepsregister.text.Texts;
import nl.beroepsregister.time.RegistryClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The certificate as its holder prints and frames it (DOMAIN.md §8): one A4 page in the holder's language. Its QR
 * code and link lead to the register's own answer, because only the register knows whether it is still valid.
 */
@Dependent
public class CertificatePdf {

    private static final Color NAVY = new Color(22, 44, 77);
    private static final Color GOLD = new Color(163, 129, 66);
    private static final Color INK = new Color(33, 33, 38);
    private static final Color GREY = new Color(104, 106, 112);

    private static final Rectangle PAGE = PageSize.A4;
    private static final float CENTRE = PAGE.getWidth() / 2;
    /** The widest a line of text may be, well inside the border. */
    private static final float TEXT_WIDTH = 420;

    private static final BaseFont SERIF = standardFont(BaseFont.TIMES_ROMAN);
    private static final BaseFont SERIF_BOLD = standardFont(BaseFont.TIMES_BOLD);
    private static final BaseFont SERIF_ITALIC = standardFont(BaseFont.TIMES_ITALIC);
    private static final BaseFont SANS = standardFont(BaseFont.HELVETICA);
    /** For text with characters that the standard fonts lack: the Unicode font that comes with OpenPDF. */
    private static final BaseFont UNICODE = font("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
            BaseFont.EMBEDDED);

    @Inject
    @ConfigProperty(name = "registry.base-url")
    String baseUrl;

    @Inject
    RegistryClock clock;

    public byte[] render(Certificate certificate) {
        return render(certificate, clock.now().atZone(clock.zone()));
    }

    /** Where the public checks this certificate: the register's verification page for its code. */
    public String verificationUrl(Certificate certificate) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "verify/" + certificate.getVerificationCode();
    }

    public String filename(Certificate certificate) {
        return texts(certificate).format("certificate.pdf.filename", certificate.getCertificateNumber());
    }

    byte[] render(Certificate certificate, ZonedDateTime createdAt) {
        Registration registration = certificate.getRegistration();
        Register register = registration.getRegister();
        Registrant holder = registration.getRegistrant();
        Texts texts = texts(certificate);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PAGE, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(texts.format("certificate.pdf.documentTitle", certificate.getCertificateNumber(),
                holder.name()));
        document.addAuthor(register.getName());
        document.addCreator(register.getName());
        PdfDate created = new PdfDate(GregorianCalendar.from(createdAt));
        // straight into the information dictionary: OpenPDF's Document.addCreationDate(PdfDate) writes the system time
        writer.getInfo().put(PdfName.CREATIONDATE, created);
        document.addModificationDate(created);
        document.open();

        PdfContentByte canvas = writer.getDirectContent();
        border(canvas);
        emblem(canvas, register.getCode(), CENTRE, 724);

        spaced(canvas, register.getName().toUpperCase(texts.locale()), SERIF, 10, NAVY, 1.1f, 664);
        ornament(canvas, 646);

        line(canvas, texts.format("certificate.pdf.title"), SERIF_BOLD, 44, NAVY, 578);
        line(canvas, texts.format("certificate.pdf.issuedTo"), SERIF_ITALIC, 14, GREY, 540);
        float belowName = name(canvas, holder.name());
        rule(canvas, CENTRE - 110, CENTRE + 110, belowName - 14, GOLD, 0.6f);
        line(canvas, texts.format("certificate.pdf.level", certificate.getLevel(), register.getTitleName(),
                register.getTitleAbbreviation()), SERIF, 14.5f, INK, belowName - 42);

        details(canvas, texts, List.of(
                Map.entry("certificate.pdf.issueDate", texts.date(certificate.getIssueDate())),
                Map.entry("certificate.pdf.validity", validity(texts, certificate)),
                Map.entry("certificate.pdf.expiryDate", texts.date(certificate.getExpiryDate())),
                Map.entry("certificate.pdf.certificateNumber", certificate.getCertificateNumber()),
                Map.entry("certificate.pdf.registrationNumber", registration.getRegistrationNumber())), 394);

        rule(canvas, CENTRE - 150, CENTRE + 150, 262, GOLD, 0.4f);
        String url = verificationUrl(certificate);
        line(canvas, texts.format("certificate.pdf.verify"), SANS, 8.5f, GREY, 238);
        qrCode(canvas, url, CENTRE, 180, 86);
        line(canvas, url, SANS, 8, NAVY, 118);
        line(canvas, texts.format("certificate.pdf.note"), SERIF_ITALIC, 9.5f, GREY, 86);

        document.close();
        return out.toByteArray();
    }

    private static Texts texts(Certificate certificate) {
        return Texts.in(certificate.getRegistration().getRegistrant().getLanguage());
    }

    /**
     * Whole years where the validity is a number of years. Counted up from the months between the dates, because an
     * issue date at the end of a month expires on an earlier day of the month (29 February plus a year).
     */
    private static String validity(Texts texts, Certificate certificate) {
        LocalDate issued = certificate.getIssueDate();
        LocalDate expires = certificate.getExpiryDate();
        int months = (int) ChronoUnit.MONTHS.between(issued, expires);
        if (issued.plusMonths(months).isBefore(expires)) {
            months++;
        }
        return months % 12 == 0 ? texts.format("certificate.pdf.validity.years", months / 12)
                : texts.format("certificate.pdf.validity.months", months);
    }

    // --- drawing ---

    private static void border(PdfContentByte canvas) {
        float outer = 26;
        float inner = 33;
        canvas.saveState();
        canvas.setColorStroke(NAVY);
        canvas.setLineWidth(2.4f);
        canvas.rectangle(outer, outer, PAGE.getWidth() - 2 * outer, PAGE.getHeight() - 2 * outer);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(0.8f);
        canvas.rectangle(inner, inner, PAGE.getWidth() - 2 * inner, PAGE.getHeight() - 2 * inner);
        canvas.stroke();
        canvas.setColorFill(GOLD);
        for (float x : new float[] {inner, PAGE.getWidth() - inner}) {
            for (float y : new float[] {inner, PAGE.getHeight() - inner}) {
                diamond(canvas, x, y, 4.5f);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * The register's mark: a navy seal in a gold ring, a ring of gold beads inside it, and the register's code in
     * its centre.
     */
    private static void emblem(PdfContentByte canvas, String code, float x, float y) {
        canvas.saveState();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(1.4f);
        canvas.circle(x, y, 40);
        canvas.stroke();
        canvas.setColorFill(NAVY);
        canvas.circle(x, y, 36.5f);
        canvas.fill();
        canvas.setLineWidth(0.5f);
        canvas.circle(x, y, 33);
        canvas.stroke();
        canvas.circle(x, y, 24.5f);
        canvas.stroke();
        canvas.setColorFill(GOLD);
        int beads = 36;
        for (int i = 0; i < beads; i++) {
            double angle = 2 * Math.PI * i / beads;
            canvas.circle(x + (float) (28.75 * Math.cos(angle)), y + (float) (28.75 * Math.sin(angle)), 0.9f);
        }
        canvas.fill();
        canvas.restoreState();
        float size = Math.min(15, 15 * 34 / width(code, SERIF_BOLD, 15));
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, phrase(code, SERIF_BOLD, size, Color.WHITE),
                x, y - size * 0.34f, 0);
    }

    /** A gold line with a diamond in the middle, between the register's name and the title. */
    private static void ornament(PdfContentByte canvas, float y) {
        rule(canvas, CENTRE - 90, CENTRE - 9, y, GOLD, 0.6f);
        rule(canvas, CENTRE + 9, CENTRE + 90, y, GOLD, 0.6f);
        canvas.saveState();
        canvas.setColorFill(GOLD);
        diamond(canvas, CENTRE, y, 3.5f);
        canvas.fill();
        canvas.restoreState();
    }

    private static void diamond(PdfContentByte canvas, float x, float y, float radius) {
        canvas.moveTo(x, y + radius);
        canvas.lineTo(x + radius, y);
        canvas.lineTo(x, y - radius);
        canvas.lineTo(x - radius, y);
        canvas.closePath();
    }

    private static void rule(PdfContentByte canvas, float from, float to, float y, Color color, float width) {
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(width);
        canvas.moveTo(from, y);
        canvas.lineTo(to, y);
        canvas.stroke();
        canvas.restoreState();
    }

    /** The facts of the certificate as a two-column table around the page's centre: label left, value right. */
    private static void details(PdfContentByte canvas, Texts texts, List<Map.Entry<String, String>> rows,
                                float top) {
        float y = top;
        for (Map.Entry<String, String> row : rows) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    phrase(texts.format(row.getKey()), SANS, 9, GREY), CENTRE - 10, y + 0.5f, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    phrase(row.getValue(), SERIF, 13, INK), CENTRE + 10, y, 0);
            y -= 23;
        }
    }

    /**
     * The holder's name, large on one line; a name too long for that goes on two lines, split at the space nearest
     * its middle, rather than shrinking to small print. Answers the baseline of its last line.
     */
    private static float name(PdfContentByte canvas, String name) {
        BaseFont font = fontFor(name, SERIF_BOLD);
        int split = nearestSpace(name, name.length() / 2);
        if (split < 0 || width(name, font, 28) * 0.8f <= TEXT_WIDTH) {
            line(canvas, name, font, 28, INK, 498);
            return 498;
        }
        line(canvas, name.substring(0, split), font, 20, INK, 512);
        line(canvas, name.substring(split + 1), font, 20, INK, 488);
        return 488;
    }

    private static int nearestSpace(String text, int from) {
        for (int distance = 0; distance < text.length(); distance++) {
            if (from + distance < text.length() && text.charAt(from + distance) == ' ') {
                return from + distance;
            }
            if (from - distance >= 0 && text.charAt(from - distance) == ' ') {
                return from - distance;
            }
        }
        return -1;
    }

    /** One line of text centred on the page, made smaller when it would not fit between the margins. */
    private static void line(PdfContentByte canvas, String text, BaseFont font, float size, Color color, float y) {
        float fitting = Math.min(size, size * TEXT_WIDTH / width(text, font, size));
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, phrase(text, font, fitting, color), CENTRE, y, 0);
    }

    private static void spaced(PdfContentByte canvas, String text, BaseFont font, float size, Color color,
                               float spacing, float y) {
        Phrase phrase = phrase(text, font, size, color);
        for (Element chunk : phrase.getChunks()) {
            ((Chunk) chunk).setCharacterSpacing(spacing);
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, phrase, CENTRE, y, 0);
    }

    private static Phrase phrase(String text, BaseFont font, float size, Color color) {
        return new Phrase(text, new Font(fontFor(text, font), size, Font.NORMAL, color));
    }

    private static float width(String text, BaseFont font, float size) {
        return fontFor(text, font).getWidthPoint(text, size);
    }

    /**
     * The given font, or the Unicode font for text with a character the standard font lacks (a name like Şahin or
     * Łukasiewicz): one typeface throughout a line reads better than a glyph from another here and there.
     */
    private static BaseFont fontFor(String text, BaseFont font) {
        return text.codePoints().allMatch(font::charExists) ? font : UNICODE;
    }

    /** The QR code as vector squares, one row's dark modules at a time, centred on (x, y). */
    private static void qrCode(PdfContentByte canvas, String content, float x, float y, float size) {
        BitMatrix matrix = qrMatrix(content);
        int modules = matrix.getWidth();
        float module = size / modules;
        float left = x - size / 2;
        float top = y + size / 2;
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < modules; row++) {
            int column = 0;
            while (column < modules) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules && matrix.get(column, row)) {
                    column++;
                }
                canvas.rectangle(left + start * module, top - (row + 1) * module, (column - start) * module,
                        module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static BitMatrix qrMatrix(String content) {
        try {
            // no margin: the page around it is the quiet zone
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("No QR code for " + content, e);
        }
    }

    private static BaseFont standardFont(String name) {
        return font(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    }

    private static BaseFont font(String name, String encoding, boolean embedded) {
        try {
            return BaseFont.createFont(name, encoding, embedded);
        } catch (IOException e) {
            throw new IllegalStateException("The font " + name + " is missing", e);
        }
    }
}
