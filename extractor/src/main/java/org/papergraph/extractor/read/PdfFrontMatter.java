package org.papergraph.extractor.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's title and abstract from the text of its first pages. The title is the document's own (its metadata) when
 * that is sound, else the first page's largest-font lines. The abstract runs from an "Abstract" heading to the first
 * section heading ("1 Introduction", "Keywords", a heading in a larger font); with no such heading it is the first
 * page's body text, the lines in the font most of the page is set in.
 */
final class PdfFrontMatter {

    /** Past this an abstract has run on into the paper: it is cut at a sentence end. */
    static final int MAX_ABSTRACT_CHARS = 5000;

    private static final Pattern ABSTRACT_HEADING = Pattern.compile(
            "(?i)(?:abstract|a\\s?b\\s?s\\s?t\\s?r\\s?a\\s?c\\s?t)\\s*(?:[.:\u2014\u2013-]\\s*(.*))?");
    private static final Pattern FIRST_SECTION = Pattern.compile("(?:1|I)\\.?\\s+\\p{Lu}[\\p{L}\\s&,:-]{2,60}");
    private static final Pattern UNNUMBERED_SECTION = Pattern.compile("Introduction|INTRODUCTION|Background|BACKGROUND");
    private static final Pattern FRONT_MATTER_END = Pattern.compile("(?i)(?:keywords?|key\\s+words|index\\s+terms"
            + "|ccs\\s+concepts|acm\\s+reference\\s+format|general\\s+terms|categories\\s+and\\s+subject\\s+descriptors)"
            + "\\b.*");
    private static final Pattern FILE_LIKE = Pattern.compile(
            "(?i)\\.(?:pdf|docx?|tex|dvi|ps|rtf|odt)\\s*$|^microsoft\\s+word|[/\\\\]|^untitled");
    private static final Pattern DOI = Pattern.compile("(?i)(?:\\bdoi\\s*:?\\s*|doi\\.org/)(10\\.\\d{4,9}/[^\\s\"<>]+)");
    private static final Pattern ARXIV_STAMP =
            Pattern.compile("arXiv:(\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");

    /**
     * What was found.
     *
     * @param headed whether an "Abstract" heading was found; if not, the abstract is the first page's body text
     * @param cut    whether the abstract ran past {@link #MAX_ABSTRACT_CHARS} and was cut
     */
    record Found(String title, String abstractText, boolean headed, boolean cut, String doi, String arxivId) {
    }

    private PdfFrontMatter() {
    }

    /** {@code pages}: the first pages with text, in order. */
    static Found of(List<PdfPage> pages, String metadataTitle) {
        PdfPage front = pages.get(0);
        List<PdfPage.Line> titleLines = largestFontLines(front);
        String title = sound(metadataTitle, front) ? oneLine(metadataTitle) : join(texts(titleLines));
        List<PdfPage.Line> all = new ArrayList<>();
        pages.forEach(p -> all.addAll(p.lines()));
        String abstractText = headedAbstract(all);
        boolean headed = !abstractText.isEmpty();
        if (!headed) {
            abstractText = bodyText(front, titleLines);
        }
        boolean cut = abstractText.length() > MAX_ABSTRACT_CHARS;
        if (cut) {
            String head = abstractText.substring(0, MAX_ABSTRACT_CHARS);
            int end = head.lastIndexOf(". ");
            abstractText = end > 0 ? head.substring(0, end + 1) : head;
        }
        return new Found(title, abstractText, headed, cut, doi(front), arxivId(front));
    }

    /** A metadata title is sound when it reads as a title (not a file name, two words or more) the page shows. */
    static boolean sound(String metadataTitle, PdfPage front) {
        if (metadataTitle == null || metadataTitle.isBlank() || FILE_LIKE.matcher(metadataTitle.strip()).find()) {
            return false;
        }
        String[] words = PaperIds.normaliseTitle(metadataTitle).split(" ");
        if (words.length < 2) {
            return false;
        }
        Set<String> onPage = new HashSet<>(List.of(
                PaperIds.normaliseTitle(String.join(" ", texts(front.lines()))).split(" ")));
        long shown = Arrays.stream(words).filter(onPage::contains).count();
        return shown >= 0.6 * words.length;
    }

