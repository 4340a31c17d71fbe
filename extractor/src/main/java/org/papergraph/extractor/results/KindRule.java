package org.papergraph.extractor.results;

import java.util.List;
import java.util.Set;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.results.ResultRules.CueSite;
import org.papergraph.extractor.results.ResultRules.Cue;
import org.papergraph.extractor.results.ResultRules.UnitClass;

/**
 * Says what kind of result each number is ({@code rules/result-cues.tsv}): a noun or comparative right after it ("a
 * 5.9% improvement", "4.8 times faster"), else a word before it: a noun before "of" ("gains of 2%"), a verb the
 * number follows through "by" ("reduces error by 30%") or directly ("achieves 85.3%"), "to" or "from" (a score
 * reached); a "+" sign, or "absolute" right after a percentage, makes a gain of what would be a score reached, as
 * a number that may be either is no score for a leaderboard. A ratio unit makes a gain or a comparison a ratio. A
 * comparison of sizes ("7.6 times smaller", "30x more compute") marks the number as a size. A number of a
 * coordinated list without a cue of its own takes its list's: from a cue after the list only across a bare list
 * ("25%, 36% and 18% better"), not across another number's words ("71.3 mIoU on ADE20K val, 2.3 points above"); the
 * "to" of a range says nothing.
 */
final class KindRule implements ResultRule {

    /** Words between a cue and the number that leave the cue's meaning as it is: "by up to 6%", "by an average of". */
    private static final Set<String> HEDGES = Set.of("up", "to", "over", "about", "around", "nearly", "almost",
            "approximately", "roughly", "only", "just", "than", "more", "less", "at", "least", "a", "an", "the",
            "average", "total", "overall", "of", "factor", "~", "+", "(", "large", "significant", "substantial",
            "striking", "remarkable", "impressive", "notable", "consistent", "additional", "further", "absolute",
            "relative", "maximum", "mean", "even");
    /** Words after the number and unit that modify a cue without changing it: "7.7% point absolute improvement". */
    private static final Set<String> AFTER_MODIFIERS = Set.of("absolute", "relative", "average", "overall", "mean",
            "additional", "further", "consistent", "significant", "substantial", "total");
    /** Words of a bare list of numbers besides the numbers and their units. */
    private static final Set<String> BARE = Set.of(",", "and", "or", "/", "&", "~", "+", "\\", "respectively");
    /** How far back a verb governing "by" may stand. */
    private static final int VERB_REACH = 15;

    private final ResultRules rules;
    private final Phrases phrases;

    KindRule(ResultRules rules, Phrases phrases) {
        this.rules = rules;
        this.phrases = phrases;
    }

    @Override
    public void apply(NumberSentence s, List<RowDraft> drafts, PaperContext paper) {
        for (RowDraft d : drafts) {
            if (!d.alive()) {
                continue;
            }
            cueAfter(s, d);
            if (!d.kindCued && !d.size && d.rangeFrom == null) { // "by 20% to 50%": the range's "to" says nothing
                cueBefore(s, d);
            }
            // a "+" sign, or "absolute" right after a percentage, makes a difference of what a verb says is a score
            // reached: "obtains +3.1 BLEU", "achieves 4.5% absolute accuracy over the baseline"
            boolean difference = d.sign == '+'
                    || d.unitClass == UnitClass.PERCENT && s.lower(d.last + 1).equals("absolute");
            if (difference && (!d.kindCued || d.kind == ResultKind.ABSOLUTE)) {
                d.kind = ResultKind.GAIN;
                d.kindCued = true;
            }
            if (!d.kindCued && comparedAfter(s, d)) {
                d.kind = ResultKind.GAIN; // "preference strengths of 31% over GPT-4o"
                d.kindCued = true;
            }
            // "3.2x faster", "2.5x lower latency", "the speedup to 2.3x" are ratios; "reduces memory by 3 times" and
            // "a 2x memory reduction" reductions.
            boolean reduced = d.kind == ResultKind.REDUCTION && (d.byVerb || d.cueSite == CueSite.NOUN);
            if (d.unitClass == UnitClass.RATIO && d.kindCued && !reduced) {
                d.kind = ResultKind.RATIO;
            }
        }
        for (int i = 1; i < drafts.size(); i++) {
            RowDraft before = drafts.get(i - 1);
            RowDraft after = drafts.get(i);
            if (before.alive() && after.alive() && NumberGroup.fromTo(s, before, after)) {
                before.cue(ResultKind.ABSOLUTE, before.last + 1, CueSite.VERB); // "34.2% -> 38.8%": two scores
                after.cue(ResultKind.ABSOLUTE, before.last + 1, CueSite.VERB);
            }
        }
        for (NumberGroup g : NumberGroup.groups(drafts)) {
            RowDraft cued = g.members.stream().filter(m -> m.kindCued).findFirst().orElse(null);
            if (cued == null) {
                continue;
            }
            for (RowDraft m : g.members) {
                // a cue after the list says what its numbers are only across a bare list ("25%, 36% and 18% better"),
                // not across another number's words ("71.3 mIoU on ADE20K val, 2.3 points above")
                if (!m.kindCued && (m.tok > cued.tok || bare(s, m, cued))) {
                    m.kind = m.unitClass == UnitClass.RATIO && cued.kind == ResultKind.GAIN ? ResultKind.RATIO : cued.kind;
                    m.kindCued = true;
                    m.byVerb = cued.byVerb;
                }
            }
        }
    }

