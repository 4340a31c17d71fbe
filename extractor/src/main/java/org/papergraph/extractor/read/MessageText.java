package org.papergraph.extractor.read;

/** Input text as it may appear in a one-line message: short, and with nothing a terminal would act on. */
final class MessageText {

    private static final int MAX_CODE_POINTS = 57;

    private MessageText() {
    }

    /** {@code s} in quotes, cut to a few dozen characters, control and format characters written as {@code \}{@code uXXXX}. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("'");
        int i = 0;
        for (int shown = 0; i < s.length() && shown < MAX_CODE_POINTS; shown++) {
            int cp = s.codePointAt(i);
            if (PaperIds.isControl(cp)) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.append(i < s.length() ? "...'" : "'").toString();
    }
}
