package org.papergraph.extractor.results;

import java.util.List;
import java.util.Set;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.results.ResultRules.Counted;
import org.papergraph.extractor.results.ResultRules.CueSite;
import org.papergraph.extractor.results.ResultRules.UnitClass;

/**
 * Finds the metric of each number ({@code rules/result-metrics.txt}, and the metrics the concept rules found), where
 * abstracts write it: after the number ("85.3% accuracy", "+6.8 EPDMS on navhard", "a 5.9% improvement in
 * S-measure", "4.8 times faster", "3x speedup"); before it, through "of", "to" or "=" ("an F1 score of 51.0%",
 * "MultiNLI accuracy to 86.7%": a benchmark before the metric is the benchmark); as what a verb changes by it
 * ("improves accuracy by 6%", "improving the base models' self-correction by 15.6%"; a count there makes the number a
 * size); before a cue noun ("performance gains of 2%"); or as the object of the sentence's verb of change ("boosts
 * the performance of ..."). A metric is the whole word it ends in ("pass@1") and may be named after someone
 * ("Spearman's correlation"); the metric right after another number is that number's ("46.0 AP at 20 FPS"). A number
 * of a list without one takes its list's (one of its own kind, the nearest written after a number before it when there
 * are several), a list takes in order the metrics of an earlier list of as many numbers that "respectively" after it
 * or the same clause pairs it with ("WER of 2.1%/4.3% without a language model and 1.9%/3.9% with one"), and a number
 * compared with the nearest score before it of the same quantity ("15.3%, compared to 26.2%", "which is a 7% relative
 * improvement", "an MRR@10 of 36.0 at a latency of 61 milliseconds, against 36.5"; a list with as many scores, in
 * order) or in brackets after it shares its measure.
 */
final class MetricRule implements ResultRule {

    private static final Set<String> AFTER_MODIFIERS = Set.of("absolute", "relative", "average", "overall", "mean",
            "additional", "further", "higher", "better");
    private static final Set<String> LINKS_BEFORE = Set.of("of", "to", "=", ":", "at", "is", "was", "reaches",
            "reaching", "reached", "achieves");
    private static final Set<String> FOLLOWERS = Set.of("on", "in", "across", "for", ",", ".", "and", ")", ";", "over",
            "than", "compared", "while", "with");
    /** Nouns before "of" that hedge a number rather than name what it measures: "by an average of 60%". */
    private static final Set<String> HEDGE_NOUNS = Set.of("average", "total", "factor", "maximum", "minimum", "mean",
            "order", "range", "median");
    /** Words that hedge the number after them: "at least 99%", "up to 6%", "around 12%". */
    private static final Set<String> NUMBER_HEDGES = Set.of("at", "least", "most", "up", "about", "around", "nearly",
            "almost", "approximately", "roughly", "only", "just", "over", "under", "below", "above", "some", "even",
            "than", "more", "less", "top");
    /** Adjectives before a cue noun that say how, not what: "absolute improvements of 8.9%". */
    private static final Set<String> HOW = Set.of("absolute", "relative", "significant", "substantial", "large",
            "considerable", "consistent", "notable", "remarkable", "impressive", "further",
            "additional", "huge", "modest", "slight", "marginal", "clear");
    /** Verbs whose percentage is the share kept of what follows: "retaining 97% of its capabilities". */
    private static final Set<String> KEEPING = Set.of("retain", "maintain", "preserve", "recover", "keep", "reach",
            "achieve", "match");
    /** Comparatives that say a difference is better or worse, without the measure: "0.09 percent better". */
    private static final Set<String> BARE_COMPARATIVES = Set.of("better", "higher", "lower", "worse", "greater");
    /** Words between two numbers that compare the second with the first: "15.3%, compared to 26.2%". */
    private static final Set<String> COMPARING = Set.of("compared", "than", "versus", "vs", "vs.", "against", "surpassing",
            "surpasses", "outperforming", "outperforms", "exceeding", "exceeds", "beating", "beats", "while", "whereas", "which",
            "over");
    /** Words between two scores that compare the first with the second, whose measure it then shares. */
    private static final Set<String> COMPARED_WITH = Set.of("versus", "vs", "vs.", "against", "whereas");
    private static final List<String> IN_TERMS_OF = List.of("in", "terms", "of");
    private static final Set<String> COMPARISON_VERBS = Set.of("outperform", "surpass", "exceed", "beat", "outstrip");