    /** Whether only numbers, units and coordinators stand between two numbers of a list. */
    private boolean bare(NumberSentence s, RowDraft first, RowDraft second) {
        for (int k = first.last + 1; k < second.tok; k++) {
            String w = s.lower(k);
            if (!(BARE.contains(w) || s.isNumber(k) || rules.unitWord(w))) {
                return false;
            }
        }
        return true;
    }

    /** A cue noun or comparative right after the number and its unit, or after a metric there ("2.1 BLEU higher"). */
    private void cueAfter(NumberSentence s, RowDraft d) {
        int j = d.last + 1;
        while (j < s.size() && AFTER_MODIFIERS.contains(s.lower(j))) {
            j++;
        }
        // "2.1 BLEU higher", "14% accuracy improvements", "15% end-to-end wall-clock speedup", "6.4 points of lift"
        int phraseEnd = j;
        while (phraseEnd < s.size() && phraseEnd < j + 3 && phrases.inPhrase(s, phraseEnd)
                && rules.cue(CueSite.NOUN, s.tok(phraseEnd).lemma()) == null) {
            phraseEnd++;
        }
        if (phraseEnd > j && phraseEnd < s.size()
                && (rules.cue(CueSite.THAN, s.lower(phraseEnd)) != null && phrases.metricWord(s, phraseEnd - 1)
                || rules.cue(CueSite.NOUN, s.tok(phraseEnd).lemma()) != null && s.tag(phraseEnd).startsWith("NN"))) {
            j = phraseEnd;
        } else if (s.lower(j).equals("of") && rules.cue(CueSite.NOUN, s.tok(j + 1).lemma()) != null
                && s.tag(j + 1).startsWith("NN")) {
            j++;
        }
        if (j >= s.size()) {
            return;
        }
        Cue noun = rules.cue(CueSite.NOUN, s.tok(j).lemma());
        if (noun != null && s.tag(j).startsWith("NN") && sizeChange(s, j)) {
            d.size = true; // "an 8x increase in model size"
            return;
        }
        if (noun != null && s.tag(j).startsWith("NN")) {
            d.cue(unitKind(d, noun.kind()), j, CueSite.NOUN); // "a 15% speedup" is a gain, "a 3x speedup" a ratio
            d.quote(d.tok, j + 1);
            return;
        }
        Cue than = rules.cue(CueSite.THAN, s.lower(j));
        if (than == null) {
            return;
        }
        if (than.size() || comparesAmounts(s, j) || amountBefore(s, d, j)) {
            d.size = true;
            return;
        }
        d.cue(than.kind(), j, CueSite.THAN);
        d.quote(d.tok, j + 1);
    }

    /** "an 8x increase in model size": a change of a count or size. */
    private boolean sizeChange(NumberSentence s, int cue) {
        if (!s.lower(cue + 1).equals("in") && !s.lower(cue + 1).equals("of")) {
            return false;
        }
        int end = phrases.end(s, cue + 2);
        return end > cue + 2 && rules.counted(s.tok(end - 1)) == ResultRules.Counted.COUNT;
    }

    /**
     * "31% over GPT-4o": a comparison right after a number that no metric word makes a score ("a win rate of 65%
     * over GPT-4" is one) says it is a difference.
     */
    private boolean comparedAfter(NumberSentence s, RowDraft d) {
        int j = d.last + 1;
        String w = s.lower(j);
        boolean compared = w.equals("over") || w.equals("than") || w.equals("versus") || w.equals("vs")
                || w.equals("vs.") || w.equals("compared") || w.equals("relative");
        if (!compared || s.isNumber(j + 1)) {
            return false;
        }
        int k = d.tok - 1;
        while (k >= 0 && (s.lower(k).equals("of") || HEDGES.contains(s.lower(k)) && !s.lower(k).equals("to"))) {
            k--;
        }
        return !phrases.metricWord(s, k);
    }

    /** "175 billion parameters, 10x more than any previous model": "more" with no noun compares the amount before. */
    private boolean amountBefore(NumberSentence s, RowDraft d, int comparative) {
        String w = s.lower(comparative);
        if (!(w.equals("more") || w.equals("fewer") || w.equals("less")) || !s.lower(comparative + 1).equals("than")) {
            return false;
        }
        for (int k = d.tok - 1; k >= 0 && k >= d.tok - 4; k--) {
            if (s.tag(k).startsWith("NN")) {
                return rules.counted(s.tok(k)) != null;
            }
        }
        return false;
    }

