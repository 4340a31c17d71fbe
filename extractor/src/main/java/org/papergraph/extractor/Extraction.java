package org.papergraph.extractor;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.nlp.RuleBasedExtractor;
import org.papergraph.extractor.read.CorpusReader;

/**
 * Reading and extraction as one step, the first of every papergraph job.
 *
 * <pre>{@code
 * Extraction.Result r = Extraction.create().inputs(List.of("papers.jsonl")).threads(2).run();
 * }</pre>
 */
public final class Extraction {

    private List<String> inputs = List.of();
    private String format;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Consumer<String> onProblem = m -> { };
    private IntConsumer progress = n -> { };
    private ConceptExtractor extractor;

    /** What was read and found; {@code seconds} is the time reading and extraction took. */
    public record Result(CorpusReader.Result read, List<PaperConcepts> papers, double seconds) {

        /** Distinct concepts of each type (a concept has one type across the collection). */
        public Map<ConceptType, Integer> conceptsByType() {
            Map<String, ConceptType> typeById = new HashMap<>();
            papers.forEach(p -> p.concepts().forEach(c -> typeById.put(c.id(), c.type())));
            Map<ConceptType, Integer> out = new EnumMap<>(ConceptType.class);
            for (ConceptType t : ConceptType.values()) {
                out.put(t, 0);
            }
            typeById.values().forEach(t -> out.merge(t, 1, Integer::sum));
            return out;
        }

        public long distinctConcepts() {
            return papers.stream().flatMap(p -> p.concepts().stream()).map(Concept::id).distinct().count();
        }

        public long mentions() {
            return papers.stream().flatMap(p -> p.concepts().stream()).mapToLong(c -> c.mentions().size()).sum();
        }
    }

    private Extraction() {
    }

    public static Extraction create() {
        return new Extraction();
    }

    public Extraction inputs(List<String> inputs) {
        this.inputs = List.copyOf(inputs);
        return this;
    }

    /** Read every input in this format; null detects each input's format. */
    public Extraction format(String format) {
        this.format = format;
        return this;
    }

    public Extraction threads(int threads) {
        this.threads = threads;
        return this;
    }

    /** Where warnings go, each {@code file:line: message}: records skipped or changed while reading, fields cut for extraction. */
    public Extraction onProblem(Consumer<String> onProblem) {
        this.onProblem = onProblem;
        return this;
    }

    /** Told how many papers are extracted so far. */
    public Extraction progress(IntConsumer progress) {
        this.progress = progress;
        return this;
    }

    /** The extractor to use instead of papergraph's own. */
    public Extraction extractor(ConceptExtractor extractor) {
        this.extractor = extractor;
        return this;
    }

    /** The number of papers read, known once reading is done: for a progress bar's total. */
    public Result run(IntConsumer onRead) {
        long t0 = System.nanoTime();
        CorpusReader.Result read = CorpusReader.create().format(format).onProblem(onProblem).read(inputs);
        onRead.accept(read.papers().size());
        ConceptExtractor ex = extractor != null ? extractor : new RuleBasedExtractor(threads, onProblem);
        List<PaperConcepts> papers = ex.extract(read.papers(), progress);
        return new Result(read, papers, (System.nanoTime() - t0) / 1e9);
    }

    public Result run() {
        return run(n -> { });
    }
}
