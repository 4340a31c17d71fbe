package org.papergraph.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.papergraph.extractor.Extraction;
import org.papergraph.extractor.ExtractionWriter;
import org.papergraph.extractor.link.ConceptLinks;

/**
 * Guards extraction quality on the hand-annotated development set: each floor is the level reached
 * when it was set, less a small margin, so a change that loses quality fails here.
 */
class DevSetQualityIT {

    static final Path PAPERS = Path.of("src/test/resources/devset/papers.jsonl");
    static final Path GOLD = Path.of("src/test/resources/devset/gold.jsonl");
    static final Path RESULTS = Path.of("src/test/resources/devset/results.jsonl");
    /** The result rows annotated for the extractor's tests, from abstracts outside the example corpus. */
    static final Path OWN_SETS = Path.of("../extractor/src/test/resources/results");
    static Evaluation.Result scores;

    @BeforeAll
    static void extractAndScore() throws IOException {
        Extraction.Result r = Extraction.create().inputs(List.of(PAPERS.toString())).threads(2).run();
        // scored as `papergraph eval` scores it: the extract output, and the links the graph would make
        Set<PaperPair> links = ConceptLinks.of(r.papers()).stream().map(l -> new PaperPair(l.a(), l.b()))
                .collect(Collectors.toSet());
        scores = Evaluation.score(GOLD, PAPERS, Jsonl.parse(ExtractionWriter.toJsonl(r.papers()), "extraction"), links,
                RESULTS);
        System.out.println(scores.core().format());
        System.out.println(scores.taskMetric().format());
        System.out.println(scores.results().format());
    }

    private static void atLeast(double floor, double actual, String what) {
        assertTrue(actual >= floor, what + " fell to " + actual + " (floor " + floor + ")");
    }

    @Test
    void coreTypesF1() {
        atLeast(0.78, scores.core().variant(ScoreReport.Variant.LENIENT_TYPED).overall().f1(), "typed lenient F1");
        atLeast(0.72, scores.core().variant(ScoreReport.Variant.EXACT_TYPED).overall().f1(), "typed exact F1");
    }

    @Test
    void taskAndMetricF1() {
        atLeast(0.71, scores.taskMetric().variant(ScoreReport.Variant.LENIENT_TYPED).overall().f1(),
                "Task/Metric typed lenient F1");
    }

    @Test
    void resultRows() {
        atLeast(0.95, scores.results().value().prf().f1(), "result rows, value-level F1");
        atLeast(0.93, scores.results().full().prf().f1(), "result rows, full-row F1");
        atLeast(0.95, scores.results().leaderboard().prf().precision(), "result rows, leaderboard precision");
    }

    /**
     * The own sets of result rows annotated outside the example corpus (A to F), each measured before it was used for
     * development (README, "Result-row quality"), now guard what was learnt from them, each at the level it reached
     * less a small margin; the seventh (G, heldout7) stays unguarded, the last held-out estimate.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"heldout, 0.97, 0.95, 0.95", "heldout2, 0.96, 0.88, 0.95", "heldout3, 0.95, 0.86, 0.95",
            "heldout4, 0.89, 0.85, 0.95", "heldout5, 0.95, 0.82, 0.95", "heldout6, 0.97, 0.80, 0.95"})
    void resultRowsOfTheSetsUsedForDevelopment(String set, double valueF1, double fullF1, double leaderboardPrecision)
            throws IOException {
        Path papers = OWN_SETS.resolve(set + "-papers.jsonl");
        Extraction.Result r = Extraction.create().inputs(List.of(papers.toString())).threads(2).run();
        ResultScoreReport own = ResultScorer.score(Jsonl.read(OWN_SETS.resolve(set + "-results.jsonl")),
                Jsonl.parse(ExtractionWriter.toJsonl(r.papers()), "extraction"));
        System.out.println(set + ":\n" + own.format());
        atLeast(valueF1, own.value().prf().f1(), set + " value-level F1");
        atLeast(fullF1, own.full().prf().f1(), set + " full-row F1");
        atLeast(leaderboardPrecision, own.leaderboard().prf().precision(), set + " leaderboard precision");
    }

    @Test
    void rolesAndLinks() {
        atLeast(0.74, scores.core().roleAccuracy().accuracy(), "role accuracy");
        atLeast(0.88, scores.core().links().f1(), "link F1");
    }
}
