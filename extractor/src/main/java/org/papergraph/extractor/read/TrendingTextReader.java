package org.papergraph.extractor.read;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.Paper;

/**
 * The text copy of a trending-papers page: a few header lines, "Subscribe" glued to the first title,
 * then a title line and an abstract line per paper. A title is told from an abstract by its shape
 * (abstracts are long and made of sentences), so a missing abstract or title costs one paper, not
 * the alignment of every paper after it.
 */
public final class TrendingTextReader implements PaperReader {

    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*get trending papers\\b.*");
    private static final Pattern SUBSCRIBE = Pattern.compile("^\\s*Subscribe(?=\\S)");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");

    @Override
    public String format() {
        return "trending-text";
    }

    @Override
    public boolean detect(String head) {
        String s = head.stripLeading();
        if (s.isEmpty() || s.startsWith("{") || s.startsWith("[") || s.startsWith("<") || head.indexOf('\0') >= 0) {
            return false;
        }
        List<String> lines = s.lines().filter(l -> !l.isBlank()).limit(6).toList();
        if (lines.isEmpty()) {
            return false;
        }
        // Either the page's own header, or lines that alternate between title-shaped and abstract-shaped.
        return HEADER.matcher(lines.get(0)).matches()
                || lines.stream().anyMatch(TrendingTextReader::looksLikeAbstract)
                && lines.stream().anyMatch(l -> !looksLikeAbstract(l));
    }

    @Override
    public void read(LineInput in, ReadListener listener) throws IOException {
        String pendingTitle = null;
        int titleLine = 0;
        boolean seenPaper = false;
        boolean orphanAbstractReported = false;
        LineInput.Line line;
        while ((line = in.next()) != null) {
            if (!line.valid()) {
                listener.problem(in.where(line.number()), "not valid UTF-8; paper skipped");
                // A broken abstract ends its paper; a broken title takes the abstract after it along.
                orphanAbstractReported = pendingTitle == null;
                pendingTitle = null;
                continue;
            }
            String text = line.text().strip();
            if (text.isEmpty() || !seenPaper && pendingTitle == null && HEADER.matcher(text).matches()) {
                continue;
            }
            if (!seenPaper && pendingTitle == null) {
                text = SUBSCRIBE.matcher(text).replaceFirst("");
            }
            if (looksLikeAbstract(text)) {
                if (pendingTitle == null && orphanAbstractReported) {
                    orphanAbstractReported = false;
                } else if (pendingTitle == null) {
                    listener.problem(in.where(line.number()), "abstract without a title line before it; skipped");
                } else {
                    String id = PaperIds.titleId(pendingTitle);
                    listener.paper(new Paper(id, pendingTitle, text, List.of(), null, null, null, List.of(),
                            in.where(titleLine)));
                    seenPaper = true;
                }
                pendingTitle = null;
            } else {
                orphanAbstractReported = false;
                if (pendingTitle != null) {
                    listener.problem(in.where(titleLine), "title without an abstract line after it; skipped");
                }
                pendingTitle = text;
                titleLine = line.number();
            }
        }
        if (pendingTitle != null) {
            listener.problem(in.where(titleLine), "title without an abstract line after it; skipped");
        }
    }

    /** Abstracts run to several sentences; titles are one line of a few words. */
    static boolean looksLikeAbstract(String line) {
        int len = line.length();
        return len >= 300 || len >= 120 && SENTENCE_BREAK.matcher(line).find();
    }
}
