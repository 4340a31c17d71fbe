package org.papergraph.extractor.read;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;

/**
 * The text a BibTeX field shows once typeset: accents ({@code {\"u}}, {@code \'{e}}, {@code \c{c}}), dashes
 * ({@code --}), quotes, {@code \emph{...}} and braces turned into plain Unicode. JBibTeX's LaTeX parser and printer do
 * the work; before it, every accent command is composed here (its tables lack many, such as {@code \'c} or
 * {@code \^o}) and the characters it cannot parse outside math ({@code $ ^ _ & # % ~}) are taken as written.
 */
final class LaTeXText {

    /** Accent commands and the combining mark each puts over (or under) its letter. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("'", '\u0301'), Map.entry("`", '\u0300'), Map.entry("^", '\u0302'), Map.entry("\"", '\u0308'),
            Map.entry("~", '\u0303'), Map.entry("=", '\u0304'), Map.entry(".", '\u0307'), Map.entry("c", '\u0327'),
            Map.entry("v", '\u030C'), Map.entry("u", '\u0306'), Map.entry("H", '\u030B'), Map.entry("r", '\u030A'),
            Map.entry("k", '\u0328'), Map.entry("d", '\u0323'), Map.entry("b", '\u0331'));
    /** {@code \'e}, {@code \'{e}}, {@code \c c}, {@code \"{\i}}: a symbol accent, or a letter one not starting a word. */
    private static final Pattern ACCENT = Pattern.compile(
            "\\\\([`'^\"~=.]|[cvuHrkdb](?![A-Za-z]))\\s*(?:\\{\\s*(\\\\[ij](?![A-Za-z])|[A-Za-z])\\s*}|(\\\\[ij](?![A-Za-z])|[A-Za-z]))");
    private static final Pattern LETTER_COMMAND = Pattern.compile("\\\\([ijlL])(?![A-Za-z])\\s*(?:\\{})?");
    private static final Map<String, String> LETTERS = Map.of("i", "\u0131", "j", "\u0237", "l", "\u0142", "L", "\u0141");
    /** Math symbols abstracts use in running text that JBibTeX's printer drops. */
    private static final Map<String, String> SYMBOLS = Map.of("times", "\u00D7", "cdot", "\u00B7", "pm", "\u00B1",
            "leq", "\u2264", "geq", "\u2265", "approx", "\u2248", "sim", "\u223C", "infty", "\u221E",
            "rightarrow", "\u2192", "to", "\u2192");
    private static final Pattern SYMBOL = Pattern.compile("\\\\(" + String.join("|", SYMBOLS.keySet()) + ")(?![A-Za-z])");
    /** Stands for a caret while JBibTeX parses, which reads {@code ^} as math only. */
    private static final String CARET = "papergraphcaret";
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

    private LaTeXText() {
    }

    static String decode(String latex) {
        if (latex == null || latex.isBlank()) {
            return "";
        }
        String s = composeAccents(latex);
        s = s.replaceAll("(?<!\\\\)\\$", "")
                .replaceAll("(?<!\\\\)~", " ")
                .replaceAll("(?<!\\\\)([&#_%])", "\\\\$1")
                .replaceAll("(?<!\\\\)\\^", CARET + " ");
        String printed;
        try {
            printed = new LaTeXPrinter().print(new LaTeXParser().parse(s)).replace(CARET + " ", "^").replace(CARET, "^");
        } catch (Exception e) {
            // What JBibTeX cannot parse (an unbalanced brace, a command it has no rule for) keeps its words.
            printed = s.replace(CARET + " ", "^").replaceAll("\\\\([&#_%])", "$1")
                    .replaceAll("\\\\[A-Za-z]+\\*?", "").replace("{", "").replace("}", "");
        }
        return Normalizer.normalize(SPACE.matcher(printed).replaceAll(" ").strip(), Normalizer.Form.NFC);
    }

    private static String composeAccents(String s) {
        Matcher m = ACCENT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String base = m.group(2) != null ? m.group(2) : m.group(3);
            // An accent over a dotless i or j is an accent over i or j.
            String letter = base.startsWith("\\") ? base.substring(1) : base;
            String composed = Normalizer.normalize(letter + ACCENTS.get(m.group(1)), Normalizer.Form.NFC);
            m.appendReplacement(out, Matcher.quoteReplacement(composed));
        }
        m.appendTail(out);
        Matcher letters = LETTER_COMMAND.matcher(out.toString());
        StringBuilder done = new StringBuilder();
        while (letters.find()) {
            letters.appendReplacement(done, LETTERS.get(letters.group(1)));
        }
        letters.appendTail(done);
        Matcher symbols = SYMBOL.matcher(done.toString());
        StringBuilder withSymbols = new StringBuilder();
        while (symbols.find()) {
            symbols.appendReplacement(withSymbols, SYMBOLS.get(symbols.group(1)));
        }
        symbols.appendTail(withSymbols);
        return withSymbols.toString();
    }
}
