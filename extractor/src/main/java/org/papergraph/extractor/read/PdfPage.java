package org.papergraph.extractor.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of one PDF page as lines in reading order, each with its font size: glyphs grouped into lines by their
 * baseline, lines cut where a gap is wider than a column gutter, and on a two-column page the left column read before
 * the right one (the title and author block above them first), whatever order the PDF draws them in.
 */
record PdfPage(int number, List<Line> lines, String rotatedText) {

    /** A line of text: where it starts and ends across the page, its baseline from the top, its font size. */
    record Line(String text, float x0, float x1, float y, float size) {
    }

    /** The page's lines from its glyphs, as PDFBox's text stripper collected them (diacritics merged). */
    static PdfPage of(int number, List<TextPosition> glyphs) {
        List<TextPosition> upright = new ArrayList<>();
        StringBuilder rotated = new StringBuilder();
        float pageWidth = 0;
        for (TextPosition g : glyphs) {
            pageWidth = Math.max(pageWidth, g.getPageWidth());
            if (g.getDir() == 0) {
                upright.add(g);
            } else {
                rotated.append(g.getUnicode());
            }
        }
        List<Line> segments = new ArrayList<>();
        for (List<TextPosition> row : rows(upright)) {
            segments.addAll(segments(row));
        }
        return new PdfPage(number, readingOrder(segments, pageWidth), rotated.toString());
    }

    /** Glyphs sharing a baseline, give or take a superscript, each row left to right. */
    private static List<List<TextPosition>> rows(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        List<TextPosition> row = null;
        float rowY = 0;
        float rowSize = 0;
        for (TextPosition g : sorted) {
            float size = size(g);
            if (row == null || g.getYDirAdj() - rowY > 0.5f * Math.max(size, rowSize)) {
                row = new ArrayList<>();
                rows.add(row);
                rowY = g.getYDirAdj();
                rowSize = size;
            }
            row.add(g);
            rowSize = Math.max(rowSize, size);
        }
        rows.forEach(r -> r.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
        return rows;
    }

    /** A row cut into pieces where a gap is wider than a word space can be: a column gutter. */
    private static List<Line> segments(List<TextPosition> row) {
        List<Line> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<TextPosition> part = new ArrayList<>();
        TextPosition prev = null;
        for (TextPosition g : row) {
            if (prev != null) {
                float gap = g.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                float size = Math.max(size(g), size(prev));
                if (gap > 1.2f * size) {
                    out.add(line(text, part));
                    text.setLength(0);
                    part.clear();
                } else if (gap > 0.12f * size && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            }
            String u = g.getUnicode();
            text.append(u == null || u.isBlank() ? " " : u);
            part.add(g);
            prev = g;
        }
        if (!part.isEmpty()) {
            out.add(line(text, part));
        }
        out.removeIf(l -> l.text().isEmpty());
        return out;
    }

    private static Line line(StringBuilder text, List<TextPosition> glyphs) {
        TextPosition first = glyphs.get(0);
        TextPosition last = glyphs.get(glyphs.size() - 1);
        return new Line(text.toString().replaceAll("\\s+", " ").strip(), first.getXDirAdj(),
                last.getXDirAdj() + last.getWidthDirAdj(), baseline(glyphs), dominantSize(glyphs));
    }

    /**
     * On a two-column page (several wide lines wholly left of the middle, several wholly right): what spans the
     * middle above the columns, then the left column, the right one, and what spans the middle below. Otherwise top
     * to bottom. Pieces of one row in one column are then joined again.
     */
    private static List<Line> readingOrder(List<Line> segments, float pageWidth) {
        float mid = pageWidth / 2;
        float wide = pageWidth * 0.25f;
        List<Line> left = new ArrayList<>();
        List<Line> right = new ArrayList<>();
        List<Line> spanning = new ArrayList<>();
        for (Line l : segments) {
            (l.x1() <= mid + 2 ? left : l.x0() >= mid - 2 ? right : spanning).add(l);
        }
        Comparator<Line> topDown = Comparator.comparingDouble(Line::y).thenComparingDouble(Line::x0);
        long wideLeft = left.stream().filter(l -> l.x1() - l.x0() > wide).count();
        long wideRight = right.stream().filter(l -> l.x1() - l.x0() > wide).count();
        List<Line> ordered = new ArrayList<>();
        if (wideLeft >= 3 && wideRight >= 3) {
            float columnsTop = (float) left.stream().filter(l -> l.x1() - l.x0() > wide).mapToDouble(Line::y).min()
                    .orElse(0);
            spanning.sort(topDown);
            left.sort(topDown);
            right.sort(topDown);
            spanning.stream().filter(l -> l.y() < columnsTop).forEach(ordered::add);
            ordered.addAll(left);
            ordered.addAll(right);
            spanning.stream().filter(l -> l.y() >= columnsTop).forEach(ordered::add);
        } else {
            ordered.addAll(segments);
            ordered.sort(topDown);
        }
        return joinRows(ordered);
    }

    private static List<Line> joinRows(List<Line> ordered) {
        List<Line> out = new ArrayList<>();
        for (Line l : ordered) {
            Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && Math.abs(l.y() - prev.y()) < 0.5f * Math.max(l.size(), prev.size()) && l.x0() > prev.x1()) {
                out.set(out.size() - 1, new Line(prev.text() + " " + l.text(), prev.x0(), l.x1(), prev.y(),
                        Math.max(prev.size(), l.size())));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** The font size most of the glyphs have (a superscript does not make a line small). */
    private static float dominantSize(List<TextPosition> glyphs) {
        Map<Float, Integer> counts = new HashMap<>();
        glyphs.forEach(g -> counts.merge(Math.round(size(g) * 2) / 2f, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static float baseline(List<TextPosition> glyphs) {
        float[] ys = new float[glyphs.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = glyphs.get(i).getYDirAdj();
        }
        Arrays.sort(ys);
        return ys[ys.length / 2];
    }

    /** Font size in points; a font set at size 1 and scaled by its matrix has its real size here. */
    static float size(TextPosition g) {
        float s = g.getFontSizeInPt();
        return s > 0 ? s : Math.abs(g.getHeightDir());
    }
}
