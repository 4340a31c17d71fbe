package org.papergraph.queries.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Rows of a query's answer, whichever engine gave it, and how to print them. */
public record ResultTable(List<String> columns, List<List<String>> rows) {

    /** How a table is printed. */
    public enum Format {
        TABLE, CSV, JSON;

        public static Format parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    public ResultTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> (List<String>) new ArrayList<>(r)).toList();
    }

    /**
     * A number as both engines' answers show it: whole numbers as integers, others in plain decimal notation
     * (no exponent) with the fewest digits that identify the double, so the same value prints the same way
     * whether it came from SPARQL (xsd:double, xsd:decimal) or Cypher (Float).
     */
    public static String number(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    public void print(PrintWriter out, Format format) {
        switch (format) {
            case TABLE -> printTable(out);
            case CSV -> printCsv(out);
            case JSON -> printJson(out);
        }
        out.flush();
    }

    private void printTable(PrintWriter out) {
        int[] w = new int[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = columns.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], Math.min(80, text(r.get(i)).length()));
            }
        }
        line(out, columns, w);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(w[i]));
        }
        out.println(rule);
        rows.forEach(r -> line(out, r, w));
        out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
    }

    private static void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = text(cells.get(i));
            if (c.length() > 80) {
                c = c.substring(0, 77) + "...";
            }
            sb.append(i == 0 ? "" : " | ").append(c).append(" ".repeat(w[i] - c.length()));
        }
        out.println(sb.toString().stripTrailing());
    }

    private void printCsv(PrintWriter out) {
        out.println(String.join(",", columns.stream().map(ResultTable::csv).toList()));
        for (List<String> r : rows) {
            out.println(String.join(",", r.stream().map(ResultTable::csv).toList()));
        }
    }

    private static String csv(String s) {
        String t = text(s);
        return t.matches(".*[\",\\n\\r].*") || t.startsWith(" ") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }

    private void printJson(PrintWriter out) {
        try {
            JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out);
            g.writeStartArray();
            for (List<String> r : rows) {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    if (r.get(i) == null) {
                        g.writeNullField(columns.get(i));
                    } else {
                        g.writeStringField(columns.get(i), r.get(i));
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