    private final ResultRules rules;
    private final Phrases phrases;

    MetricRule(ResultRules rules, Phrases phrases) {
        this.rules = rules;
        this.phrases = phrases;
    }

    @Override
    public void apply(NumberSentence s, List<RowDraft> drafts, PaperContext paper) {
        for (RowDraft d : drafts) {
            if (d.alive() && !d.size) {
                if (!after(s, d) && !before(s, d) && !verbObject(s, d) && !fromTo(s, d)) {
                    beforeCueNoun(s, d);
                }
            }
        }
        shareInLists(drafts);
        for (int i = 0; i < drafts.size(); i++) {
            RowDraft d = drafts.get(i);
            if (d.alive() && d.metric == null && bracketed(s, d)) {
                int open = d.tok - 1;
                while (!s.lower(open).equals("(")) {
                    open--;
                }
                if (phrases.metricWord(s, open - 1)) {
                    int from = phrases.skipGeneric(s, phrases.start(s, open), open);
                    d.metric = s.span(from, open); // "achieves the best accuracy (87.8%)"
                    continue;
                }
                listMetric(s, d);
                RowDraft before = i > 0 ? drafts.get(i - 1) : null;
                if (d.metric == null && before != null && before.alive() && before.metric != null
                        && before.kind == ResultKind.ABSOLUTE && d.kind == ResultKind.ABSOLUTE) {
                    d.metric = before.metric; // "an F1 score of 51.0%, ... over a simple baseline (20%)"
                }
            }
        }
        respectively(s, drafts);
        compared(s, drafts);
        shareInLists(drafts); // "compared with 96.54% for XGBoost and 96.76% for AutoML Tables"
        fromLaterList(s, drafts);
        for (int i = 1; i < drafts.size(); i++) {
            RowDraft d = drafts.get(i);
            RowDraft before = drafts.get(i - 1);
            if (d.alive() && before.alive() && d.metric == null && BenchmarkRule.annotates(s, before, d)) {
                d.metric = before.metric; // "80.5% (7.7% absolute improvement)"
            }
        }
        for (RowDraft d : drafts) {
            if (d.alive() && d.metric == null && (d.kind == ResultKind.GAIN || d.kind == ResultKind.REDUCTION)) {
                sentenceVerbObject(s, d);
            }
        }
        for (RowDraft d : drafts) {
            if (d.alive() && d.metric != null) {
                withShortForm(s, d);
            }
        }
    }

    /**
     * "a hit ratio (HR@10) of 0.730", "a word error rate (WER) of 14.1%": a metric goes on over the short form in
     * brackets after it, whose letters are its words' initials, so that either name finds it.
     */
    private static void withShortForm(NumberSentence s, RowDraft d) {
        int close = shortFormEnd(s, d.metric);
        int open = close;
        while (open > 0 && !s.lower(open).equals("(")) {
            open--;
        }
        if (close < 0 || d.tok > open && d.tok < close) {
            return;
        }
        if (d.metricTo == open) {
            d.metricTo = close + 1; // what it is measured on is read after it: "9.4% word error rate (WER) on X"
            d.quote(d.tok, close + 1);
        }
        d.metric = s.chars(d.metric.start(), s.tok(close).end());
    }

