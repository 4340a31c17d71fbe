package org.papergraph.extractor.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ResultKind;

/**
 * Finds what each number is measured on. In the words of the number: the phrase after "on", "in", "at" or "for" that
 * follows it (or its metric, or a setting such as "in 24 epochs") and names a benchmark, dataset or task, or ends in a
 * word such as "benchmark", "test set" or "tasks" ({@code rules/result-benchmark-heads.tsv}): "85.3% on GSM8K", "58.7
 * box AP on COCO test-dev", "9% in the GSM8K task"; the named phrase that ends at its "from" ("on MATH from 30.5% to
 * 40.3%"); a name in brackets after it ("85.3% (GSM8K)"); the name before the bracket or colon that holds it ("GSM8K
 * (+17.9%)", "the Path-X challenge (seq. length 16K, 61.4% accuracy) and Path-256 (...)", "GSM8K: 85.3%"). A model or
 * method there ("a 0.54% gain on Qwen2.5-1.5B-Instruct") is what was improved, and what "for" names after a score
 * compared with ("compared with 96.54% for XGBoost") obtained it: neither is a benchmark. Coordinated names are paired
 * in order with a list of as many numbers ("on CoSOD3k and CoSal2015, respectively"); a list's benchmark written after
 * a number is that of the numbers before it. Else, from the number's clause (a semicolon ends one): the phrase that
 * opens it ("On the WMT 2014 English-to-French task, ..."), the one benchmark it names in an "on" or "in" phrase before
 * the number (not what a model is trained on), the one benchmark its other numbers name (for differences only); else
 * what the paper proposes, if it proposes a benchmark or dataset and no system. A description without a name ("the
 * entire test set") gives way to the one name the sentence gives, unless another number has it by its own words, else
 * to the last one the paper named before ("the same dataset", "On the test data, ..."). ({@code
 * rules/result-benchmark-heads.tsv} says which heads describe a part of some benchmark and which a benchmark of its
 * own.)
 *
 * <p>A benchmark is given only where the sentence ties it to the number, none rather than a guess: words that name
 * several benchmarks give each number one of them only in a one-to-one alignment with a list, an average over a plural
 * ("an average of 76.3% ... on STS tasks") is on none, and an average ("on average", "an average of") takes none from
 * elsewhere in its sentence but its clause's opening.
 */
