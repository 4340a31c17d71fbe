package org.papergraph.extractor.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.papergraph.extractor.model.Paper;

/**
 * A paper's PDF, read with Apache PDFBox: its title and abstract from the text of its first pages (see
 * {@link PdfFrontMatter}), a DOI the first page names, the arXiv id of arXiv's margin stamp, and the authors of its
 * metadata. A PDF with no text there (a scan: papergraph does no OCR), one that needs a password, and one PDFBox cannot
 * parse are each skipped with one warning naming the file, or the page at fault.
 */
public final class PdfReader implements PaperReader {

    /** PDFBox holds the whole file: a larger one is no paper, and could exhaust memory. */
    static final int MAX_BYTES = 100 * 1024 * 1024;
    /** An abstract may run over from the first page onto the second, never further. */
    static final int FRONT_PAGES = 2;
    private static final Pattern HEADER = Pattern.compile("(?:^|[\\r\\n])%PDF-\\d");

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public boolean detect(String head) {
        // PDF readers take a header that starts a line anywhere in the first kilobyte, after junk some producers write.
        return HEADER.matcher(head.substring(0, Math.min(head.length(), 1024))).find();
    }

    @Override
    public void read(LineInput in, ReadListener listener) throws IOException {
        String name = in.name();
        byte[] bytes = in.bytes().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            listener.problem(name, "a PDF larger than " + (MAX_BYTES >> 20) + " MB; skipped");
            return;
        }
        Paper paper;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            paper = paper(doc, name, listener);
        } catch (InvalidPasswordException e) {
            listener.problem(name, "an encrypted PDF that needs a password to open; skipped");
            return;
        } catch (IOException | RuntimeException e) {
            listener.problem(name, "not a readable PDF (" + e.getMessage() + "); skipped");
            return;
        } catch (NoClassDefFoundError e) {
            // PDFBox opens public-key (certificate) encryption with Bouncy Castle, which papergraph leaves out.
            listener.problem(name, "an encrypted PDF that needs a certificate to open; skipped");
            return;
        }
        // Outside the try: what the listener throws is its own failure, not a bad PDF.
        if (paper != null) {
            listener.paper(paper);
        }
    }

    /** The paper in {@code doc}, or null when it has none to give (the listener told why). */
    private static Paper paper(PDDocument doc, String name, ReadListener listener) {
        if (!doc.getCurrentAccessPermission().canExtractContent()) {
            listener.problem(name, "the PDF's permissions forbid extracting its text; skipped");
            return null;
        }
        List<PdfPage> pages = new ArrayList<>();
        for (int p = 1; p <= Math.min(doc.getNumberOfPages(), FRONT_PAGES); p++) {
            try {
                PdfPage page = Glyphs.page(doc, p);
                if (!page.lines().isEmpty()) {
                    pages.add(page);
                }
            } catch (IOException | RuntimeException e) {
                String why = "cannot read page " + p + " (" + e.getMessage() + ")";
                if (pages.isEmpty()) {
                    listener.problem(name + ":" + p, why + "; skipped");
                    return null;
                }
                listener.warning(name + ":" + p, why + "; read the pages before it");
                break;
            }
        }
        if (pages.isEmpty()) {
            listener.problem(name, "no text on its first " + (doc.getNumberOfPages() == 1 ? "page" : "pages")
                    + " (a scan? papergraph does no OCR); skipped");
            return null;
        }
        var info = doc.getDocumentInformation();
        PdfFrontMatter.Found found = PdfFrontMatter.of(pages, info.getTitle());
        String firstPage = name + ":" + pages.get(0).number();
        if (!found.headed() && !found.abstractText().isEmpty()) {
            listener.warning(firstPage, "no 'Abstract' heading on the first pages; the abstract is the first page's"
                    + " body text");
        }
        if (found.cut()) {
            listener.warning(firstPage, "no section heading after the abstract; cut to "
                    + PdfFrontMatter.MAX_ABSTRACT_CHARS + " characters");
        }
        String url = found.arxivId() == null ? null : PaperIds.arxivUrl(found.arxivId());
        String id = PaperIds.stableId(null, found.doi(), url, found.title(), m -> listener.warning(name, m));
        return new Paper(id, found.title(), found.abstractText(), authors(info.getAuthor()), null, found.doi(), url,
                List.of(), name);
    }

    private static List<String> authors(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return List.of();
        }
        return Arrays.stream(metadata.split("\\s*(?:[;,]|\\band\\b)\\s*")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
    }

    /** PDFBox's text stripper, stopped before it writes text: the glyphs of a page, diacritics merged. */
    private static final class Glyphs extends PDFTextStripper {
        private final List<TextPosition> glyphs = new ArrayList<>();

        static PdfPage page(PDDocument doc, int number) throws IOException {
            Glyphs g = new Glyphs();
            g.setStartPage(number);
            g.setEndPage(number);
            g.getText(doc);
            return PdfPage.of(number, g.glyphs);
        }

        @Override
        protected void writePage() {
            getCharactersByArticle().forEach(glyphs::addAll);
        }
    }
}
