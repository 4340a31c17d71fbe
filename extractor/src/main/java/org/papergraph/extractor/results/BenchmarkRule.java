package org.papergraph.extractor.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ResultKind;

/**
 * Finds what each number is measured on: the phrase after "on", "in" or "at" that follows it (or its metric) and
 * names a benchmark, dataset or task, or ends in a word such as "benchmark", "test set" or "tasks"
 * ({@code rules/result-benchmark-heads.txt}): "85.3% on GSM8K", "58.7 box AP on COCO test-dev", "9% in the GSM8K
 * task"; the name before a bracketed number ("GSM8K (+17.9%)"); a phrase that opens the sentence ("On the WMT 2014
 * English-to-French translation task, ..."). A model or method there ("a 0.54% gain on Qwen2.5-1.5B-Instruct") is
 * what was improved, not a benchmark. Coordinated names are paired in order with a list of as many numbers ("on
 * CoSOD3k and CoSal2015, respectively"); a list's benchmark written after its last number is every member's; a
 * sentence's only benchmark is also that of its differences (gains, reductions, ratios) that name none.
 */
final class BenchmarkRule implements ResultRule {

    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "for");
    private static final Set<String> OPENING = Set.of("on", "in", "at", "across", "for");
    /** Words that end a benchmark phrase. */
    private static final Set<String> STOPS = Set.of(",", ";", ".", "(", ")", ":", "while", "with", "using", "compared",
            "than", "over", "by", "across", "respectively", "when", "which", "that", "where", "without", "under",
            "after", "before", "via", "through", "against", "from", "to", "for", "in", "on", "at", "of", "as", "and");
    /** Nouns after "on" that make an adverbial, not a benchmark: "on average". */
    private static final Set<String> LOOSE_NOT = Set.of("average", "top", "par", "demand", "time", "purpose");
    private static final Set<ConceptType> MEASURED_ON = Set.of(ConceptType.BENCHMARK, ConceptType.DATASET, ConceptType.TASK);

    private final Phrases phrases;

    BenchmarkRule(Phrases phrases) {
        this.phrases = phrases;
    }

    /** A benchmark phrase: its span, and the names it coordinates ("CoSOD3k and CoSal2015"). */
    private record Found(TextSpan span, List<TextSpan> names, int to) {
    }

    @Override
    public void apply(NumberSentence s, List<RowDraft> drafts, PaperContext paper) {
        for (NumberGroup g : NumberGroup.groups(drafts)) {
            RowDraft last = g.last();
            Found found = null;
            for (RowDraft d : g.members) {
                if (d.benchmark != null || d.size) {
                    continue;
                }
                Found f = after(s, d);
                if (f == null) {
                    f = bracketed(s, d);
                }
                if (f != null) {
                    d.benchmark = f.span;
                    if (d == last) {
                        found = f;
                    }
                }
            }
            if (found != null && g.members.size() > 1) {
                spread(g, found);
            }
        }
        annotations(s, drafts);
        for (int i = 1; i < drafts.size(); i++) {
            RowDraft a = drafts.get(i - 1);
            RowDraft b = drafts.get(i);
            if (a.alive() && b.alive() && NumberGroup.fromTo(s, a, b)) {
                // "from 72.1% to 85.3% on MMLU", "math reasoning (34.2% -> 38.8%)": both scores are on the same.
                a.benchmark = a.benchmark != null ? a.benchmark : b.benchmark;
                b.benchmark = b.benchmark != null ? b.benchmark : a.benchmark;
            }
        }
        Found opening = opening(s);
        TextSpan only = only(drafts);
        if (opening != null) {
            for (NumberGroup g : NumberGroup.groups(drafts)) {
                if (g.members.stream().allMatch(m -> m.benchmark == null) && opening.names.size() > 1
                        && opening.names.size() == g.members.size()) {
                    spread(g, opening); // "On GSM8K and MATH, it reaches 85.3% and 71.2%"
                }
            }
        }
        for (RowDraft d : drafts) {
            if (!d.alive() || d.benchmark != null || d.size) {
                continue;
            }
            if (opening != null) {
                d.benchmark = opening.span;
            } else if (only != null && d.kind != ResultKind.ABSOLUTE) {
                d.benchmark = only;
            }
        }
    }

    /** The benchmark phrase after the number, its metric and "respectively". */
    private Found after(NumberSentence s, RowDraft d) {
        int j = Math.max(d.last, Math.max(d.metricTo - 1, d.cueAt)) + 1;
        if (s.lower(j).equals("respectively") || s.lower(j).equals(",") && s.lower(j + 1).equals("respectively")) {
            j = s.lower(j).equals(",") ? j + 2 : j + 1;
        }
        if (s.lower(j).equals("(")) {
            Found f = phrase(s, j + 1); // "85.3% accuracy (GSM8K)"
            return f != null && s.lower(f.to).equals(")") && f.names.size() == 1 ? f : null;
        }
        if (!PREPOSITIONS.contains(s.lower(j))) {
            return null;
        }
        Found f = phrase(s, j + 1);
        if (f == null && d.kind != ResultKind.ABSOLUTE) {
            f = loose(s, j + 1);
        }
        if (f == null && systemAt(s, j + 1)) {
            // "improvements of 45% on Yi-1.5-9B for legal tasks": past the model improved, to what it is measured on.
            int next = phrases.end(s, phrases.skipOpeners(s, j + 1, s.size()));
            if (PREPOSITIONS.contains(s.lower(next))) {
                f = phrase(s, next + 1);
            }
        }
        if (f != null) {
            d.quote(d.tok, f.to);
        }
        return f;
    }

    private static boolean systemAt(NumberSentence s, int from) {
        int i = from;
        while (i < s.size() && (s.tag(i).equals("DT") || s.tag(i).equals("PRP$"))) {
            i++;
        }
        return s.conceptOf(i, ConceptType.MODEL, ConceptType.METHOD);
    }

    /**
     * A difference may take as its benchmark a short noun phrase no rule knows ("+6.8 EPDMS on navhard"): a wrong one
     * costs little there, while a score reached takes only a benchmark some rule vouches for, since a leaderboard row
     * on a wrong benchmark is worse than none.
     */
    private Found loose(NumberSentence s, int from) {
        from = phrases.skipOpeners(s, from, s.size());
        int to = from;
        // The tagger takes an unknown name for any kind of noun or adjective ("navtest/JJS").
        while (to < s.size() && to < from + 3 && (phrases.inPhrase(s, to) || s.tag(to).startsWith("JJ"))
                && !STOPS.contains(s.lower(to))) {
            to++;
        }
        if (to == from || !(s.tag(to - 1).startsWith("NN") || s.tag(to - 1).startsWith("JJ"))
                || LOOSE_NOT.contains(s.lower(to - 1))
                || s.conceptOf(to - 1, ConceptType.MODEL, ConceptType.METHOD, ConceptType.METRIC)) {
            return null;
        }
        TextSpan span = s.span(from, to);
        return new Found(span, List.of(span), to);
    }

    /**
     * "GSM8K (+17.9%)", "CIFAR-100 (91.7%)", "GSM8K: 85.3%": a name just before the bracket that holds the number, or
     * before a colon.
     */
    private Found bracketed(NumberSentence s, RowDraft d) {
        int k = d.tok - 1;
        while (k >= 0 && (s.lower(k).equals("+") || s.lower(k).equals("~"))) {
            k--;
        }
        // The bracket may hold a score before and after: "math reasoning (34.2% -> 38.8%)".
        int closes = d.group != null ? d.group.last().last + 1 : d.last + 1;
        boolean bracket = s.lower(k).equals("(") && (s.lower(d.last + 1).equals(")") || s.lower(closes).equals(")"));
        if (k < 1 || !bracket && !s.lower(k).equals(":")) {
            return null;
        }
        int name = k - 1;
        ConceptSpan c = s.conceptAt(name);
        // What a bracket annotates is what its number is on, a general task as well ("math reasoning (34.2%)").
        if (c != null && MEASURED_ON.contains(c.type()) && c.tokTo() == name + 1) {
            d.quote(c.tokFrom(), d.last + 2);
            return new Found(s.span(c.tokFrom(), c.tokTo()), List.of(), name + 1);
        }
        if (c == null && s.isNumber(name) && name > 0 && s.capitalised(name - 1) && !s.glued(name)) {
            return new Found(s.span(name - 1, name + 1), List.of(), name + 1); // "AIME 2024 (79.8%)"
        }
        if (c == null && (s.nameShaped(name) || s.tag(name).equals("NNP") && s.capitalised(name))) {
            d.quote(name, d.last + 2);
            return new Found(s.span(name, name + 1), List.of(), name + 1);
        }
        return null;
    }

    /**
     * Whether a concept names what results are measured on: a benchmark or dataset, or a task when it is a named one
     * ("RTE", "the GSM8K task"); a general task ("reasoning") is not, unless a benchmark word heads the phrase
     * ("coding tasks").
     */
    private static boolean measuredOn(NumberSentence s, ConceptSpan c) {
        return MEASURED_ON.contains(c.type()) && (c.type() != ConceptType.TASK || c.specific()
                || c.tokTo() - c.tokFrom() == 1 && s.nameShaped(c.tokFrom()));
    }

    /**
     * "On the WMT 2014 English-to-French translation task, our model ...", "Across GSM8K and MATH, ...": a phrase that
     * opens the sentence and names what it is measured on.
     */
    private Found opening(NumberSentence s) {
        if (s.size() < 3 || !OPENING.contains(s.lower(0))) {
            return null;
        }
        Found f = phrase(s, 1);
        return f != null && !f.names.isEmpty() && s.lower(f.to).equals(",") ? f : null;
    }

    /** "80.5% on RTE (+3.2%)": a number in brackets right after another's words is measured on the same. */
    static void annotations(NumberSentence s, List<RowDraft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            RowDraft d = drafts.get(i);
            RowDraft before = drafts.get(i - 1);
            if (d.alive() && before.alive() && d.benchmark == null && annotates(s, before, d)) {
                d.benchmark = before.benchmark;
            }
        }
    }

    /** Whether {@code d} opens a bracket right after the words of the number {@code before}. */
    static boolean annotates(NumberSentence s, RowDraft before, RowDraft d) {
        int k = d.tok - 1;
        while (k >= 0 && (s.lower(k).equals("+") || s.lower(k).equals("~"))) {
            k--;
        }
        return k > 0 && s.lower(k).equals("(") && k == before.quoteTo;
    }

    /** The one benchmark the sentence's numbers name, or null when they name none or several. */
    private static TextSpan only(List<RowDraft> drafts) {
        TextSpan only = null;
        for (RowDraft d : drafts) {
            if (d.alive() && d.benchmark != null) {
                if (only != null && !only.text().equals(d.benchmark.text())) {
                    return null;
                }
                only = d.benchmark;
            }
        }
        return only;
    }

    /**
     * The phrase from {@code from} if it names what a result is measured on: a benchmark, dataset or task the concept
     * rules found, a name no rule typed as a model or method, or a phrase ending in a benchmark word.
     */
    private Found phrase(NumberSentence s, int from) {
        from = phrases.skipOpeners(s, from, s.size());
        int to = from;
        boolean measured = false;
        boolean system = false;
        List<TextSpan> names = new ArrayList<>();
        while (to < s.size() && to < from + Phrases.MAX + 2) {
            String w = s.lower(to);
            // Coordinated names: "CoSOD3k and CoSal2015", "GSM8K, MATH and SVAMP".
            int next = w.equals(",") && s.lower(to + 1).equals("and") ? to + 2 : to + 1;
            ConceptSpan nextConcept = s.conceptAt(next);
            if ((w.equals("and") || w.equals(",")) && to > from && !names.isEmpty() && next < s.size()
                    && (nextConcept != null ? measuredOn(s, nextConcept) : s.nameShaped(next) || s.lower(next).equals("the"))) {
                to = next;
                continue;
            }
            boolean modifier = (s.tag(to).equals("VBG") || s.tag(to).equals("VBN")) && s.tag(to + 1).startsWith("NN");
            if (STOPS.contains(w) || s.isVerb(to) && !modifier || s.isNumber(to) && !s.glued(to) && to > from
                    && !s.capitalised(to - 1) || s.tag(to).equals("RB")) {
                break;
            }
            ConceptSpan c = s.conceptAt(to);
            if (c != null && c.tokFrom() >= from) {
                if (measuredOn(s, c)) {
                    measured = true;
                    names.add(s.span(c.tokFrom(), Math.min(c.tokTo(), s.size())));
                } else if (c.type() == ConceptType.MODEL || c.type() == ConceptType.METHOD) {
                    system = true;
                }
                to = Math.max(to + 1, c.tokTo());
                continue;
            }
            // A name the concept rules did not type: shaped like one (GSM8K), or a capitalised proper noun (Flowers).
            if (s.nameShaped(to) || s.tag(to).equals("NNP") && s.capitalised(to)) {
                measured = true;
                names.add(s.span(to, to + 1));
            }
            to++;
        }
        if (to <= from) {
            return null;
        }
        boolean head = phrases.benchmarkHead(s, from, to);
        if (!(measured || head) || system && !head) {
            return null;
        }
        return new Found(s.span(from, to), names, to);
    }

    /** Gives a list's members a benchmark phrase: its names in order when it names as many, else the whole. */
    private static void spread(NumberGroup g, Found found) {
        boolean paired = found.names.size() == g.members.size() && (g.respectively || found.names.size() > 1);
        for (int i = 0; i < g.members.size(); i++) {
            RowDraft m = g.members.get(i);
            if (paired) {
                m.benchmark = found.names.get(i);
            } else if (m.benchmark == null) {
                m.benchmark = found.span;
            }
        }
    }
}
