package org.papergraph.extractor.nlp;

/** Concept ids: the normalised key as a readable slug, the same for every paper and every run. */
public final class ConceptIds {

    private ConceptIds() {
    }

    public static String of(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '#' || c == '@') {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        return sb.toString();
    }
}
