package org.papergraph.extractor.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.Paper;

/**
 * An RIS file, as reference managers export it: records from {@code TY  - } to {@code ER  - }, one tag a line, a
 * value carried on over untagged lines. Read: title ({@code TI}/{@code T1}), abstract ({@code AB}/{@code N2}), authors
 * ({@code AU}/{@code A1}), date ({@code DA}/{@code PY}/{@code Y1}), {@code DO}, {@code UR}, keywords ({@code KW}) as
 * categories. RIS is a line format simple enough to read here, which lets every message name its line (the one RIS
 * parser on Maven Central comes inside a citation processor).
 */
public final class RisReader implements PaperReader {

    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");
    private static final Pattern TAG_START = Pattern.compile("^[A-Z][A-Z0-9]  - ");
    private static final Pattern RIS_DATE = Pattern.compile("(\\d{4})(?:/(\\d{1,2})(?:/(\\d{1,2}))?)?.*");

    @Override
    public String format() {
        return "ris";
    }

    @Override
    public boolean detect(String head) {
        // A tagged first line, and a record's start among the first lines (a stray tag may come before it).
        return head.lines().filter(l -> !l.isBlank()).findFirst().map(l -> TAG_START.matcher(l.strip() + " ").lookingAt())
                .orElse(false) && head.lines().anyMatch(l -> l.startsWith("TY  -"));
    }

    @Override
    public void read(LineInput in, ReadListener listener) throws IOException {
        Record record = null;
        boolean strayReported = false;
        LineInput.Line line;
        while ((line = in.next()) != null) {
            String where = in.where(line.number());
            if (!line.valid()) {
                listener.problem(where, "not valid UTF-8; " + (record != null ? "record skipped" : "line skipped"));
                if (record != null) {
                    record.broken = true;
                }
                continue;
            }
            // Some exporters pad tags with trailing spaces ("ER  -  ") or leave none after an empty value.
            String text = line.text().stripTrailing();
            Matcher tag = TAG.matcher(text.length() == 5 ? text + " " : text);
            if (!tag.matches()) {
                if (record != null && !text.isBlank() && record.last != null) {
                    record.append(text.strip());
                } else if (record == null && !text.isBlank() && !strayReported) {
                    listener.problem(where, "text outside an RIS record (no TY line before it); skipped");
                    strayReported = true;
                }
                continue;
            }
            String name = tag.group(1);
            String value = tag.group(2) == null ? "" : tag.group(2).strip();
            if (name.equals("TY")) {
                if (record != null) {
                    listener.warning(record.where, "RIS record without an ER line; it ends where the next begins");
                    record.give(listener);
                }
                record = new Record(where);
                strayReported = false;
            } else if (record == null) {
                if (!strayReported) {
                    listener.problem(where, "RIS field " + name + " outside a record (no TY line before it); skipped");
                    strayReported = true;
                }
            } else if (name.equals("ER")) {
                record.give(listener);
                record = null;
            } else {
                record.add(name, value);
            }
        }
        if (record != null) {
            listener.warning(record.where, "RIS record without an ER line; it ends with the file");
            record.give(listener);
        }
    }

    /** One record's tagged values as read, in order. */
    private static final class Record {
        final String where;
        final Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> last;
        boolean broken;

        Record(String where) {
            this.where = where;
        }

        void add(String tag, String value) {
            last = values.computeIfAbsent(tag, t -> new ArrayList<>());
            last.add(value);
        }

        /** An untagged line carries on the value before it. */
        void append(String text) {
            int i = last.size() - 1;
            last.set(i, (last.get(i) + " " + text).strip());
        }

        String first(String... tags) {
            for (String t : tags) {
                for (String v : values.getOrDefault(t, List.of())) {
                    if (!v.isBlank()) {
                        return v;
                    }
                }
            }
            return "";
        }

        List<String> all(String... tags) {
            List<String> out = new ArrayList<>();
            for (String t : tags) {
                values.getOrDefault(t, List.of()).stream().filter(v -> !v.isBlank()).forEach(out::add);
            }
            return out;
        }

        void give(ReadListener listener) {
            if (broken) {
                return;
            }
            String title = first("TI", "T1");
            String doi = PaperIds.bareDoi(first("DO"));
            String url = first("UR");
            String id = PaperIds.stableId(null, doi, url, title, m -> listener.warning(where, m));
            List<String> authors = all("AU", "A1").stream().map(Record::readingOrder).toList();
            listener.paper(new Paper(id, title, first("AB", "N2"), authors, date(), doi.isEmpty() ? null : doi,
                    url.isEmpty() ? null : url, all("KW"), where));
        }

        /** {@code DA  - 2024/01/05/} as 2024-01-05, else the year of {@code PY}. */
        private String date() {
            for (String v : new String[] {first("DA"), first("PY", "Y1")}) {
                Matcher m = RIS_DATE.matcher(v);
                if (m.matches()) {
                    return m.group(1) + (m.group(2) == null ? "" : "-" + pad(m.group(2)))
                            + (m.group(2) == null || m.group(3) == null ? "" : "-" + pad(m.group(3)));
                }
            }
            return null;
        }

        private static String pad(String n) {
            return n.length() == 1 ? "0" + n : n;
        }

        /** "Smith, John" as "John Smith". */
        private static String readingOrder(String name) {
            String[] parts = name.split("\\s*,\\s*", 3);
            return parts.length == 2 ? parts[1] + " " + parts[0] : parts.length == 3 ? parts[1] + " " + parts[0]
                    + " " + parts[2] : name;
        }
    }
}
