package org.papergraph.queries.export;

/** Text an XML 1.0 file can hold, for the XML exports (GraphML, GEXF, RDF/XML). */
final class XmlText {

    private XmlText() {
    }

    /**
     * The text with every character XML 1.0 forbids (NUL and the other C0 controls but tab and line breaks, lone
     * surrogates, U+FFFE and U+FFFF) replaced by U+FFFD: no escape makes them legal, and a reader rejects the whole
     * file for one. The stores keep the text as it was.
     */
    static String of(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            boolean legal = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
            if (!legal && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (legal) {
                    out.appendCodePoint(c);
                } else {
                    out.append('\uFFFD');
                }
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    /**
     * The text as an XML name token, which GraphML's schema requires of ids: ASCII letters, digits, '.', '-' and ':'
     * as they are, and any other character (a concept id may hold '@' or '+') as {@code _HEX_}, its code point; '_'
     * itself too, so that different texts stay different.
     */
    static String nmtoken(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == ':')) {
                out.appendCodePoint(c);
            } else {
                out.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return out.toString();
    }
}