    /**
     * The token of the bracket that closes the short form written right after a metric ("word error rate (WER)",
     * "hit ratio (HR@10)": its letters are the metric's words' initials), or -1.
     */
    static int shortFormEnd(NumberSentence s, TextSpan metric) {
        int open = 0;
        while (open < s.size() && s.tok(open).begin() < metric.end()) {
            open++;
        }
        if (open >= s.size() || !s.lower(open).equals("(")) {
            return -1;
        }
        int close = open + 1;
        while (close < s.size() && close <= open + 4 && !s.lower(close).equals(")")) {
            close++;
        }
        if (close >= s.size() || !s.lower(close).equals(")") || close == open + 1) {
            return -1;
        }
        String shortForm = s.text.substring(s.tok(open + 1).begin(), s.tok(close - 1).end());
        StringBuilder letters = new StringBuilder();
        for (int k = 0; k < shortForm.length() && Character.isLetter(shortForm.charAt(k)); k++) {
            letters.append(Character.toLowerCase(shortForm.charAt(k)));
        }
        StringBuilder initials = new StringBuilder();
        for (String w : metric.text().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return letters.length() >= 2 && letters.toString().equals(initials.toString()) ? close : -1;
    }

    /**
     * A list's numbers without a metric take its one metric ("2.1%/4.3% WER"); when several of its numbers have their
     * own, one without takes that written after the nearest number before it ("83.0% accuracy on Cora and 72.5% on
     * Citeseer, and an F1 score of 0.973 on PPI"). A number with a cue noun of its own after it says what it measures
     * there ("6.4 points of lift").
     */
    private static void shareInLists(List<RowDraft> drafts) {
        for (NumberGroup g : NumberGroup.groups(drafts)) {
            List<RowDraft> own = g.members.stream().filter(o -> o.metric != null).toList();
            for (int i = 0; i < g.members.size(); i++) {
                RowDraft m = g.members.get(i);
                // a score does not measure what a difference in its list does: "80.5% on MMLU, 10 points higher"
                List<RowDraft> withMetric = own.stream().filter(o -> o.kind == m.kind).toList();
                if (m.metric != null || withMetric.isEmpty() || m.cueAt > m.last && m.cueSite == CueSite.NOUN) {
                    continue;
                }
                if (withMetric.size() == 1) {
                    m.metric = withMetric.get(0).metric;
                    continue;
                }
                for (int k = i - 1; k >= 0; k--) {
                    RowDraft before = g.members.get(k);
                    if (withMetric.contains(before)) {
                        m.metric = before.metricTo > 0 ? before.metric : null;
                        break;
                    }
                }
            }
        }
    }

    /** A metric written after the number, its unit and its cue. */
    private boolean after(NumberSentence s, RowDraft d) {
        if (d.cueAt > d.last + 1 && phrases.metricWord(s, d.cueAt - 1)) {
            set(d, s, d.last + 1, d.cueAt, true); // "2.1 BLEU higher", "14% accuracy improvements"
            d.metricTo = d.cueAt + 1;
            return true;
        }
        if (d.cueAt > d.last + 1 && d.cueSite == CueSite.NOUN && !HOW.contains(s.lower(d.last + 1))
                && phrases.end(s, d.last + 1) > d.cueAt) {
            return set(d, s, d.last + 1, d.cueAt + 1, true); // "a 2x memory reduction"
        }
        if (d.cueAt > d.last && d.cueSite == CueSite.THAN) {
            int j = d.cueAt + 1;
            int end = phrases.end(s, j);
            if (end > j && s.tag(end - 1).startsWith("NN") && rules.counted.get(s.tok(end - 1).lemma()) != Counted.COUNT) {
                return set(d, s, d.cueAt, end, true); // "2.5x lower latency"
            }
            if (s.tag(j).equals("JJ")) {
                return set(d, s, d.cueAt, j + 1, true); // "5% more accurate"
            }
            return set(d, s, d.cueAt, d.cueAt + 1, true); // "4.8 times faster"
        }
        if (d.cueAt > d.last && d.cueSite == CueSite.NOUN) {
            if (rules.cue(CueSite.NOUN, s.tok(d.cueAt).lemma()).kind() == ResultKind.RATIO) {
                int from = d.last + 1;
                while (from < d.cueAt && AFTER_MODIFIERS.contains(s.lower(from))) {
                    from++;
                }
                return set(d, s, from, d.cueAt + 1, true); // "15% end-to-end wall-clock speedup"
            }
            String w = s.lower(d.cueAt + 1);
            return (w.equals("in") || w.equals("of")) && metricAt(s, d, d.cueAt + 2); // "5.9% improvement in S-measure"
        }
        int j = d.last + 1;
        // "by ~20% absolute on average": a modifier of the number; "a 85.1% relative score": part of the metric
        while ((s.lower(j).equals("absolute") || s.lower(j).equals("relative")) && !phrases.inPhrase(s, j + 1)) {
            j++;
        }
        if (s.lower(j).equals("on") && s.lower(j + 1).equals("average")) {
            j += s.lower(j + 2).equals(",") ? 3 : 2; // "by ~20% absolute on average in task performance"
        }
        if (s.wordsAt(j, IN_TERMS_OF)) {
            j += 2; // "by 9%-19% absolute in terms of top-20 passage retrieval accuracy"
        }
        if (s.lower(j).equals("in") || s.lower(j).equals("of")) {
            // "12.3% in top-1 accuracy", "99.3% of the performance level", "97% of its language capabilities"
            return metricAt(s, d, j + 1) || s.lower(j).equals("of") && d.unitClass == UnitClass.PERCENT
                    && d.cueSite == CueSite.VERB && d.cueAt >= 0 && KEEPING.contains(s.tok(d.cueAt).lemma())
                    && shareOf(s, d, j + 1);
        }
        if (metricAt(s, d, j)) {
            return true; // "85.3% accuracy", "58.7 box AP"
        }
        if (d.unitClass == UnitClass.PERCENT && j < s.size() && s.tag(j).equals("NN") && rules.counted(s.tok(j)) == null
                && rules.cue(CueSite.NOUN, s.tok(j).lemma()) == null && !phrases.inPhrase(s, j + 1)
                && !NumberGroup.ARROWS.contains(s.lower(j))) { // "34.21% rightarrow 38.79%": no measure
            return set(d, s, j, j + 1, true); // "80% agreement": what a percentage right before a noun measures
        }
        // A name no list knows, written after a value as metrics are: "+6.8 EPDMS on navhard".
        if (j < s.size() && s.nameShaped(j) && s.tok(j).text().equals(s.tok(j).text().toUpperCase())
                && (j + 1 == s.size() || FOLLOWERS.contains(s.lower(j + 1)))
                && !s.conceptOf(j, ConceptType.BENCHMARK, ConceptType.DATASET, ConceptType.MODEL, ConceptType.METHOD,
                ConceptType.TASK)) {
            return set(d, s, j, j + 1, true);
        }
        return false;
    }

    /** "retaining 97% of its language understanding capabilities": what a percentage is a share of, if no count. */
    private boolean shareOf(NumberSentence s, RowDraft d, int from) {
        from = phrases.skipOpeners(s, from, s.size());
        int end = phrases.end(s, from);
        if (end == from || !s.tag(end - 1).startsWith("NN") || rules.counted.containsKey(s.tok(end - 1).lemma())) {
            return false;
        }
        return set(d, s, from, end, true);
    }

    /** The metric phrase that starts at {@code from} (after an article), up to its last metric word. */
    private boolean metricAt(NumberSentence s, RowDraft d, int from) {
        from = phrases.skipOpeners(s, from, s.size());
        int end = phrases.end(s, from);
        if (end > from && s.tag(end).equals("POS") && s.capitalised(end - 1)
                && phrases.metricWord(s, phrases.end(s, end + 1) - 1)) {
            end = phrases.end(s, end + 1); // a metric named after someone: "Spearman's correlation"
        }
        for (int h = end - 1; h >= from; h--) {
            if (phrases.metricWord(s, h)) {
                ConceptSpan c = s.conceptAt(from);
                if (c != null && (c.type() == ConceptType.BENCHMARK || c.type() == ConceptType.DATASET)
                        && c.tokTo() <= h && d.benchmark == null) {
                    d.benchmark = s.span(c.tokFrom(), c.tokTo()); // "87.8% ImageNet top-1 accuracy"
                    set(d, s, c.tokTo(), h + 1, true);
                    return true;
                }
                return set(d, s, from, h + 1, true);
            }
        }
        return false;
    }

    /** "an F1 score of 51.0%", "MultiNLI accuracy to 86.7%", "a frame rate of 5fps". */
    private boolean before(NumberSentence s, RowDraft d) {
        int k = d.tok - 1;
        while (k >= 0 && (s.lower(k).equals("~") || s.lower(k).equals("+") || NUMBER_HEDGES.contains(s.lower(k))
                || s.lower(k).equals("to") && s.lower(k - 1).equals("up"))) {
            k--; // "an accuracy of at least 99%", "scores of up to 53%"
        }
        // "which scores 70.5%", "ToyNet scores 72.5": the verb, not a metric
        if (k >= 0 && phrases.metricWord(s, k) && !s.tag(k).startsWith("VB") && !phrases.verbAfterName(s, k)) {
            int from = phrases.skipGeneric(s, phrases.start(s, k + 1), k + 1);
            if (afterNumber(s, from)) {
                return false; // "46.0 AP at 20 FPS": the metric of the number before
            }
            d.quote(from, d.tok);
            return set(d, s, from, k + 1, false); // "attains pass@1 accuracy 50.6% on HumanEval"
        }
        if (k < 1 || !LINKS_BEFORE.contains(s.lower(k))) {
            return false;
        }
        int head = k - 1;
        if (s.lower(head).equals(")") && head >= 3 && s.lower(head - 2).equals("(")) {
            head -= 3; // "an exact match (EM) of 45.2"
        }
        // A difference says what it measures before "of" whatever the word: "preference strengths of 31% over GPT-4o".
        boolean difference = d.kind != ResultKind.ABSOLUTE && s.lower(k).equals("of") && s.tag(head).startsWith("NN")
                && rules.counted.get(s.tok(head).lemma()) == null && rules.cue(CueSite.NOUN, s.tok(head).lemma()) == null
                && !HEDGE_NOUNS.contains(s.lower(head));
        if (!phrases.metricWord(s, head) && !difference) {
            return measuredBefore(s, d, head);
        }
        int from = phrases.skipGeneric(s, phrases.start(s, head + 1), head + 1);
        int version = from - 1;
        if (version > 0 && s.isNumber(version) && s.capitalised(version - 1) && !s.glued(version)
                && !s.conceptOf(version - 1, ConceptType.MODEL, ConceptType.METHOD)) {
            d.benchmark = s.span(version - 1, from); // "a SQuAD 2.0 F1 of 92.2": a benchmark and its version
            d.quote(version - 1, d.tok);
            return set(d, s, from, head + 1, false);
        }
        if (afterNumber(s, from)) {
            return false; // "46.0 AP at 20 FPS": the metric of the number before
        }
        // A benchmark named before the metric: "MultiNLI accuracy", "the GLUE score".
        for (int i = from; i < head; i++) {
            ConceptSpan c = s.conceptAt(i);
            if (c != null && (c.type() == ConceptType.BENCHMARK || c.type() == ConceptType.DATASET)
                    && c.tokTo() <= head) {
                d.benchmark = s.span(c.tokFrom(), c.tokTo());
                                from = c.tokTo();
                break;
            }
        }
        d.quote(from, d.tok);
        return set(d, s, from, head + 1, false);
    }

    /** Whether the phrase at {@code from} follows a number, whose metric it then names. */
    private static boolean afterNumber(NumberSentence s, int from) {
        int k = from - 1;
        if (s.lower(k).equals("%")) {
            k--;
        }
        return k >= 0 && s.isNumber(k) && !s.glued(from);
    }

    /** "top-1 accuracy on ImageNet reaches 85.3%": a metric, "on" and a named benchmark before the verb. */
    private boolean measuredBefore(NumberSentence s, RowDraft d, int end) {
        int on = phrases.start(s, end + 1) - 1;
        if (on < 1 || !(s.lower(on).equals("on") || s.lower(on).equals("in")) || !phrases.metricWord(s, on - 1)) {
            return false;
        }
        boolean named = false;
        for (int i = on + 1; i <= end; i++) {
            ConceptSpan c = s.conceptAt(i);
            named |= s.nameShaped(i) || c != null && (c.type() == ConceptType.BENCHMARK || c.type() == ConceptType.DATASET);
        }
        if (!named) {
            return false;
        }
        int from = phrases.skipGeneric(s, phrases.start(s, on), on);
        d.benchmark = s.span(phrases.skipOpeners(s, on + 1, end + 1), end + 1);
                d.quote(from, d.tok);
        return set(d, s, from, on, false);
    }

    /** "improves accuracy by 6%": the phrase before "by", when a verb of change governs it. */
    private boolean verbObject(NumberSentence s, RowDraft d) {
        if (!d.byVerb || d.cueAt < 0 || d.cueAt > d.tok || COMPARISON_VERBS.contains(s.tok(d.cueAt).lemma())) {
            return false;
        }
        int by = d.tok - 1;
        while (by > d.cueAt && !s.lower(by).equals("by")) {
            by--;
        }
        int objectEnd = s.lower(by - 1).equals("(") ? by - 1 : by; // "accelerate training (by 3x or more)"
        int from = phrases.skipGeneric(s, Math.max(phrases.start(s, objectEnd), d.cueAt + 1), objectEnd);
        if (from >= objectEnd) {
            return subject(s, d, d.cueAt); // "top-1 accuracy improves by 2.3%"
        }
        if (rules.counted(s.tok(objectEnd - 1)) == Counted.COUNT) {
            d.size = true; // "reduce the number of trainable parameters by 10,000 times"
            return false;
        }
        // "improves the throughput of popular LLMs by 2-4x": the metric the object names
        for (int i = d.cueAt + 1; i < objectEnd; i++) {
            if (phrases.metricWord(s, i) && !phrases.inPhrase(s, i + 1)) {
                int metricFrom = phrases.skipGeneric(s, phrases.start(s, i + 1), i + 1);
                d.quote(metricFrom, d.tok);
                return set(d, s, metricFrom, i + 1, false);
            }
        }
        d.quote(from, d.tok);
        return set(d, s, from, objectEnd, false);
    }

    /**
     * "accuracy improves by 2.3%", "the success rate of our agent rises from 45%": the metric a verb of change has as
     * its subject, the nearest metric word before the verb, within the clause.
     */
    private boolean subject(NumberSentence s, RowDraft d, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - Phrases.MAX; i--) {
            if (s.isVerb(i) || s.lower(i).equals(";") || s.lower(i).equals(",")) {
                return false;
            }
            if (phrases.metricWord(s, i)) {
                int from = phrases.skipGeneric(s, phrases.start(s, i + 1), i + 1);
                return set(d, s, from, i + 1, false);
            }
        }
        return false;
    }

