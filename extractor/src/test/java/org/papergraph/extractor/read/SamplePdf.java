package org.papergraph.extractor.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Papers' PDFs made with PDFBox as the tests need them: text placed line by line (the first page of a paper in one
 * column or two), an arXiv stamp up the margin, a page holding only an image (a scan), metadata, encryption.
 *
 * <pre>{@code
 * byte[] pdf = SamplePdf.create().page().text(72, 90, 18, true, "A Title").paragraph(72, 140, 468, 10, text).bytes();
 * }</pre>
 */
final class SamplePdf {

    static final float PAGE_WIDTH = PDRectangle.LETTER.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.LETTER.getHeight();
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** One line of text where it is drawn: y from the top of the page, as a reader sees it. */
    record Text(float x, float y, float size, boolean bold, String text, boolean rotated) {
    }

    private final List<List<Text>> pages = new ArrayList<>();
    private final List<Boolean> imageOnly = new ArrayList<>();
    private String title;
    private String author;
    private StandardProtectionPolicy protection;

    private SamplePdf() {
    }

    static SamplePdf create() {
        return new SamplePdf();
    }

    SamplePdf page() {
        pages.add(new ArrayList<>());
        imageOnly.add(false);
        return this;
    }

    /** A page with an image and no text, as a scanner makes it. */
    SamplePdf scannedPage() {
        pages.add(new ArrayList<>());
        imageOnly.add(true);
        return this;
    }

    SamplePdf text(float x, float y, float size, boolean bold, String text) {
        current().add(new Text(x, y, size, bold, text, false));
        return this;
    }

    /** arXiv's stamp, up the left margin. */
    SamplePdf stamp(String text) {
        current().add(new Text(36, 600, 20, false, text, true));
        return this;
    }

    /** The lines {@code text} wraps into within {@code width} points, from {@code y} down. */
    List<Text> wrap(float x, float y, float width, float size, String text) {
        List<Text> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) > width && !line.isEmpty()) {
                lines.add(new Text(x, y + lines.size() * size * 1.25f, size, false, line.toString(), false));
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(new Text(x, y + lines.size() * size * 1.25f, size, false, line.toString(), false));
        }
        return lines;
    }

    /** {@code text} wrapped within {@code width} points, from {@code y} down. */
    SamplePdf paragraph(float x, float y, float width, float size, String text) {
        current().addAll(wrap(x, y, width, size, text));
        return this;
    }

    /** Lines drawn in exactly this order, wherever they are: producers need not draw in reading order. */
    SamplePdf lines(List<Text> lines) {
        current().addAll(lines);
        return this;
    }

    SamplePdf metadata(String title, String author) {
        this.title = title;
        this.author = author;
        return this;
    }

    /** Encrypted: opening needs {@code userPassword} (empty: anyone opens it), and text may be extracted or not. */
    SamplePdf encrypted(String userPassword, boolean canExtract) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(canExtract);
        protection = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
        protection.setEncryptionKeyLength(128);
        return this;
    }

    static float width(String text, float size) {
        try {
            return REGULAR.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (imageOnly.get(i)) {
                        drawScan(doc, cs);
                    }
                    for (Text t : pages.get(i)) {
                        draw(cs, t);
                    }
                }
            }
            if (title != null || author != null) {
                doc.getDocumentInformation().setTitle(title);
                doc.getDocumentInformation().setAuthor(author);
            }
            if (protection != null) {
                doc.protect(protection);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path save(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    private static void draw(PDPageContentStream cs, Text t) throws IOException {
        cs.beginText();
        cs.setFont(t.bold() ? BOLD : REGULAR, t.size());
        if (t.rotated()) {
            cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, t.x(), PAGE_HEIGHT - t.y()));
        } else {
            cs.newLineAtOffset(t.x(), PAGE_HEIGHT - t.y());
        }
        cs.showText(t.text());
        cs.endText();
    }

    /** A grey page with dark bars where lines of text were: pixels, no text. */
    private static void drawScan(PDDocument doc, PDPageContentStream cs) throws IOException {
        BufferedImage img = new BufferedImage(306, 396, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.DARK_GRAY);
        for (int y = 40; y < 360; y += 12) {
            g.fillRect(36, y, 230 - (y % 5) * 10, 5);
        }
        g.dispose();
        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
        cs.drawImage(image, 0, 0, PAGE_WIDTH, PAGE_HEIGHT);
    }

    private List<Text> current() {
        if (pages.isEmpty()) {
            page();
        }
        return pages.get(pages.size() - 1);
    }
}
