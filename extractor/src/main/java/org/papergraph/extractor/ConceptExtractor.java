package org.papergraph.extractor;

import java.util.List;
import java.util.function.IntConsumer;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;

/**
 * Finds the concepts of a collection of papers. It sees the whole collection, so a concept named
 * in several papers (an acronym defined in one, used bare in another) gets one id.
 */
public interface ConceptExtractor {

    /**
     * The concepts of each paper, in input order.
     *
     * @param progress told the number of papers done so far, from any thread
     */
    List<PaperConcepts> extract(List<Paper> papers, IntConsumer progress);

    default List<PaperConcepts> extract(List<Paper> papers) {
        return extract(papers, n -> { });
    }

    /**
     * An extraction that is given the papers one at a time, for a corpus too large to hold as a list. This default
     * holds every paper and runs {@link #extract(List, IntConsumer)} on them once the last is in; an extractor that
     * can keep less overrides it.
     *
     * @param progress told the number of papers done so far, from any thread
     */
    default CorpusExtraction start(IntConsumer progress) {
        return new WholeListExtraction(this, progress);
    }
}