    /** "30x more compute", "100 times less labeled data": a comparison of amounts, not of performance. */
    private boolean comparesAmounts(NumberSentence s, int comparative) {
        for (int k = comparative + 1; k < s.size() && k <= comparative + 3; k++) {
            if (rules.counted(s.tok(k)) != null) {
                return true;
            }
            if (!(s.tag(k).startsWith("NN") || s.tag(k).startsWith("JJ") || s.tok(k).text().contains("-"))) {
                return false;
            }
        }
        return false;
    }

    /** A cue before the number: a noun before "of", a verb through "by", "to"/"from", or a verb it is the object of. */
    private void cueBefore(NumberSentence s, RowDraft d) {
        int k = d.tok - 1;
        while (k >= 0 && (s.lower(k).equals("~") || s.lower(k).equals("+") || s.lower(k).equals("\u2248"))) {
            k--;
        }
        for (int i = k; i >= 0 && i >= k - 5; i--) {
            String w = s.lower(i);
            if (w.equals("of")) {
                Cue noun = rules.cue(CueSite.NOUN, s.tok(Math.max(0, i - 1)).lemma());
                if (i > 0 && noun != null && s.tag(i - 1).startsWith("NN")) {
                    d.cue(unitKind(d, noun.kind()), i - 1, CueSite.NOUN);
                    d.quote(i - 1, d.tok);
                    return;
                }
                // "speedups over FP16, of around 3.25x": a cue noun before a comparison
                for (int back = i - 1; back >= 0 && back >= i - 6; back--) {
                    Cue earlier = rules.cue(CueSite.NOUN, s.tok(back).lemma());
                    if (earlier != null && s.tag(back).startsWith("NN")) {
                        d.cue(unitKind(d, earlier.kind()), back, CueSite.NOUN);
                        return;
                    }
                    if (s.isVerb(back) || s.lower(back).equals(";") || s.isNumber(back)) {
                        break;
                    }
                }
                // "outperforms X by an absolute success rate of 34%": the difference is in the metric
                if (i > 0 && phrases.metricWord(s, i - 1)) {
                    int by = phrases.start(s, i) - 1;
                    while (by > 0 && (s.tag(by).equals("DT") || HEDGES.contains(s.lower(by)))) {
                        by--;
                    }
                    if (by >= 0 && s.lower(by).equals("by")) {
                        byCue(s, d, by);
                        return;
                    }
                }
            } else if (w.equals("by")) {
                byCue(s, d, i);
                return;
            } else if (w.equals("from") || w.equals("to") && !s.lower(i - 1).equals("up")) {
                d.cue(ResultKind.ABSOLUTE, i, CueSite.VERB);
                return;
            } else if (s.isVerb(i) || s.tag(i).equals("VBN") || phrases.verbAfterName(s, i)) {
                Cue verb = rules.cue(CueSite.VERB, s.tok(i).lemma());
                if (verb != null) {
                    d.cue(unitKind(d, verb.kind()), i, CueSite.VERB); // "achieves 85.3%", "gains 12.3%"
                    d.quote(i, d.tok);
                }
                return;
            } else if (rules.cue(CueSite.NOUN, s.tok(i).lemma()) != null && s.tag(i).startsWith("NN")) {
                // "by a significant margin (4-16% absolute accuracy)": the cue noun the bracket explains
                d.cue(unitKind(d, rules.cue(CueSite.NOUN, s.tok(i).lemma()).kind()), i, CueSite.NOUN);
                return;
            } else if (!HEDGES.contains(w)) {
                return;
            }
        }
    }

    /** "improves accuracy by 6%": the verb before "by" says the kind; a bare "by 6%" is a difference, a gain. */
    private void byCue(NumberSentence s, RowDraft d, int by) {
        for (int i = by - 1; i >= 0 && i >= by - VERB_REACH; i--) {
            String w = s.lower(i);
            if (w.equals(";") || w.equals(":")) {
                break;
            }
            Cue verb = s.tag(i).startsWith("VB") ? rules.cue(CueSite.VERB, s.tok(i).lemma()) : null;
            if (verb != null) {
                ResultKind kind = verb.kind() == ResultKind.ABSOLUTE ? ResultKind.GAIN : unitKind(d, verb.kind());
                d.cue(kind, i, CueSite.VERB);
                d.byVerb = true;
                d.quote(i, d.tok);
                return;
            }
        }
        for (int i = by - 1; i >= 0 && i >= by - 6; i--) {
            Cue noun = rules.cue(CueSite.NOUN, s.tok(i).lemma());
            if (noun != null && s.tag(i).startsWith("NN")) {
                d.cue(unitKind(d, noun.kind()), i, CueSite.NOUN); // "an average performance gain over CoT by 12%"
                return;
            }
        }
        d.cue(ResultKind.GAIN, by, CueSite.VERB);
    }

    /** A speed-up given in percent is a gain; in times, a ratio. */
    private static ResultKind unitKind(RowDraft d, ResultKind kind) {
        if (kind == ResultKind.RATIO && d.unitClass != UnitClass.RATIO) {
            return ResultKind.GAIN;
        }
        return kind;
    }
}
