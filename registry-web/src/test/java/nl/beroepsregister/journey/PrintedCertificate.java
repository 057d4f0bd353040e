package nl.beroepsregister.journey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A downloaded certificate read back as people meet it: its words, and the QR code a phone would scan. */
record PrintedCertificate(int pages, String text, String qrCode) {

    static PrintedCertificate read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.RGB);
            return new PrintedCertificate(document.getNumberOfPages(), new PDFTextStripper().getText(document),
                    scan(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String scan(BufferedImage page) {
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new ImageLuminance(page))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                            DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** The grey values of an image, for ZXing's core, which reads no images of its own. */
    private static final class ImageLuminance extends LuminanceSource {

        private final byte[] luminance;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            int width = image.getWidth();
            int[] pixels = image.getRGB(0, 0, width, image.getHeight(), null, 0, width);
            luminance = new byte[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                int red = (pixels[i] >> 16) & 0xff;
                int green = (pixels[i] >> 8) & 0xff;
                int blue = pixels[i] & 0xff;
                luminance[i] = (byte) ((red * 306 + green * 601 + blue * 117) >> 10);
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] target = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(luminance, y * getWidth(), target, 0, getWidth());
            return target;
        }

        @Override
        public byte[] getMatrix() {
            return luminance;
        }
    }
}
