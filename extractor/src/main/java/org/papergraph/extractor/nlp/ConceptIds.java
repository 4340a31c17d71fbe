package org.papergraph.extractor.nlp;

/** Concept ids: the normalised key as a readable slug, the same for every paper and every run. */
public final class ConceptIds {

    /**
     * No method, model or dataset name runs longer; a longer span is run-on text, not a name. It also keeps
     * ids (at most this long) far below Neo4j's 8 KB index key limit.
     */
    public static final int MAX_NAME_CHARS = 100;

    private ConceptIds() {
    }

    /** The slug of {@code key}; empty when the key has no letter or digit to show. */
    public static String of(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        // By code point: letters beyond the BMP (CJK extension B, math alphanumerics) are letters too.
        key.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '#' || c == '@') {
                sb.appendCodePoint(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        });
        return sb.toString();
    }
}