    /**
     * "raises accuracy from 72.1% to 85.3%", "its BLEU score increases to 36.5": the metric before "from" or "to", or
     * the subject of the verb before it.
     */
    private boolean fromTo(NumberSentence s, RowDraft d) {
        int k = d.tok - 1;
        if (!s.lower(k).equals("from") && !s.lower(k).equals("to")) {
            return false;
        }
        boolean verbCue = rules.cue(CueSite.VERB, s.tok(k - 1).lemma()) != null; // "increases/NNS from 15.6%"
        if (phrases.metricWord(s, k - 1) || !verbCue && rules.cue(CueSite.NOUN, s.tok(k - 1).lemma()) != null
                && s.tag(k - 1).startsWith("NN")) {
            int from = phrases.skipGeneric(s, phrases.start(s, k), k); // "improves the speedup to 2.3-3.6x"
            d.quote(from, d.tok);
            return set(d, s, from, k, false);
        }
        // "improves accuracy on GSM8K from 70.1%": the metric before what it is measured on
        int on = phrases.start(s, k) - 1;
        if (on > 0 && on < k - 1 && (s.lower(on).equals("on") || s.lower(on).equals("in")) && phrases.metricWord(s, on - 1)) {
            int from = phrases.skipGeneric(s, phrases.start(s, on), on);
            d.quote(from, d.tok);
            return set(d, s, from, on, false);
        }
        boolean verb = s.tag(k - 1).startsWith("VB") || rules.cue(CueSite.VERB, s.tok(k - 1).lemma()) != null;
        return verb && subject(s, d, k - 1);
    }

