package org.papergraph.extractor.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.ResultPart;
import org.papergraph.extractor.model.ResultRow;

/**
 * Makes a paper's result rows once its concepts are settled across the collection: each metric, benchmark, system
 * and baseline is linked to the concept of the paper named by a mention within its words, of a type that fits the
 * part (a metric to a Metric; a benchmark to a Benchmark, Dataset or Task; a system or baseline to a Method or Model).
 */
public final class ResultLinks {

    private static final Set<ConceptType> METRICS = Set.of(ConceptType.METRIC);
    private static final Set<ConceptType> MEASURED_ON = Set.of(ConceptType.BENCHMARK, ConceptType.DATASET, ConceptType.TASK);
    private static final Set<ConceptType> SYSTEMS = Set.of(ConceptType.METHOD, ConceptType.MODEL);

    private ResultLinks() {
    }

    public static List<ResultRow> rows(List<ResultFinding> findings, List<Concept> concepts) {
        List<ResultRow> rows = new ArrayList<>(findings.size());
        for (ResultFinding f : findings) {
            rows.add(new ResultRow(f.value(), f.unit(), f.kind(), part(f.metric(), concepts, METRICS),
                    part(f.benchmark(), concepts, MEASURED_ON), part(f.system(), concepts, SYSTEMS),
                    part(f.baseline(), concepts, SYSTEMS), f.field(), f.start(), f.end(), f.sentenceStart(),
                    f.sentenceEnd(), f.quote().text(), f.quote().start(), f.quote().end()));
        }
        return rows;
    }

    /** The words, and the fitting concept with the most of its mention inside them (the first, on a tie). */
    private static ResultPart part(TextSpan span, List<Concept> concepts, Set<ConceptType> fits) {
        if (span == null) {
            return ResultPart.NONE;
        }
        String best = null;
        int bestOverlap = 0;
        for (Concept c : concepts) {
            if (!fits.contains(c.type())) {
                continue;
            }
            for (Mention m : c.mentions()) {
                if (!m.field().equals(span.field())) {
                    continue;
                }
                int overlap = Math.min(m.end(), span.end()) - Math.max(m.start(), span.start());
                if (overlap > bestOverlap) {
                    best = c.id();
                    bestOverlap = overlap;
                }
            }
        }
        return new ResultPart(span.text(), best);
    }
}
