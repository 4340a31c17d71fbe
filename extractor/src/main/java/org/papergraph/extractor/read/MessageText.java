package org.papergraph.extractor.read;

/** Input text as it may appear in a one-line message: short, and with nothing a terminal would act on. */
final class MessageText {

    private static final int MAX_CODE_POINTS = 57;

    private MessageText() {
    }

    /** {@code s} in quotes, cut to a few dozen characters. */
    static String quote(String s) {
        int end = s.codePointCount(0, s.length()) <= MAX_CODE_POINTS ? s.length() : s.offsetByCodePoints(0, MAX_CODE_POINTS);
        return "'" + s.substring(0, end) + (end < s.length() ? "...'" : "'");
    }

    /** {@code s} with control and format characters (line breaks among them) written as {@code \}{@code uXXXX}. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (PaperIds.isControl(cp)) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