    /** "performance gains of 2%", "an average gain of +20.2 points": the words before the cue noun. */
    private void beforeCueNoun(NumberSentence s, RowDraft d) {
        if (d.cueSite != CueSite.NOUN || d.cueAt < 0 || d.cueAt > d.tok) {
            return;
        }
        int from = phrases.skipOpeners(s, phrases.start(s, d.cueAt), d.cueAt);
        while (from < d.cueAt && s.tag(from).startsWith("JJ") && (rules.generic.contains(s.lower(from))
                || HOW.contains(s.lower(from)))) {
            from++; // "a significant margin of 1.66", "absolute improvements of 8.9%"
        }
        if (from < d.cueAt) {
            d.quote(from, d.tok);
            set(d, s, from, d.cueAt, false);
        }
    }

    /** "self-consistency boosts the performance of chain-of-thought prompting ... GSM8K (+17.9%)". */
    private void sentenceVerbObject(NumberSentence s, RowDraft d) {
        for (int v = d.tok - 1; v >= 0; v--) {
            var cue = s.tag(v).startsWith("VB") ? rules.cue(CueSite.VERB, s.tok(v).lemma()) : null;
            if (cue != null && cue.kind() != ResultKind.ABSOLUTE && !COMPARISON_VERBS.contains(s.tok(v).lemma())) {
                int from = phrases.skipOpeners(s, v + 1, s.size());
                int end = phrases.end(s, from);
                if (end > from && phrases.metricWord(s, end - 1)) {
                    d.metric = s.span(from, end);
                }
                return;
            }
        }
    }

