package org.papergraph.extractor.results;

import java.util.List;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.results.ResultRules.UnitClass;

/** A number of a sentence while the result rules read it: what each family has found out about it so far. */
final class RowDraft {

    final NumberSentence sentence;
    /** The token that holds the number (a range such as "2.1-4.5" holds two). */
    final int tok;
    /** The number as written, without its sign, and its character offsets in the field. */
    final String value;
    final int start;
    final int end;
    /** '+', '-', '~' when the text writes one before the number, else 0. */
    final char sign;

    String unit = "";
    UnitClass unitClass = UnitClass.NONE;
    /** The last token of the number and its unit: the words after it are read from {@code last + 1}. */
    int last;

    ResultKind kind = ResultKind.ABSOLUTE;
    /** Whether a word says the kind, rather than the default. */
    boolean kindCued;
    /** The token of the word that says it, and where it stands; -1 and null when none does. */
    int cueAt = -1;
    ResultRules.CueSite cueSite;
    /** Whether the cue is a verb the number follows through "by" ("improves accuracy by 6%"). */
    boolean byVerb;
    /** A comparison that makes the number a size: "7.6 times smaller", "30x more compute". */
    boolean size;

    TextSpan metric;
    /** Where the metric ends when it is written after the number: the benchmark is read from there. */
    int metricTo = -1;
    TextSpan benchmark;
    /** The names the benchmark's words coordinate ("PASCAL VOC 2012 and Cityscapes datasets"), when it was read so. */
    List<TextSpan> benchmarkNames = List.of();
    /** Whether the benchmark only describes a part of some benchmark ("the entire test set"), without a name. */
    boolean benchmarkPart;
    /** Whether that description is of several benchmarks ("challenging benchmarks"), which name no one. */
    boolean benchmarkSeveral;
    /** Whether the benchmark comes from elsewhere in the sentence or paper, not from the number's own words. */
    boolean benchmarkFromSentence;
    TextSpan system;
    /** What a comparison says obtained the number ("compared with 96.54% for XGBoost"): a baseline's own score. */
    TextSpan obtainedBy;
    TextSpan baseline;

    /** The token range of the words that make it a result, for the quote; starts as the number and its unit. */
    int quoteFrom;
    int quoteTo;

    /** The number this one is compared with in its sentence, whose measure it shares ("15.3%, compared to 26.2%"). */
    RowDraft comparedWith;

    /** The number this one ends a range with ("20% to 50%", "9%-19%"): it is of the same kind, metric and benchmark. */
    RowDraft rangeFrom;

    /** The group of coordinated numbers it belongs to ("15.6% and 9.1%"), and whether "respectively" follows it. */
    NumberGroup group;

    /** Which family dropped it and why, or null while it may be a result. */
    String dropped;

    RowDraft(NumberSentence sentence, int tok, String value, int start, int end, char sign) {
        this.sentence = sentence;
        this.tok = tok;
        this.value = value;
        this.start = start;
        this.end = end;
        this.sign = sign;
        this.last = tok;
        this.quoteFrom = tok;
        this.quoteTo = tok + 1;
    }

    boolean alive() {
        return dropped == null;
    }

    void drop(String why) {
        if (dropped == null) {
            dropped = why;
        }
    }

    void cue(ResultKind k, int at, ResultRules.CueSite site) {
        kind = k;
        kindCued = true;
        cueAt = at;
        cueSite = site;
    }

    /** Takes the benchmark of another number, as it was found. */
    void benchmarkOf(RowDraft other) {
        benchmark = other.benchmark;
        benchmarkNames = other.benchmarkNames;
        benchmarkPart = other.benchmarkPart;
        benchmarkSeveral = other.benchmarkSeveral;
        benchmarkFromSentence = other.benchmarkFromSentence;
    }

    /** Widens the quote to hold tokens {@code [from, to)}. */
    void quote(int from, int to) {
        quoteFrom = Math.min(quoteFrom, from);
        quoteTo = Math.max(quoteTo, to);
    }
}
