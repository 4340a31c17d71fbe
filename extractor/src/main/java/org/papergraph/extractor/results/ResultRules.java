package org.papergraph.extractor.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.nlp.RuleFiles;

/**
 * The rule data files the result rules read ({@code rules/result-*}, and the generic words the concept rules share),
 * so that what a rule knows can be read and changed without touching its code.
 */
final class ResultRules {

    /** What a unit makes of the number it follows; a time is a result only as the value of a metric (latency). */
    enum UnitClass { NONE, PERCENT, POINTS, RATIO, RATE, TIME }

    /** A unit as a sequence of lower-case words, and its class. */
    record Unit(List<String> words, UnitClass unitClass) {
    }

    /** Where a kind cue stands towards the number it classifies. */
    enum CueSite { VERB, NOUN, THAN }

    /** What a cue word says; {@code size} is a comparative that makes the number a size ("smaller"). */
    record Cue(ResultKind kind, boolean size) {
    }

    /** Whether a counted noun never makes a result, or does as what a verb cuts. */
    enum Counted { COUNT, COST }

    /** Units, longest first. */
    final List<Unit> units = new ArrayList<>();
    final Map<String, Counted> counted = new HashMap<>();
    /** Counted nouns a percentage of which is a share of data or cost. */
    final Set<String> shares = new HashSet<>();
    /** Words, or phrases as lists of words, after which a number is a setting, a reference or a statistic. */
    final List<List<String>> settings = new ArrayList<>();
    final Map<CueSite, Map<String, Cue>> cues = new HashMap<>();
    final Set<String> metricWords = new HashSet<>();
    final List<List<String>> baselineCues = new ArrayList<>();
    final List<List<String>> benchmarkHeads = new ArrayList<>();
    /** The heads that name a part or copy of some benchmark ("test set", "dataset"), not a benchmark of their own. */
    final Set<List<String>> partHeads = new HashSet<>();
    /** Of those, the heads that name several ("benchmarks", "test sets"). */
    final Set<List<String>> severalHeads = new HashSet<>();
    /** Words of hardware and settings: a phrase holding one is no benchmark ("on Tesla V100"). */
    final Set<String> notBenchmarks = new HashSet<>();
    /** Modifiers that say nothing of what a phrase names ("a novel", "existing", "strong"). */
    final Set<String> generic = new HashSet<>();

    static ResultRules load() {
        ResultRules r = new ResultRules();
        RuleFiles.lines("result-units.tsv", true, c -> r.units.add(new Unit(words(c[0]), UnitClass.valueOf(c[1].toUpperCase(Locale.ROOT)))));
        r.units.sort(Comparator.comparingInt((Unit u) -> u.words().size()).reversed());
        RuleFiles.lines("result-counted-nouns.tsv", true, c -> {
            r.counted.put(c[0], Counted.valueOf(c[1].toUpperCase(Locale.ROOT)));
            if (c[2].equals("yes")) {
                r.shares.add(c[0]);
            }
        });
        RuleFiles.lines("result-settings.tsv", true, c -> r.settings.add(words(c[0])));
        for (CueSite site : CueSite.values()) {
            r.cues.put(site, new HashMap<>());
        }
        RuleFiles.lines("result-cues.tsv", true, c -> r.cues.get(CueSite.valueOf(c[2].toUpperCase(Locale.ROOT))).put(c[0],
                c[1].equals("size") ? new Cue(null, true) : new Cue(ResultKind.fromLabel(c[1]), false)));
        RuleFiles.lines("result-metrics.txt", false, c -> r.metricWords.add(c[0]));
        RuleFiles.lines("result-baseline-cues.txt", false, c -> r.baselineCues.add(words(c[0])));
        r.baselineCues.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
        RuleFiles.lines("result-benchmark-heads.tsv", true, c -> {
            r.benchmarkHeads.add(words(c[0]));
            if (c[1].startsWith("part")) {
                r.partHeads.add(words(c[0]));
            }
            if (c[1].equals("parts")) {
                r.severalHeads.add(words(c[0]));
            }
        });
        r.benchmarkHeads.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
        RuleFiles.lines("result-not-benchmarks.txt", false, c -> r.notBenchmarks.add(c[0]));
        RuleFiles.lines("generic.txt", false, c -> r.generic.add(c[0]));
        return r;
    }

    /** How a word counts, by its lemma or as written ("data" lemmatises to "datum"), or null. */
    Counted counted(org.papergraph.extractor.nlp.Tok t) {
        Counted c = counted.get(t.lemma());
        return c != null ? c : counted.get(t.lower());
    }

    /** Whether a word is a unit of one word ("points", "x"). */
    boolean unitWord(String lower) {
        return units.stream().anyMatch(u -> u.words().size() == 1 && u.words().get(0).equals(lower));
    }

    Cue cue(CueSite site, String lemma) {
        return cues.get(site).get(lemma);
    }

    private static List<String> words(String phrase) {
        return List.copyOf(Arrays.asList(phrase.toLowerCase(Locale.ROOT).split(" ")));
    }
}