    /**
     * "achieves 76.5% top-1 accuracy, which is a 7% relative improvement", "15.3%, compared to 26.2% achieved by the
     * second-best entry", "a test error rate of 3.65, which is 0.09 percent better": a number that says no measure of
     * its own (or only "better") and follows another's with words that compare them measures the same.
     */
    private static void compared(NumberSentence s, List<RowDraft> drafts) {
        List<RowDraft> earlier = new java.util.ArrayList<>();
        for (RowDraft d : drafts) {
            if (!d.alive()) {
                continue;
            }
            // the nearest score before, of another list, that measures the same kind of quantity: not "61
            // milliseconds" for "36.5", not the difference between ("2.1% higher than MobileNetV2 at 74.9%"); a list
            // compared with a list of as many numbers pairs with it in order ("45.3 mAP on COCO and 80.2 mAP on VOC,
            // compared with 42.1 and 78.0 for Faster R-CNN")
            List<RowDraft> scores = earlier.stream().filter(e -> e.group != d.group && e.kind == ResultKind.ABSOLUTE
                    && NumberGroup.sameQuantity(e, d)).toList();
            RowDraft previous = scores.isEmpty() ? null : scores.get(scores.size() - 1);
            int size = d.group.members.size();
            if (previous != null && size > 1 && scores.size() > 1) {
                // a list compared with as many scores before it, in one list or not, pairs with them in order; with
                // other scores, which number it is compared with is unknown
                int at = d.group.members.indexOf(d);
                previous = previous.group.members.size() == size ? previous.group.members.get(at)
                        : scores.size() == size ? scores.get(at) : null;
            }
            earlier.add(d);
            boolean bare = d.metric == null || d.cueSite == CueSite.THAN
                    && BARE_COMPARATIVES.contains(d.metric.text().toLowerCase(java.util.Locale.ROOT));
            if (previous != null && linked(s, previous, d)) {
                if (bare) {
                    d.metric = previous.metric != null ? previous.metric : d.metric;
                    d.comparedWith = previous; // "95.1% on CIFAR-10 ..., whereas ResNet-50 obtains 93.2%"
                } else if (previous.metric != null && d.metric.text().equalsIgnoreCase(previous.metric.text())) {
                    d.comparedWith = previous; // "with an accuracy of 99%, compared to only 16% accuracy with CoT"
                }
            }
        }
    }

