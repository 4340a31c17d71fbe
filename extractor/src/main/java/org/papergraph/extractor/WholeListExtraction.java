package org.papergraph.extractor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;

/** The extraction of an extractor that only takes a list: the papers are held, and extracted once all are in. */
final class WholeListExtraction implements CorpusExtraction {

    private final ConceptExtractor extractor;
    private final IntConsumer progress;
    private final List<Paper> papers = new ArrayList<>();

    WholeListExtraction(ConceptExtractor extractor, IntConsumer progress) {
        this.extractor = extractor;
        this.progress = progress;
    }

    @Override
    public void add(Paper paper) {
        papers.add(paper);
    }

    @Override
    public void finish(Consumer<PaperConcepts> sink) {
        extractor.extract(papers, progress).forEach(sink);
    }

    @Override
    public void close() {
        // Nothing runs before finish.
    }
}