    /** The first run of lines set in the page's largest font (lines of a few letters, a drop cap or a mark, aside). */
    private static List<PdfPage.Line> largestFontLines(PdfPage page) {
        float max = (float) page.lines().stream().filter(l -> letters(l.text()) >= 4)
                .mapToDouble(PdfPage.Line::size).max().orElse(0);
        List<PdfPage.Line> out = new ArrayList<>();
        for (PdfPage.Line l : page.lines()) {
            boolean large = l.size() >= max - 0.5f && letters(l.text()) >= 1;
            if (large && (out.isEmpty() || l.y() - out.get(out.size() - 1).y() <= 2.5f * max)) {
                out.add(l);
            } else if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** From the line after an "Abstract" heading (or the rest of its line) to the first section heading; or empty. */
    private static String headedAbstract(List<PdfPage.Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = ABSTRACT_HEADING.matcher(lines.get(i).text());
            if (!heading.matches()) {
                continue;
            }
            List<String> text = new ArrayList<>();
            if (heading.group(1) != null && !heading.group(1).isBlank()) {
                text.add(heading.group(1).strip());
            }
            float bodySize = i + 1 < lines.size() ? lines.get(i + 1).size() : lines.get(i).size();
            int chars = 0;
            for (int j = i + 1; j < lines.size() && chars <= MAX_ABSTRACT_CHARS; j++) {
                PdfPage.Line l = lines.get(j);
                String t = l.text();
                boolean largerHeading = l.size() >= bodySize + 1 && t.length() <= 80;
                if (FIRST_SECTION.matcher(t).matches() || UNNUMBERED_SECTION.matcher(t).matches()
                        || FRONT_MATTER_END.matcher(t).matches() || largerHeading) {
                    break;
                }
                text.add(t);
                chars += t.length() + 1;
            }
            return join(text);
        }
        return "";
    }

    /** The lines in the font most of the page's characters are set in, the title's aside. */
    private static String bodyText(PdfPage page, List<PdfPage.Line> titleLines) {
        Map<Float, Integer> charsBySize = new HashMap<>();
        page.lines().forEach(l -> charsBySize.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum));
        float body = charsBySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
        List<String> text = new ArrayList<>();
        for (PdfPage.Line l : page.lines()) {
            if (!titleLines.contains(l) && Math.abs(l.size() - body) <= 0.5f) {
                text.add(l.text());
            }
        }
        return join(text);
    }

    /** A DOI the first page names as its own ("doi: 10...", "https://doi.org/10..."), or null. */
    private static String doi(PdfPage front) {
        for (String t : texts(front.lines())) {
            Matcher m = DOI.matcher(t);
            if (m.find()) {
                return m.group(1).replaceAll("[.,;)\\]]+$", "");
            }
        }
        return null;
    }

    /** The arXiv id of the stamp arXiv prints up the left margin of a paper's first page, or null. */
    private static String arxivId(PdfPage front) {
        Matcher m = ARXIV_STAMP.matcher(front.rotatedText());
        return m.find() ? m.group(1) : null;
    }

    /** Lines as running text: a word broken over two lines ("repre-", "sentation") is put back together. */
    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int n = out.length();
            if (n > 1 && out.charAt(n - 1) == '-' && Character.isLetter(out.charAt(n - 2))
                    && Character.isLowerCase(l.codePointAt(0))) {
                int wordStart = out.lastIndexOf(" ") + 1;
                // "state-of-the-" + "art" keeps its hyphen: the word was hyphenated already.
                if (out.substring(wordStart, n - 1).indexOf('-') < 0) {
                    out.setLength(n - 1);
                }
                out.append(l);
            } else {
                out.append(n == 0 ? "" : " ").append(l);
            }
        }
        return out.toString();
    }

    private static List<String> texts(List<PdfPage.Line> lines) {
        return lines.stream().map(PdfPage.Line::text).toList();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }
}