    /** Whether the words between two numbers compare the second with the first, within a clause. */
    private static boolean linked(NumberSentence s, RowDraft first, RowDraft second) {
        boolean comparing = false;
        for (int i = first.last + 1; i < second.tok; i++) {
            String w = s.lower(i);
            if (w.equals(";") || w.equals(":")) {
                return false;
            }
            comparing |= COMPARING.contains(w);
        }
        // "57.3 pass@1 on HumanEval, +22.3 over ...": a difference close after the first's own words
        return comparing || second.kind != ResultKind.ABSOLUTE && second.tok - Math.max(first.last, first.quoteTo - 1) <= 6;
    }

    private static boolean bracketed(NumberSentence s, RowDraft d) {
        int k = d.tok - 1;
        while (k >= 0 && (s.lower(k).equals("+") || s.lower(k).equals("~"))) {
            k--;
        }
        return k > 0 && s.lower(k).equals("(");
    }

    /**
     * "achieve state-of-the-art accuracy on CIFAR-100 (91.7%), Flowers (98.8%)": a bracketed number after a list of
     * names takes the metric written before the "on" that opens the list.
     */
    private void listMetric(NumberSentence s, RowDraft d) {
        for (int i = d.tok - 2; i > 0 && i >= d.tok - 16; i--) {
            String w = s.lower(i);
            if (s.isVerb(i) || w.equals(";") || w.equals(":")) {
                return;
            }
            if ((w.equals("on") || w.equals("in") || w.equals("across")) && phrases.metricWord(s, i - 1)) {
                int from = phrases.skipGeneric(s, phrases.start(s, i), i);
                d.metric = s.span(from, i);
                return;
            }
        }
    }

