package org.papergraph.extractor.results;

import java.util.List;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Role;

/**
 * What the result rules know of a paper beyond the sentence they read: the name of the method or model it proposes,
 * which obtains the results its authors claim without naming it ("it achieves", "our method improves"); the benchmark
 * or dataset it proposes, on which its results are measured when a sentence names none; the benchmarks it names.
 */
final class PaperContext {

    /** The paper's own system: where the first name it proposes stands (its title's name first), or null. */
    final TextSpan ownName;
    /** The benchmark or dataset the paper proposes, where it is first named, or null. */
    final TextSpan ownBenchmark;
    /** The named benchmarks and datasets of the paper, in reading order, title first. */
    private final List<TextSpan> benchmarks;

    private PaperContext(TextSpan ownName, TextSpan ownBenchmark, List<TextSpan> benchmarks) {
        this.ownName = ownName;
        this.ownBenchmark = ownBenchmark;
        this.benchmarks = benchmarks;
    }

    /** @param concepts the paper's concepts in reading order, title first */
    static PaperContext of(List<ConceptSpan> concepts, String title, String abstractText) {
        TextSpan benchmark = first(concepts, title, abstractText, ConceptType.BENCHMARK, ConceptType.DATASET);
        TextSpan name = first(concepts, title, abstractText, ConceptType.METHOD, ConceptType.MODEL);
        // A name the paper also calls a dataset ("ToyQA: A Dataset for ...", "We present ToyQA, a new dataset") is one.
        if (name != null && benchmark != null && name.text().equals(benchmark.text())) {
            name = null;
        }
        List<TextSpan> benchmarks = concepts.stream().filter(c -> c.specific()
                        && (c.type() == ConceptType.BENCHMARK || c.type() == ConceptType.DATASET))
                .map(c -> span(c, title, abstractText)).toList();
        return new PaperContext(name, benchmark, benchmarks);
    }

    /** The last benchmark or dataset the paper names before {@code start} of {@code field}: "the same dataset". */
    TextSpan lastNamedBefore(String field, int start) {
        TextSpan last = null;
        for (TextSpan b : benchmarks) {
            if (b.field().equals(field) ? b.end() <= start : b.field().equals(Mention.TITLE)) {
                last = b;
            }
        }
        return last;
    }

    private static TextSpan first(List<ConceptSpan> concepts, String title, String abstractText, ConceptType... types) {
        for (ConceptSpan c : concepts) {
            if (c.role() == Role.PROPOSES && c.specific() && List.of(types).contains(c.type())) {
                return span(c, title, abstractText);
            }
        }
        return null;
    }

    /** The concept's words, with what the text glues to their end ("WMT" of "WMT'14"). */
    private static TextSpan span(ConceptSpan c, String title, String abstractText) {
        String text = c.field().equals(Mention.TITLE) ? title : abstractText;
        int end = c.end();
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\''
                && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1)))) {
            end++;
        }
        return new TextSpan(c.field(), c.start(), end, text.substring(c.start(), end));
    }
}
