package org.papergraph.extractor.results;

import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Role;

/**
 * What the result rules know of a paper beyond the sentence they read: the name of the method or model it proposes,
 * which obtains the results its authors claim without naming it ("it achieves", "our method improves"); the benchmark
 * or dataset it proposes, on which its results are measured when a sentence names none; the last benchmark named.
 */
final class PaperContext {

    /** The paper's own system: where the first name it proposes stands (its title's name first), or null. */
    final TextSpan ownName;
    /** The benchmark or dataset the paper proposes, where it is first named, or null. */
    final TextSpan ownBenchmark;
    /** The last benchmark a sentence of the paper named, read so far: what "the same dataset" refers to. */
    TextSpan lastBenchmark;


    private PaperContext(TextSpan ownName, TextSpan ownBenchmark) {
        this.ownName = ownName;
        this.ownBenchmark = ownBenchmark;
    }

    /** @param concepts the paper's concepts in reading order, title first */
    static PaperContext of(List<ConceptSpan> concepts, String title, String abstractText) {
        TextSpan benchmark = first(concepts, title, abstractText, ConceptType.BENCHMARK, ConceptType.DATASET);
        TextSpan name = first(concepts, title, abstractText, ConceptType.METHOD, ConceptType.MODEL);
        // A name the paper also calls a dataset ("ToyQA: A Dataset for ...", "We present ToyQA, a new dataset") is one.
        if (name != null && benchmark != null && name.text().equals(benchmark.text())) {
            name = null;
        }
        return new PaperContext(name, benchmark);
    }

    private static TextSpan first(List<ConceptSpan> concepts, String title, String abstractText, ConceptType... types) {
        for (ConceptSpan c : concepts) {
            if (c.role() == Role.PROPOSES && c.specific() && List.of(types).contains(c.type())) {
                String text = c.field().equals(Mention.TITLE) ? title : abstractText;
                return new TextSpan(c.field(), c.start(), c.end(), text.substring(c.start(), c.end()));
            }
        }
        return null;
    }
}
