package org.papergraph.extractor.results;

import java.util.List;
import java.util.Set;
import org.papergraph.extractor.model.ConceptType;

/** Noun phrases of a sentence as the result rules read them: a run of nouns, adjectives and names. */
final class Phrases {

    /** The longest phrase a rule reads, in tokens. */
    static final int MAX = 7;
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "its", "their", "our", "his", "her", "all",
            "both", "each", "every", "these", "those", "this", "that", "other", "several", "many", "most");

    /** Words that end the phrase naming what a result is compared with. */
    private static final Set<String> COMPARED_STOPS = Set.of(",", ";", ".", "(", ")", ":", "by", "on", "in", "across",
            "with", "while", "when", "at", "for", "including", "respectively", "using", "under", "to", "without", "which",
            "that", "and", "or", "after");

    /** Nouns that say the word before them is a metric ("the pass@1 metric"), and name none alone. */
    private static final Set<String> METRIC_NOUNS = Set.of("metric", "measure");

    private final ResultRules rules;

    Phrases(ResultRules rules) {
        this.rules = rules;
    }

    /**
     * Whether token {@code i} can be part of a noun phrase: a noun, an adjective (not a comparative), a hyphenated or
     * glued word ("top-1", "pass@1"), a name.
     */
    boolean inPhrase(NumberSentence s, int i) {
        if (i < 0 || i >= s.size()) {
            return false;
        }
        String tag = s.tag(i);
        String text = s.tok(i).text();
        if (tag.equals("POS") || text.equals(",") || text.equals("(") || text.equals(")")) {
            return false;
        }
        return tag.startsWith("NN") || tag.equals("JJ") || tag.equals("FW") || text.contains("-") && text.length() > 1
                || text.contains("@") || s.glued(i) && Character.isLetterOrDigit(text.charAt(0))
                || (tag.equals("VBG") || tag.equals("VBN")) && i + 1 < s.size() && s.tag(i + 1).startsWith("NN")
                && rules.cue(ResultRules.CueSite.VERB, s.tok(i).lemma()) == null; // not "achieving throughput"
    }

    /** The end (exclusive) of the phrase that starts at {@code from}, after at most {@link #MAX} tokens. */
    int end(NumberSentence s, int from) {
        int j = from;
        while (j < s.size() && j < from + MAX && inPhrase(s, j)) {
            j++;
        }
        return j;
    }

    /** The start of the phrase that ends (exclusive) at {@code to}, at most {@link #MAX} tokens back. */
    int start(NumberSentence s, int to) {
        int i = to;
        while (i > 0 && i > to - MAX && inPhrase(s, i - 1)) {
            i--;
        }
        return i;
    }

    /** {@code from} moved past articles, possessive pronouns and quantifiers ("the", "its", "all"). */
    int skipOpeners(NumberSentence s, int from, int to) {
        while (from < to && (OPENERS.contains(s.lower(from)) || s.tag(from).equals("DT") || s.tag(from).equals("PRP$")
                || s.isNumber(from) && !s.glued(from))) {
            from++;
        }
        return from;
    }

    /** {@code from} moved past openers and the generic words that name nothing ("strong", "existing", "novel"). */
    int skipGeneric(NumberSentence s, int from, int to) {
        from = skipOpeners(s, from, to);
        while (from < to - 1 && rules.generic.contains(s.lower(from))) {
            from = skipOpeners(s, from + 1, to);
        }
        return from;
    }

    /**
     * The phrase from {@code from} that names what a result is compared with ("the base model", "the next best
     * performing method"): up to a clause boundary or a verb, ending in a noun, a name or a version; or null.
     */
    TextSpan compared(NumberSentence s, int from) {
        from = skipOpeners(s, from, s.size());
        int to = from;
        // A number right after a capitalised word is its version ("Claude 3.5"), not the next figure.
        while (to < s.size() && to < from + MAX && !COMPARED_STOPS.contains(s.lower(to)) && !s.isVerb(to)
                && !(s.isNumber(to) && !s.glued(to) && !(to > from && s.capitalised(to - 1)))) {
            to++;
        }
        while (to > from && !(s.tag(to - 1).startsWith("NN") || s.isNumber(to - 1) || s.nameShaped(to - 1))) {
            to--;
        }
        return to > from ? s.span(from, to) : null;
    }

    /**
     * "ToyNet scores 72.5", "which scores 70.5%": a verb of the cue list that the tagger takes for a plural noun,
     * between a name or a relative pronoun and a number ("BLEU scores of 30" is a noun).
     */
    boolean verbAfterName(NumberSentence s, int i) {
        String before = s.lower(i - 1);
        return i > 0 && s.tag(i).equals("NNS") && rules.cue(ResultRules.CueSite.VERB, s.tok(i).lemma()) != null
                && (s.capitalised(i - 1) || before.equals("which") || before.equals("that")) && s.isNumber(i + 1);
    }

    /** Whether token {@code i} (with the tokens glued after it) is a word that ends a metric's name. */
    boolean metricWord(NumberSentence s, int i) {
        if (i < 0 || i >= s.size()) {
            return false;
        }
        String w = s.lower(i);
        if (METRIC_NOUNS.contains(w) && i > 0 && !METRIC_NOUNS.contains(s.lower(i - 1))) {
            return metricWord(s, i - 1); // "the pass@1 metric"
        }
        int first = i;
        while (first > 0 && s.glued(first) && first > i - 3) {
            first--; // the last token of a word the tokenizer cut: "pass @ 1"
        }
        return rules.metricWords.contains(w) || rules.metricWords.contains(s.tok(i).lemma()) || w.contains("@")
                || s.conceptOf(i, ConceptType.METRIC) || glued(s, first).contains("@");
    }

    /** The word made of token {@code i} and the tokens glued after it, in lower case ("pass@1"). */
    String glued(NumberSentence s, int i) {
        StringBuilder w = new StringBuilder(s.lower(i));
        int k = i + 1;
        while (k < s.size() && s.glued(k)
                && (Character.isLetterOrDigit(s.tok(k).text().charAt(0)) || s.tok(k).text().equals("@"))) {
            w.append(s.lower(k));
            k++;
        }
        return w.toString();
    }

    /** Whether the phrase {@code [from, to)} ends in one of the benchmark heads ("test set", "tasks", "benchmark"). */
    boolean benchmarkHead(NumberSentence s, int from, int to) {
        return head(s, from, to) != null;
    }

    /** Whether the phrase ends in a head that names a part or copy of some benchmark ("the entire test set"). */
    boolean partHead(NumberSentence s, int from, int to) {
        List<String> head = head(s, from, to);
        return head != null && rules.partHeads.contains(head);
    }

    /** Whether the phrase ends in a head that names several parts of benchmarks ("challenging benchmarks"). */
    boolean severalHead(NumberSentence s, int from, int to) {
        List<String> head = head(s, from, to);
        return head != null && rules.severalHeads.contains(head);
    }

    private List<String> head(NumberSentence s, int from, int to) {
        for (List<String> head : rules.benchmarkHeads) {
            int at = to - head.size();
            if (at >= from && s.wordsAt(at, head)) {
                return head;
            }
        }
        return null;
    }
}