final class BenchmarkRule implements ResultRule {

    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "for");
    private static final Set<String> OPENING = Set.of("on", "in", "at", "across", "for");
    /** Words that end a benchmark phrase. */
    private static final Set<String> STOPS = Set.of(",", ";", ".", "(", ")", ":", "while", "with", "using", "compared",
            "than", "over", "by", "across", "respectively", "when", "which", "that", "where", "without", "under",
            "after", "before", "via", "through", "against", "from", "to", "for", "in", "on", "at", "of", "as", "and", "-",
            "\u2013", "\u2014", "--");
    /** Nouns after "on" that make an adverbial, not a benchmark: "on average". */
    private static final Set<String> LOOSE_NOT = Set.of("average", "top", "par", "demand", "time", "purpose", "majority",
            "most", "all", "half", "whole");
    /** Verbs before "on" that name what a model learns from, not what it is measured on. */
    private static final Set<String> TRAINING = Set.of("pretrain", "pre-train", "distill", "pre-trained", "pretrained");
    /** Prepositions of a setting between a number and what it is measured on: "in 24 epochs", "at 90% recall". */
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("in", "at", "with", "after", "using", "within");
    /** Words after a number that compare it with something before what it is measured on. */
    private static final Set<String> COMPARED = Set.of("compared", "over", "than", "relative", "versus", "vs", "vs.",
            "against");
    /** Words before a score that make it the score of what a sentence compares with: "compared with 96.54%". */
    private static final Set<String> COMPARING_BEFORE = Set.of("compared", "against", "versus", "vs", "vs.", "than",
            "whereas", "comparable");
    /** Words that open a phrase referring to a benchmark named before: "the same dataset", "this benchmark". */
    private static final Set<String> ANAPHORA = Set.of("same", "this", "these", "that", "those", "the same");
    private static final Set<ConceptType> MEASURED_ON = Set.of(ConceptType.BENCHMARK, ConceptType.DATASET, ConceptType.TASK);

    /** Nouns whose "of" phrase names what they are a part of: "a representative subset of the MATH test set". */
    private static final Set<String> PARTS_OF = Set.of("subset", "split", "portion", "part", "version", "variant",
            "suite", "collection");

    private final ResultRules rules;
    private final Phrases phrases;

    BenchmarkRule(ResultRules rules, Phrases phrases) {
        this.rules = rules;
        this.phrases = phrases;
    }

    /**
     * A benchmark phrase: its span, the names it coordinates ("CoSOD3k and CoSal2015"), where it ends, and whether it
     * only describes a part of some benchmark ("the entire test set").
     */
    private record Found(TextSpan span, List<TextSpan> names, int to, boolean part, boolean several) {
        boolean named() {
            return !names.isEmpty();
        }
    }

    @Override
    public void apply(NumberSentence s, List<RowDraft> drafts, PaperContext paper) {
        List<Found> found = new ArrayList<>();
        // Each clause (a semicolon ends one) may open with what its numbers are measured on.
        Found[] openings = new Found[s.size()];
        for (int at = 0; at < s.size(); at = clauseEnd(s, at) + 1) {
            openings[at] = opening(s, at);
        }
        for (NumberGroup g : NumberGroup.groups(drafts)) {
            Found[] own = new Found[g.members.size()];
            boolean compared = comparedScore(s, g.first());
            for (int i = own.length - 1; i >= 0 && compared; i--) {
                RowDraft d = g.members.get(i);
                d.obtainedBy = obtainedBy(s, d);
                if (d.obtainedBy == null && i + 1 < own.length) {
                    d.obtainedBy = g.members.get(i + 1).obtainedBy; // "compared with 42.1 and 78.0 for Faster R-CNN"
                }
            }
            for (int i = 0; i < own.length; i++) {
                RowDraft d = g.members.get(i);
                if (d.benchmark == null && !d.size && d.obtainedBy == null) {
                    own[i] = after(s, d);
                    if (own[i] == null) {
                        own[i] = beforeFrom(s, d);
                    }
                    if (own[i] != null) {
                        set(d, own[i]);
                        found.add(own[i]);
                    }
                }
            }
            // "On the Penn Treebank, it reaches a perplexity of 54.5, and 18.3 on WikiText-103": the opening's
            spread(g, own, openings[clauseStart(s, g.first().tok)] == null);
            for (RowDraft d : g.members) {
                // "object detection (58.7 box AP and 51.1 mask AP on COCO test-dev)": the words after come first.
                Found f = d.benchmark == null && !d.size ? bracketed(s, d) : null;
                if (f != null) {
                    set(d, f);
                    found.add(f);
                }
            }
        }
        shareWithinBrackets(s, drafts);
        for (RowDraft d : drafts) {
            if (d.alive() && d.benchmark == null && d.comparedWith != null && d.comparedWith.benchmark != null) {
                d.benchmarkOf(d.comparedWith); // "a score of 3.65 on X, which is 0.09 percent better"
            }
        }
        for (int at = 0; at < s.size(); at = clauseEnd(s, at) + 1) {
            Found opening = openings[at];
            if (opening != null) {
                found.add(opening);
                for (NumberGroup g : NumberGroup.groups(drafts)) {
                    if (clauseStart(s, g.first().tok) == at && g.members.stream().allMatch(m -> m.benchmark == null)
                            && opening.names.size() > 1 && opening.names.size() == g.members.size()) {
                        pair(g, opening); // "On GSM8K and MATH, it reaches 85.3% and 71.2%"
                    }
                }
            }
        }
        Found only = only(found);
        for (RowDraft d : drafts) {
            if (!d.alive() || d.benchmark != null || d.size) {
                continue;
            }
            if (d.kind == ResultKind.ABSOLUTE && unreadOn(s, d)) {
                continue; // "On LibriSpeech, we achieve 6.8% WER on test-other": its own words say a part no rule reads
            }
            Found opening = openings[clauseStart(s, d.tok)];
            if (opening != null) {
                set(d, opening);
                continue;
            }
            if (averaged(s, d) || d.group != null && averaged(s, d.group.first())) {
                continue; // "3.1 points better on average across the 8 GLUE tasks and 88.1 on MNLI": over several
            }
            Found before = namedBefore(s, d);
            if (before != null) {
                set(d, before);
            } else if (only != null && d.kind != ResultKind.ABSOLUTE) {
                set(d, only);
            } else if (paper.ownBenchmark != null && paper.ownName == null) {
                // A paper that proposes a dataset and no system of its own reports results on its dataset:
                // "We present SQuAD ... a logistic regression model achieves an F1 score of 51.0%".
                d.benchmark = paper.ownBenchmark;
            }
            d.benchmarkFromSentence = d.benchmark != null;
        }
        respectively(drafts);
        oneToOne(drafts);
        averages(s, drafts);
        named(s, drafts, paper);
        slashed(s, drafts);
    }

    /**
     * Names joined by a slash pair in order with numbers joined by one ("7.2%/14.6% on the Switchboard/CallHome
     * portion"), and so do the sentence's next numbers joined by one, as many ("..., and 6.8%/14.1% with shallow
     * fusion"); in a sentence that joins numbers so, a number that no such pairing reaches is on none of the names,
     * rather than on a guess. Elsewhere a slashed name is one benchmark ("47.78 ROUGE-1 on CNN/DailyMail").
     */
    private static void slashed(NumberSentence s, List<RowDraft> drafts) {
        if (NumberGroup.groups(drafts).stream().noneMatch(g -> g.members.size() > 1 && joinedBySlashes(s, g))) {
            return;
        }
        List<List<TextSpan>> named = new ArrayList<>(); // the slashed names the numbers' words give, in text order
        for (RowDraft d : drafts) {
            List<TextSpan> parts = d.alive() && d.benchmark != null ? slashParts(s, d.benchmark) : List.of();
            if (!parts.isEmpty() && named.stream().noneMatch(n -> n.get(0).start() == parts.get(0).start())) {
                named.add(parts);
            }
        }
        for (NumberGroup g : NumberGroup.groups(drafts)) {
            int size = g.members.size();
            List<TextSpan> pairs = null;
            if (size > 1 && joinedBySlashes(s, g)) {
                for (RowDraft d : g.members) {
                    List<TextSpan> own = d.benchmark != null ? slashParts(s, d.benchmark) : List.of();
                    pairs = pairs == null && own.size() == size ? own : pairs;
                }
                for (List<TextSpan> n : named) {
                    pairs = pairs == null && n.size() == size && n.get(0).start() < g.first().start ? n : pairs;
                }
            }
            for (int i = 0; i < size; i++) {
                RowDraft d = g.members.get(i);
                if (pairs != null) {
                    d.benchmark = pairs.get(i);
                    d.benchmarkNames = List.of(pairs.get(i));
                } else if (d.benchmark != null && !slashParts(s, d.benchmark).isEmpty()) {
                    d.benchmark = null;
                    d.benchmarkNames = List.of();
                }
            }
        }
    }

    /**
     * Whether a score's own words go on with "on" and a short phrase that no rule reads as a benchmark: what it is
     * measured on is that phrase, and a benchmark from elsewhere in the sentence would be a guess at it.
     */
    private boolean unreadOn(NumberSentence s, RowDraft d) {
        int j = Math.max(d.last, Math.max(d.metricTo - 1, d.cueAt)) + 1;
        if (!s.lower(j).equals("on") || s.isNumber(j + 1)) {
            return false;
        }
        for (int k = j + 1; k < s.size() && k <= j + 3; k++) {
            if (rules.notBenchmarks.contains(s.lower(k))) {
                return false;
            }
        }
        return loose(s, j + 1) != null;
    }

    /** Whether a list's numbers are joined by slashes only: "7.2%/14.6%", "41.2/38.5". */
    private static boolean joinedBySlashes(NumberSentence s, NumberGroup g) {
        for (int i = 1; i < g.members.size(); i++) {
            RowDraft before = g.members.get(i - 1);
            RowDraft d = g.members.get(i);
            if (d.tok != before.last + 2 || !s.lower(before.last + 1).equals("/")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names a phrase joins with a slash ("the Switchboard/CallHome portion", "WMT14 En-De/En-Fr"): the first with
     * the words before it, the others alone; empty when it joins none.
     */
    private static List<TextSpan> slashParts(NumberSentence s, TextSpan span) {
        String text = span.text();
        int word = 0;
        while (word < text.length()) {
            int end = text.indexOf(' ', word);
            end = end < 0 ? text.length() : end;
            String w = text.substring(word, end);
            if (w.indexOf('/') > 0) {
                List<TextSpan> parts = new ArrayList<>();
                int from = word;
                for (String part : w.split("/", -1)) {
                    if (part.length() < 2 || part.chars().noneMatch(Character::isLetter)) {
                        return List.of(); // "w/o", "1/2"
                    }
                    int start = span.start() + (parts.isEmpty() ? 0 : from);
                    parts.add(s.chars(start, span.start() + from + part.length()));
                    from += part.length() + 1;
                }
                return parts;
            }
            word = end + 1;
        }
        return List.of();
    }

    /**
     * An average written over words that end in a plural ("an average of 76.3% ... on standard STS tasks", "averages
     * 71.2 on the reasoning benchmarks") covers several benchmarks and is on none of them.
     */
    private static void averages(NumberSentence s, List<RowDraft> drafts) {
        for (NumberGroup g : NumberGroup.groups(drafts)) {
            if (!averaged(s, g.first())) {
                continue;
            }
            for (RowDraft d : g.members) {
                int last = d.benchmark == null ? -1 : tokenEndingAt(s, d.benchmark.end());
                if (last >= 0 && (s.tag(last).equals("NNS") || s.tag(last).equals("NNPS"))) {
                    d.benchmark = null;
                    d.benchmarkNames = List.of();
                }
            }
        }
    }

    /** "an average of 76.3%", "average accuracy of 76.3%", "averages 71.2", "76.3% on average". */
    private static boolean averaged(NumberSentence s, RowDraft d) {
        for (int k = d.last + 1; k < s.size() - 1 && k <= Math.max(d.last, d.cueAt) + 2; k++) {
            if (s.lower(k).equals("on") && s.lower(k + 1).equals("average")) {
                return true; // "76.3% on average", "3.1 points better on average"
            }
        }
        for (int k = d.tok - 1; k >= 0 && k >= d.tok - 4; k--) {
            String w = s.tok(k).lemma();
            if (w.equals("average") || w.equals("mean") || w.equals("averaged")) {
                return true;
            }
            if (s.isVerb(k) && !w.equals("average") || s.lower(k).equals(",")) {
                break;
            }
        }
        return false;
    }

    private static int tokenEndingAt(NumberSentence s, int end) {
        for (int i = 0; i < s.size(); i++) {
            if (s.tok(i).end() == end) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "57.1% on AIME and 94.8% on MATH, improving from previous models' 6.5% and 59.2% respectively": a list without
     * benchmarks that "respectively" follows takes in order those its numbers' own words give an earlier list of as many.
     */
    private static void respectively(List<RowDraft> drafts) {
        List<NumberGroup> groups = NumberGroup.groups(drafts);
        for (int g = 1; g < groups.size(); g++) {
            NumberGroup group = groups.get(g);
            if (!group.respectively || group.members.stream().anyMatch(m -> m.benchmark != null)) {
                continue;
            }
            for (int e = g - 1; e >= 0; e--) {
                List<RowDraft> earlier = groups.get(e).members;
                if (earlier.size() == group.members.size() && earlier.stream().allMatch(m -> m.benchmark != null
                        && !m.benchmarkFromSentence && !m.benchmarkPart)
                        && earlier.stream().map(m -> m.benchmark.text()).distinct().count() == earlier.size()) {
                    for (int i = 0; i < earlier.size(); i++) {
                        group.members.get(i).benchmarkOf(earlier.get(i));
                    }
                    break;
                }
            }
        }
    }

    /**
     * Words that name several benchmarks are the benchmark of no one number, unless they pair one name with each number
     * of a list in order ("on PASCAL VOC 2012 and Cityscapes datasets, achieving 89.0% and 82.1%"): a number on an
     * unknown one of them is left without a benchmark rather than given a guess.
     */
    private static void oneToOne(List<RowDraft> drafts) {
        for (NumberGroup g : NumberGroup.groups(drafts)) {
            TextSpan shared = g.first().benchmark;
            int names = g.first().benchmarkNames.size();
            if (names > 1 && names == g.members.size() && g.members.stream().allMatch(m -> m.benchmark != null
                    && m.benchmark.start() == shared.start() && m.benchmark.end() == shared.end())) {
                pair(g, new Found(shared, g.first().benchmarkNames, 0, false, false));
            }
        }
        for (RowDraft d : drafts) {
            if (d.alive() && d.benchmarkNames.size() > 1) {
                d.benchmark = null;
                d.benchmarkNames = List.of();
            }
        }
    }

    private static void set(RowDraft d, Found f) {
        d.benchmark = f.span;
        d.benchmarkNames = f.names;
        d.benchmarkPart = f.part();
        d.benchmarkSeveral = f.several();
    }

    /** The benchmark phrase after the number, its metric and "respectively". */
    private Found after(NumberSentence s, RowDraft d) {
        int j = Math.max(d.last, Math.max(d.metricTo - 1, d.cueAt)) + 1;
        if (s.lower(j).equals("respectively") || s.lower(j).equals(",") && s.lower(j + 1).equals("respectively")) {
            j = s.lower(j).equals(",") ? j + 2 : j + 1;
        }
        if (s.lower(j).equals("(")) {
            Found f = phrase(s, j + 1); // "85.3% accuracy (GSM8K)"
            if (f != null && s.lower(f.to).equals(")") && f.names.size() == 1) {
                return f;
            }
            j = closing(s, j) + 1; // "83.1% (single-crop evaluation) on ImageNet"
        }
        if (s.lower(j).equals("of") && !PREPOSITIONS.contains(s.lower(j + 1))) {
            // "96.8% the performance of its teacher on GLUE", "78% of problems from a subset of the MATH test set"
            int k = phrases.end(s, phrases.skipOpeners(s, j + 1, s.size()));
            if (k - j <= 5 && (PREPOSITIONS.contains(s.lower(k)) || s.lower(k).equals("from"))) {
                j = k;
            }
        }
        if (s.lower(j).equals("from") && j > d.last + 1 && s.lower(j - 1).equals("of") == false) {
            Found f = phrase(s, j + 1);
            if (f != null && f.named()) {
                d.quote(d.tok, f.to);
                return f;
            }
        }
        while (SETTING_PREPOSITIONS.contains(s.lower(j)) && s.isNumber(j + 1) && !s.glued(j + 1)) {
            // "51.3AP in 24 epochs on COCO", "80.1% precision at 90% recall on LVIS": past the setting
            int k = j + 2;
            while (k < s.size() && (s.lower(k).equals("%") || s.tag(k).startsWith("NN") || s.tag(k).startsWith("JJ"))
                    && !PREPOSITIONS.contains(s.lower(k))) {
                k++;
            }
            if (k == j + 2 || !PREPOSITIONS.contains(s.lower(k))) {
                break;
            }
            j = k;
        }
        if (COMPARED.contains(s.lower(j))) {
            // "a 85.1% relative score compared with GPT-4 on a synthetic ... dataset"
            int k = j + (s.lower(j + 1).equals("with") || s.lower(j + 1).equals("to") ? 2 : 1);
            k = phrases.end(s, phrases.skipOpeners(s, k, s.size()));
            if (k < s.size() && PREPOSITIONS.contains(s.lower(k))) {
                j = k;
            }
        }
        if (!PREPOSITIONS.contains(s.lower(j)) || s.isNumber(j + 1) && !s.glued(j + 1)) {
            return null; // "2.1% higher than MobileNetV2 at 74.9%": another number, not what this one is on
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

    /**
     * Whether a score is that of what the sentence compares with: "compared with 96.54%", "against 36.5", "comparable
     * to a MOS of 4.58", within a few words of determiners, hedges and the metric's name.
     */
    private boolean comparedScore(NumberSentence s, RowDraft d) {
        for (int k = d.tok - 1; k >= 0 && k >= d.tok - 6; k--) {
            String w = s.lower(k);
            if (COMPARING_BEFORE.contains(w)) {
                return true;
            }
            if (!(w.equals("to") || w.equals("with") || w.equals("of") || w.equals("~") || w.equals("+")
                    || s.tag(k).equals("DT") || s.tag(k).startsWith("NN") || s.tag(k).startsWith("JJ")
                    || s.tag(k).equals("RB") || phrases.metricWord(s, k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "compared with 96.54% for XGBoost", "against 0.768 for the best GraphSAGE variant": what the "for" right after a
     * compared score's words names obtained it, unless it names a benchmark ("compared to 60% for GSM8K").
     */
    private TextSpan obtainedBy(NumberSentence s, RowDraft d) {
        int j = Math.max(d.last, d.metricTo - 1) + 1;
        if (!s.lower(j).equals("for")) {
            return null;
        }
        int from = phrases.skipOpeners(s, j + 1, s.size());
        ConceptSpan c = s.conceptAt(from);
        if (c != null && (c.type() == ConceptType.BENCHMARK || c.type() == ConceptType.DATASET)
                || phrases.benchmarkHead(s, from, phrases.end(s, from))) {
            return null;
        }
        TextSpan named = phrases.compared(s, from);
        if (named != null) {
            int to = from;
            while (to < s.size() && s.tok(to).end() <= named.end()) {
                to++;
            }
            d.quote(d.tok, to);
        }
        return named;
    }

    /** "improves accuracy on GSM8K from 70.1% to 80.2% and on MATH from 30.5%": the named phrase that ends at "from". */
    private Found beforeFrom(NumberSentence s, RowDraft d) {
        int from = d.tok - 1;
        if (!s.lower(from).equals("from")) {
            return null;
        }
        for (int on = from - 1; on >= 0 && on >= from - Phrases.MAX - 1; on--) {
            if (PREPOSITIONS.contains(s.lower(on))) {
                Found f = trainedOn(s, on) ? null : phrase(s, on + 1);
                return f != null && f.named() && f.to == from ? f : null;
            }
        }
        return null;
    }

    /** The bracket that closes the one open at {@code open}, or the sentence's last token. */
    private static int closing(NumberSentence s, int open) {
        for (int k = open + 1; k < s.size(); k++) {
            if (s.lower(k).equals(")")) {
                return k;
            }
        }
        return s.size() - 1;
    }

    /** Whether a concept stands as the subject of the verb right after it: "TabNet reaches". */
    private static boolean subjectAt(NumberSentence s, ConceptSpan c) {
        return s.isVerb(c.tokTo()) && !s.tag(c.tokTo()).equals("VBG");
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
        return new Found(span, List.of(span), to, false, false);
    }

    /**
     * "GSM8K (+17.9%)", "math reasoning (34.2% -> 38.8%)", "the Path-X challenge (seq. length 16K, 61.4% accuracy)",
     * "GSM8K: 85.3%": what stands just before the bracket that holds the number, or before a colon. What a bracket
     * annotates is what its number is on, a general task as well.
     */
    private Found bracketed(NumberSentence s, RowDraft d) {
        int k = d.tok - 1;
        while (k >= 0 && (s.lower(k).equals("+") || s.lower(k).equals("~"))) {
            k--;
        }
        if (k < 1 || !s.lower(k).equals(":")) {
            k = openingBracket(s, d.tok);
        }
        if (k < 1) {
            return null;
        }
        int name = k - 1;
        ConceptSpan c = s.conceptAt(name);
        if (c != null && MEASURED_ON.contains(c.type()) && c.tokTo() == name + 1) {
            d.quote(c.tokFrom(), d.last + 1);
            TextSpan span = s.span(c.tokFrom(), c.tokTo());
            return new Found(span, List.of(span), name + 1, false, false);
        }
        String joint = c == null ? "" : s.lower(c.tokFrom() - 1);
        if (c != null && c.tokTo() == name + 1 && (joint.equals("and") || joint.equals(","))
                && s.lower(c.tokFrom() - 2).equals(")") && bracketHostBefore(s, c.tokFrom() - 2)) {
            // "the Path-X challenge (..., 61.4% accuracy) and Path-256 (..., 63.1% accuracy)": a name coordinated with
            // a benchmark that a bracket annotates is what its own bracket is on, whatever it was taken for
            d.quote(c.tokFrom(), d.last + 1);
            TextSpan span = s.span(c.tokFrom(), c.tokTo());
            return new Found(span, List.of(span), name + 1, false, false);
        }
        if (c != null) {
            return null;
        }
        if (rules.notBenchmarks.contains(s.lower(name))) {
            return null; // "per A100 GPU (72% model FLOPs utilization)"
        }
        if (s.isNumber(name) && name > 0 && s.capitalised(name - 1) && !s.glued(name)) {
            TextSpan span = s.span(name - 1, name + 1); // "AIME 2024 (79.8%)"
            return new Found(span, List.of(span), name + 1, false, false);
        }
        if (s.nameShaped(name) || s.tag(name).startsWith("NN") && s.capitalised(name) && name > 0) {
            d.quote(name, d.last + 1);
            TextSpan span = s.span(name, name + 1); // "Flowers (98.8%)"
            return new Found(span, List.of(span), name + 1, false, false);
        }
        int from = phrases.skipOpeners(s, phrases.start(s, name + 1), name + 1);
        if (from <= name && phrases.benchmarkHead(s, from, name + 1)) {
            Found f = phrase(s, from); // "the Path-X challenge (...)"
            return f != null && f.to == name + 1 ? f : null;
        }
        return null;
    }

    /** Whether the bracket that closes at {@code close} annotates a benchmark: "the Path-X challenge (...)". */
    private boolean bracketHostBefore(NumberSentence s, int close) {
        int open = close - 1;
        while (open > 0 && !s.lower(open).equals("(")) {
            open--;
        }
        if (open < 1) {
            return false;
        }
        ConceptSpan c = s.conceptAt(open - 1);
        if (c != null) {
            return MEASURED_ON.contains(c.type());
        }
        int from = phrases.skipOpeners(s, phrases.start(s, open), open);
        return from < open && phrases.benchmarkHead(s, from, open);
    }

    /** The bracket, open at token {@code at}, that holds it within its clause, or -1. */
    private static int openingBracket(NumberSentence s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 8; k--) {
            String w = s.lower(k);
            if (w.equals("(")) {
                return k;
            }
            if (w.equals(")") || w.equals(";")) {
                return -1; // a verb may stand inside: "Imagenet (where we obtain up to 85.2% accuracy)"
            }
        }
        return -1;
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
     * opens the clause starting at token {@code clause} and names what it is measured on.
     */
    private Found opening(NumberSentence s, int clause) {
        int at = clause;
        for (int i = clause + 1; i <= clause + 3 && i < s.size(); i++) {
            if (s.lower(i).equals(",") && !OPENING.contains(s.lower(clause))) {
                at = i + 1; // "For instance, in Game of 24, ...", "Notably, on MMLU, ..."
                break;
            }
        }
        if (s.size() < at + 3 || !OPENING.contains(s.lower(at))) {
            return null;
        }
        Found f = phrase(s, at + 1);
        return f != null && (f.named() || f.part()) && s.lower(f.to).equals(",") ? f : null;
    }

    /**
     * "80.5% on RTE (+3.2%)": a number in brackets right after another's words is measured on the same; "from 72.1% to
     * 85.3% on MMLU", "math reasoning (34.2% -> 38.8%)": a score before and after are on the same.
     */
    private static void shareWithinBrackets(NumberSentence s, List<RowDraft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            RowDraft a = drafts.get(i - 1);
            RowDraft b = drafts.get(i);
            if (!a.alive() || !b.alive()) {
                continue;
            }
            if (b.benchmark == null && annotates(s, a, b) || NumberGroup.fromTo(s, a, b) && b.benchmark == null) {
                b.benchmarkOf(a);
            } else if (NumberGroup.fromTo(s, a, b) && a.benchmark == null) {
                a.benchmarkOf(b);
            }
        }
    }

    /** Whether {@code d} opens a bracket right after the words of the number {@code before}. */
    static boolean annotates(NumberSentence s, RowDraft before, RowDraft d) {
        int k = d.tok - 1;
        while (k >= 0 && (s.lower(k).equals("+") || s.lower(k).equals("~"))) {
            k--;
        }
        return k > 0 && s.lower(k).equals("(") && k == Math.max(before.last, before.metricTo - 1) + 1;
    }

    /** The one benchmark phrase the sentence's numbers name, or null when they name none or several. */
    private static Found only(List<Found> found) {
        Found only = null;
        for (Found f : found) {
            if (only != null && !only.span.text().equals(f.span.text())) {
                return null;
            }
            only = f;
        }
        return only;
    }

    /**
     * "we improve upon the best published result on ImageNet classification: reaching 4.9% top-5 error": the one named
     * benchmark of an "on" or "in" phrase before the number in its sentence, unless a model is trained on it.
     */
    private Found namedBefore(NumberSentence s, RowDraft d) {
        Found found = null;
        for (int i = clauseStart(s, d.tok); i < d.tok; i++) {
            if (!(s.lower(i).equals("on") || s.lower(i).equals("in")) || trainedOn(s, i)) {
                continue;
            }
            Found f = phrase(s, i + 1);
            if (f != null && f.named() && f.to <= d.tok) {
                if (found != null && !found.span.text().equals(f.span.text())) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }

    /** The first token of the clause that holds token {@code i}: clauses end at semicolons. */
    private static int clauseStart(NumberSentence s, int i) {
        int k = i - 1;
        while (k >= 0 && !s.lower(k).equals(";")) {
            k--;
        }
        return k + 1;
    }

    /** The semicolon that ends the clause starting at token {@code at}, or the sentence's last token. */
    private static int clauseEnd(NumberSentence s, int at) {
        int k = at;
        while (k < s.size() - 1 && !s.lower(k).equals(";")) {
            k++;
        }
        return k;
    }

    private static boolean trainedOn(NumberSentence s, int on) {
        for (int k = on - 1; k >= 0 && k >= on - 3; k--) {
            if (TRAINING.contains(s.tok(k).lemma()) || TRAINING.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A description that names nothing ("the entire test set") gives way to a benchmark the sentence names; "the same
     * dataset" is the last one named before. The sentence's named benchmark becomes the last one named.
     */
    private void named(NumberSentence s, List<RowDraft> drafts, PaperContext paper) {
        Found sentenceNamed = null;
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if ((PREPOSITIONS.contains(w) || w.equals("of") || w.equals("from")) && !trainedOn(s, i)) {
                Found f = phrase(s, i + 1);
                if (f != null && f.named()) {
                    if (sentenceNamed != null && !sentenceNamed.span.text().equals(f.span.text())) {
                        sentenceNamed = null; // "on Cora and 72.5% on Citeseer, and 0.973 on the PPI dataset": which?
                        break;
                    }
                    sentenceNamed = f;
                    i = f.to - 1;
                }
            }
        }
        if (sentenceNamed != null && (sentenceNamed.names.size() > 1 || claimed(drafts, sentenceNamed.span))) {
            sentenceNamed = null;
        }
        for (RowDraft d : drafts) {
            if (!d.alive() || d.benchmark == null || !d.benchmarkPart) {
                continue;
            }
            if (sentenceNamed != null) {
                set(d, sentenceNamed);
            } else {
                // Another sentence's name stands for "the same dataset" or an opening "On the test data, ...", not for
                // "on the validation set" after a number, which is as much as the sentence says.
                boolean refers = ANAPHORA.stream().anyMatch(a -> d.benchmark.text().toLowerCase(java.util.Locale.ROOT)
                        .startsWith(a + " ")) || d.benchmark.start() < s.tok(Math.min(2, s.size() - 1)).end();
                TextSpan last = d.benchmarkSeveral || !refers ? null
                        : paper.lastNamedBefore(d.sentence.field, d.benchmark.start());
                if (last != null) {
                    d.benchmark = last; // "a BLEU score of 33.3 on the same dataset", "On the test data, ..."
                    d.benchmarkPart = false;
                } else if (d.benchmarkSeveral) {
                    d.benchmark = null; // "across five reasoning benchmarks": several, none of them named
                }
            }
        }

    }

    /**
     * Whether a number has {@code name} as its benchmark by its own words: "COCO val2017 (63.2AP) and test-dev
     * (63.3AP)", where a description stands for something else than the name.
     */
    private static boolean claimed(List<RowDraft> drafts, TextSpan name) {
        for (RowDraft other : drafts) {
            if (other.alive() && other.benchmark != null && !other.benchmarkFromSentence
                    && !other.benchmarkPart && other.benchmark.start() < name.end() && name.start() < other.benchmark.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase from {@code from} if it names what a result is measured on: a benchmark, dataset or task the concept
     * rules found, a name no rule typed as a model or method, or a phrase ending in a benchmark word.
     */
    private Found phrase(NumberSentence s, int from) {
        from = phrases.skipOpeners(s, from, s.size());
        int to = from;
        boolean measured = false;
        boolean coordinated = true; // whether the next name is a new one, not more words of the last
        List<TextSpan> systems = new ArrayList<>();
        List<TextSpan> names = new ArrayList<>();
        int coordinator = -1; // where the last coordinator stands, while no name has followed it
        while (to < s.size() && to < from + Phrases.MAX + 2) {
            String w = s.lower(to);
            // Coordinated names: "CoSOD3k and CoSal2015", "GSM8K, MATH and SVAMP".
            boolean and = w.equals("and") || w.equals(",") && s.lower(to + 1).equals("and");
            int next = w.equals(",") && s.lower(to + 1).equals("and") ? to + 2 : to + 1;
            ConceptSpan nextConcept = s.conceptAt(next);
            if ((w.equals("and") || w.equals(",")) && to > from && !names.isEmpty() && next < s.size()
                    && (nextConcept != null ? measuredOn(s, nextConcept) && (and || !subjectAt(s, nextConcept))
                    : s.nameShaped(next) || and && s.lower(next).equals("the"))) {
                // A comma before a name that a verb follows ends the phrase: "On the X dataset, TabNet reaches";
                // "and" coordinates: "Results on MS MARCO and TREC DL show".
                coordinator = to;
                to = next;
                coordinated = true;
                continue;
            }
            if (rules.notBenchmarks.contains(w)) {
                return null; // "65 FPS on Tesla V100", "on a single GPU"
            }
            if (w.equals("of") && to > from && PARTS_OF.contains(s.tok(to - 1).lemma())) {
                to++; // "a representative subset of the MATH test set"
                continue;
            }
            if (rules.cue(ResultRules.CueSite.VERB, s.tok(to).lemma()) != null && to > from
                    && (s.lower(to + 1).equals("from") || s.lower(to + 1).equals("to") || s.lower(to + 1).equals("by"))) {
                break; // "on AIME 2024 increases/NNS from 15.6%": the verb, whatever its tag
            }
            boolean modifier = (s.tag(to).equals("VBG") || s.tag(to).equals("VBN")) && s.tag(to + 1).startsWith("NN");
            if (w.equals("of") && to > from && to > 1 && s.capitalised(to - 1) && s.tag(to - 1).startsWith("NN")
                    && (s.capitalised(to + 1) || s.isNumber(to + 1))) {
                addName(s, names, to - 1, to + 2, coordinated); // a name with "of" in it: "Game of 24"
                coordinated = false;
                measured = true;
                to += 2;
                continue;
            }
            boolean adverbOfModifier = s.tag(to).equals("RB") && (s.tag(to + 1).startsWith("JJ") || s.tag(to + 1).equals("VBN"));
            if (STOPS.contains(w) || s.isVerb(to) && !modifier || s.isNumber(to) && !s.glued(to) && to > from
                    && !s.capitalised(to - 1) || s.tag(to).equals("RB") && !adverbOfModifier) {
                break;
            }
            ConceptSpan c = s.conceptAt(to);
            if (c != null && c.tokFrom() >= from) {
                if (measuredOn(s, c)) {
                    measured = true;
                    addName(s, names, c.tokFrom(), Math.min(c.tokTo(), s.size()), coordinated);
                    coordinated = false;
                } else if (c.type() == ConceptType.MODEL || c.type() == ConceptType.METHOD) {
                    systems.add(s.span(c.tokFrom(), Math.min(c.tokTo(), s.size())));
                }
                to = Math.max(to + 1, c.tokTo());
                continue;
            }
            // A name the concept rules did not type: shaped like one (GSM8K), or a capitalised noun in the middle of a
            // sentence (Flowers, "Stories Cloze Test"), whatever the tagger says it is.
            if (s.nameShaped(to) || s.tag(to).startsWith("NN") && s.capitalised(to) && to > 0) {
                measured = true;
                addName(s, names, to, to + 1, coordinated);
                coordinated = false;
            }
            to++;
        }
        if (coordinator >= 0 && !names.isEmpty() && names.get(names.size() - 1).end() <= s.tok(coordinator).begin()) {
            to = coordinator; // "WMT'14 dataset, the translations produced by ...": nothing named after the comma
        }
        if (to <= from) {
            return null;
        }
        if (names.size() == 1 && s.lower(to).equals("(") && s.lower(to + 2).equals(")") && alias(s, to + 1)) {
            // "the USA Math Olympiad (AIME)": a name and its short form in brackets are one benchmark
            TextSpan name = s.chars(names.get(0).start(), s.tok(to + 2).end());
            return new Found(s.span(from, to + 3), List.of(name), to + 3, false, false);
        }
        boolean head = phrases.benchmarkHead(s, from, to);
        if (names.isEmpty() && s.lower(to).equals("(") && !s.isNumber(to + 1)) {
            // "two decision making benchmarks (ALFWorld and WebShop)": the names in brackets are the benchmarks
            Found inside = phrase(s, to + 1);
            if (inside != null && inside.named() && s.lower(inside.to).equals(")")) {
                // "two decision making benchmarks (ALFWorld and WebShop)", "commonsense reasoning (Stories Cloze Test)";
                // the phrase goes on after an acronym: "semantic textual similarity (STS) tasks"
                int end = phrases.end(s, inside.to + 1);
                return new Found(s.span(from, end), inside.names, end, false, false);
            }
        }
        if (!(measured || head) || !systems.isEmpty() && !head && !measured) {
            return null;
        }
        if (names.isEmpty() && head) {
            names.addAll(systems); // "the Vicuna benchmark": a model's name before a benchmark word names the benchmark
        }
        boolean part = names.isEmpty() && phrases.partHead(s, from, to);
        return new Found(s.span(from, to), names, to, part, part && phrases.severalHead(s, from, to));
    }

    /** Whether token {@code i} is a short name: a benchmark the concept rules found, or a word shaped like a name. */
    private static boolean alias(NumberSentence s, int i) {
        ConceptSpan c = s.conceptAt(i);
        return c != null ? MEASURED_ON.contains(c.type()) && c.tokFrom() == i && c.tokTo() == i + 1 : s.nameShaped(i);
    }

    /**
     * Adds a name, or, when no coordinator stands between, makes the last one go on to it: "Stories Cloze Test",
     * "Tracking\\_Objects" are one name each, "CoSOD3k and CoSal2015" two.
     */
    private static void addName(NumberSentence s, List<TextSpan> names, int from, int to, boolean coordinated) {
        if (coordinated || names.isEmpty()) {
            names.add(s.span(from, to));
        } else {
            TextSpan last = names.get(names.size() - 1);
            TextSpan longer = s.chars(Math.min(last.start(), s.tok(from).begin()), Math.max(last.end(), s.tok(to - 1).end()));
            names.set(names.size() - 1, longer);
        }
    }

    /**
     * A list's numbers take the benchmark written after them: each the first found at or after it ("+2.7 box AP and
     * +2.6 mask AP on COCO, and +3.2 mIoU on ADE20K"), or, when the last phrase names as many names as the list has
     * numbers ("on CoSOD3k and CoSal2015, respectively"), one name each, in order. Not {@code back} when the clause
     * opens with a benchmark, which is that of the numbers before the one that names its own.
     */
    private static void spread(NumberGroup g, Found[] own, boolean back) {
        Found last = own[own.length - 1];
        if (last != null && own.length > 1 && last.names.size() == own.length
                && (g.respectively || last.names.size() > 1)) {
            pair(g, last);
            return;
        }
        for (int i = own.length - 2; i >= 0 && back; i--) {
            RowDraft m = g.members.get(i);
            RowDraft next = g.members.get(i + 1);
            // only a benchmark written after the next number: "a GLUE score of 89.4, a SQuAD 2.0 F1 of 92.2 and a
            // RACE test accuracy of 89.4" names each before its own number
            if (own[i] == null && m.benchmark == null && next.benchmark != null && next.benchmark.start() >= next.end
                    && !m.size && m.obtainedBy == null) {
                m.benchmarkOf(next);
            }
        }
    }

    private static void pair(NumberGroup g, Found names) {
        for (int i = 0; i < g.members.size(); i++) {
            g.members.get(i).benchmark = names.names.get(i);
            g.members.get(i).benchmarkNames = List.of(names.names.get(i));
            g.members.get(i).benchmarkPart = false;
            g.members.get(i).benchmarkSeveral = false;
        }
    }
}
