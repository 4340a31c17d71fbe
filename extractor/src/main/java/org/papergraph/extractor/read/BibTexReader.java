package org.papergraph.extractor.read;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.papergraph.extractor.model.Paper;

/**
 * A BibTeX file, as reference managers export it: each entry with its {@code abstract}, {@code doi}, {@code url},
 * {@code year} (or biblatex's {@code date}), {@code author}, {@code keywords} (as categories) and an arXiv
 * {@code eprint}, LaTeX decoded. JBibTeX parses one entry at a time, an entry being what runs from one line starting
 * {@code @type{} to the next, so a malformed entry costs itself only and every message names its line;
 * {@code @string} abbreviations carry over to the entries after them.
 */
public final class BibTexReader implements PaperReader {

    private static final Pattern ENTRY_START = Pattern.compile("^\\s*@\\s*[A-Za-z]+\\s*[{(]");
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEYWORD_SPLIT = Pattern.compile("\\s*[,;]\\s*");

    @Override
    public String format() {
        return "bibtex";
    }

    @Override
    public boolean detect(String head) {
        if (head.indexOf('\0') >= 0) {
            return false;
        }
        // Reference managers may start the file with comment lines; the first other line opens an entry.
        return head.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("%")).findFirst()
                .map(l -> ENTRY_START.matcher(l).find()).orElse(false);
    }

    @Override
    public void read(LineInput in, ReadListener listener) throws IOException {
        Map<Key, BibTeXString> strings = new LinkedHashMap<>();
        StringBuilder chunk = new StringBuilder();
        int chunkLine = 0;
        boolean chunkValid = true;
        LineInput.Line line;
        while ((line = in.next()) != null) {
            if (ENTRY_START.matcher(line.text()).find()) {
                if (chunkLine > 0 && chunkValid) {
                    readEntries(chunk.toString(), chunkLine, in, strings, listener);
                }
                chunk.setLength(0);
                chunkLine = line.number();
                chunkValid = true;
            }
            if (!line.valid()) {
                listener.problem(in.where(line.number()), "not valid UTF-8; "
                        + (chunkLine > 0 && chunkValid ? "entry skipped" : "line skipped"));
                chunkValid = false;
            }
            chunk.append(line.text()).append('\n');
        }
        if (chunkLine > 0 && chunkValid) {
            readEntries(chunk.toString(), chunkLine, in, strings, listener);
        }
    }

    /** The entries of one chunk (normally one), starting at line {@code first}; its {@code @string}s kept. */
    private static void readEntries(String chunk, int first, LineInput in, Map<Key, BibTeXString> strings,
                                    ReadListener listener) {
        String where = in.where(first);
        BibTeXDatabase db;
        try {
            Parser parser = new Parser(where, listener);
            strings.values().forEach(parser::addMacro);
            db = parser.parse(new StringReader(chunk));
        } catch (ParseException | TokenMgrException e) {
            listener.problem(in.where(first - 1 + lineOf(e)), "malformed BibTeX entry ("
                    + e.getMessage().lines().findFirst().orElse("").strip() + "); entry skipped");
            return;
        } catch (RuntimeException e) {
            listener.problem(where, "malformed BibTeX entry (" + e.getMessage() + "); entry skipped");
            return;
        }
        strings.putAll(db.getStrings());
        for (BibTeXEntry entry : db.getEntries().values()) {
            listener.paper(toPaper(entry, where, listener));
        }
    }

    private static Paper toPaper(BibTeXEntry entry, String where, ReadListener listener) {
        String title = LaTeXText.decode(field(entry, "title"));
        String doi = PaperIds.bareDoi(plain(field(entry, "doi")));
        String url = plain(field(entry, "url"));
        String eprint = plain(field(entry, "eprint"));
        String archive = field(entry, "archiveprefix") + field(entry, "eprinttype");
        if (url.isEmpty() && !eprint.isEmpty() && archive.toLowerCase().contains("arxiv")) {
            url = PaperIds.arxivUrl(eprint);
        }
        String id = PaperIds.stableId(null, doi, url, title, m -> listener.warning(where, m));
        String date = field(entry, "date").isBlank() ? plain(field(entry, "year")) : plain(field(entry, "date"));
        List<String> keywords = Arrays.stream(KEYWORD_SPLIT.split(LaTeXText.decode(field(entry, "keywords"))))
                .filter(k -> !k.isBlank()).toList();
        return new Paper(id, title, LaTeXText.decode(field(entry, "abstract")), authors(field(entry, "author")),
                date.isEmpty() ? null : date, doi.isEmpty() ? null : doi, url.isEmpty() ? null : url, keywords, where);
    }

    private static String field(BibTeXEntry entry, String name) {
        Value v = entry.getField(new Key(name));
        return v == null ? "" : v.toUserString();
    }

    /** A verbatim field (DOI, URL, year): braces and escapes gone, nothing typeset. */
    private static String plain(String value) {
        return value.replace("{", "").replace("}", "").replaceAll("\\\\([_&%#$~])", "$1").strip();
    }

    /** {@code Last, First and Other, A.}: split at the top-level "and"s, each name as "First Last". */
    static List<String> authors(String field) {
        List<String> out = new ArrayList<>();
        for (String raw : splitTopLevel(field)) {
            String name = LaTeXText.decode(raw);
            if (name.isEmpty() || name.equalsIgnoreCase("others")) {
                continue;
            }
            String[] parts = name.split("\\s*,\\s*");
            // "von Last, Jr, First" and "Last, First" put back in reading order.
            out.add(parts.length == 3 ? parts[2] + " " + parts[0] + " " + parts[1]
                    : parts.length == 2 ? parts[1] + " " + parts[0] : name);
        }
        return out;
    }

    /** The names of an author field: "and" inside braces ({Barnes and Noble}) is part of a name. */
    private static List<String> splitTopLevel(String field) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c)) {
                Matcher and = AND.matcher(field).region(i, field.length());
                if (and.lookingAt()) {
                    names.add(field.substring(start, i));
                    start = and.end();
                    i = and.end() - 1;
                }
            }
        }
        names.add(field.substring(start));
        return names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    private static int lineOf(Exception e) {
        if (e instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            return pe.currentToken.next.beginLine;
        }
        Matcher m = LINE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** JBibTeX's parser, telling of an undefined abbreviation instead of printing to standard error. */
    private static final class Parser extends BibTeXParser {
        private final String where;
        private final ReadListener listener;

        Parser(String where, ReadListener listener) throws ParseException {
            this.where = where;
            this.listener = listener;
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
            if (string == null) {
                listener.warning(where, "undefined @string " + MessageText.quote(key.getValue())
                        + "; its name is taken as the value");
            }
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            // An entry's crossref parent is only a source of fields papergraph does not read (booktitle, editor).
        }
    }
}