    /**
     * A list without metrics takes in order those of an earlier list of as many numbers: the one "respectively" after
     * it pairs it with, if its metrics are all different or all one; or, coordinated in the same clause, the list just
     * before it, if it measures the same quantity with one metric.
     */
    private static void respectively(NumberSentence s, List<RowDraft> drafts) {
        List<NumberGroup> groups = NumberGroup.groups(drafts);
        for (int g = 1; g < groups.size(); g++) {
            NumberGroup group = groups.get(g);
            if (group.members.stream().anyMatch(m -> m.metric != null)) {
                continue;
            }
            if (!group.respectively) {
                NumberGroup before = groups.get(g - 1);
                if (group.members.size() > 1 && metrics(before, group) == 1
                        && NumberGroup.sameQuantity(before.first(), group.first()) && sameClause(s, before, group)) {
                    take(group, before); // "WER of 2.1%/4.3% without a language model and 1.9%/3.9% with one"
                }
                continue;
            }
            for (int e = g - 1; e >= 0; e--) {
                NumberGroup earlier = groups.get(e);
                long metrics = metrics(earlier, group);
                if (metrics == earlier.members.size() || metrics == 1) {
                    take(group, earlier);
                    break;
                }
            }
        }
    }

    /**
     * "7.2%/14.6% without a language model, and 6.8%/14.1% with shallow fusion, which compares to ... 8.3%/17.3% WER":
     * scores without a metric take in order those of the scores written after them that compare with them, or that
     * go on their list of several in the same clause, as many numbers of the same quantity. A metric written only at
     * the end of a sentence measures the scores it is compared with.
     */
    private static void fromLaterList(NumberSentence s, List<RowDraft> drafts) {
        List<NumberGroup> groups = NumberGroup.groups(drafts);
        for (int g = groups.size() - 2; g >= 0; g--) {
            NumberGroup group = groups.get(g);
            NumberGroup later = groups.get(g + 1);
            int size = group.members.size();
            boolean scores = group.members.stream().allMatch(m -> m.metric == null && m.kind == ResultKind.ABSOLUTE)
                    && later.members.stream().allMatch(m -> m.metric != null && m.kind == ResultKind.ABSOLUTE);
            if (!scores || later.members.size() != size || !NumberGroup.sameQuantity(group.first(), later.first())) {
                continue;
            }
            if (comparedAfter(s, group.last(), later.first()) || size > 1 && sameClause(s, group, later)) {
                for (int i = 0; i < size; i++) {
                    group.members.get(i).metric = later.members.get(i).metric;
                }
            }
        }
    }

    /** Whether words between two numbers, within a clause, compare the first with the second: "which compares to". */
    private static boolean comparedAfter(NumberSentence s, RowDraft first, RowDraft second) {
        boolean comparing = false;
        for (int i = first.last + 1; i < second.tok; i++) {
            if (s.lower(i).equals(";") || s.lower(i).equals(":")) {
                return false;
            }
            comparing |= s.tok(i).lemma().equals("compare") || COMPARED_WITH.contains(s.lower(i));
        }
        return comparing;
    }

    /** How many metrics the numbers of {@code earlier} have if it is as long as {@code group} and all have one, else 0. */
    private static long metrics(NumberGroup earlier, NumberGroup group) {
        if (earlier.members.size() != group.members.size() || earlier.members.stream().anyMatch(m -> m.metric == null)) {
            return 0;
        }
        return earlier.members.stream().map(m -> m.metric.text().toLowerCase(java.util.Locale.ROOT)).distinct().count();
    }

    private static void take(NumberGroup group, NumberGroup earlier) {
        for (int i = 0; i < group.members.size(); i++) {
            group.members.get(i).metric = earlier.members.get(i).metric;
        }
    }

    /** Whether two lists stand in one clause, coordinated: no finite verb, no semicolon or colon between them. */
    private static boolean sameClause(NumberSentence s, NumberGroup first, NumberGroup second) {
        boolean coordinated = false;
        for (int i = first.last().last + 1; i < second.first().tok; i++) {
            String t = s.tag(i);
            if (t.equals("VBZ") || t.equals("VBP") || t.equals("VBD") || t.equals("MD") || s.lower(i).equals(";")
                    || s.lower(i).equals(":")) {
                return false;
            }
            coordinated |= s.lower(i).equals("and") || s.lower(i).equals(",");
        }
        return coordinated;
    }

    private static boolean set(RowDraft d, NumberSentence s, int from, int to, boolean afterNumber) {
        if (from >= to) {
            return false;
        }
        // A metric ends with the word it ends in: "pass@1" is one word, however the tokenizer cut it.
        while (to < s.size() && s.glued(to) && (Character.isLetterOrDigit(s.tok(to).text().charAt(0))
                || s.tok(to).text().equals("@"))) {
            to++;
        }
        d.metric = s.span(from, to);
        if (afterNumber) {
            d.metricTo = to;
            d.quote(d.tok, to);
        }
        return true;
    }
}
