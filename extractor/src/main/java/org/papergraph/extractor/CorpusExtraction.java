package org.papergraph.extractor;

import java.util.function.Consumer;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;

/**
 * One extraction over a corpus that arrives a paper at a time, from {@link ConceptExtractor#start}. Concepts are
 * resolved across the whole corpus (an acronym defined in one paper names its bare uses in others), so no paper's
 * concepts are final before the last paper is in: {@link #add} every paper, then {@link #finish} hands on each
 * paper's concepts, in the order added, the same as {@link ConceptExtractor#extract} finds for the same list.
 *
 * <pre>{@code
 * try (CorpusExtraction extraction = extractor.start(progress)) {
 *     papers.forEach(extraction::add);
 *     extraction.finish(store::write);
 * }
 * }</pre>
 */
public interface CorpusExtraction extends AutoCloseable {

    /** One more paper; it may be analysed at once, on other threads. */
    void add(Paper paper);

    /** Gives every paper added, with its concepts, to {@code sink}, in the order added, one at a time. Call it once. */
    void finish(Consumer<PaperConcepts> sink);

    /** Stops analysis still running, when the extraction is abandoned; once {@link #finish} has returned, none is. */
    @Override
    void close();
}
