package org.papergraph.extractor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.nlp.RuleBasedExtractor;
import org.papergraph.extractor.read.CorpusReader;

/**
 * Reading and extraction as one step, the first of every papergraph job.
 *
 * <pre>{@code
 * Extraction.Result r = Extraction.create().inputs(List.of("papers.jsonl")).threads(2).run();
 * }</pre>
 *
 * A corpus too large to hold, with its concepts, is streamed: its papers reach the sink a batch at a time.
 *
 * <pre>{@code
 * Extraction.Summary s = Extraction.create().inputs(inputs).skipWhen(store::holdsUnchanged).batchSize(500)
 *         .stream(store::write);
 * }</pre>
 */
public final class Extraction {

    private List<String> inputs = List.of();
    private String format;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Consumer<String> onProblem = m -> { };
    private IntConsumer progress = n -> { };
    private ConceptExtractor extractor;
    private Predicate<Paper> skipWhen = p -> false;
    private int batchSize = 1000;

    /** What was read and found; {@code seconds} is the time reading and extraction took. */
    public record Result(CorpusReader.Result read, List<PaperConcepts> papers, double seconds) {

        /** Distinct concepts of each type (a concept has one type across the collection). */
        public Map<ConceptType, Integer> conceptsByType() {
            return tally().byType();
        }

        public long distinctConcepts() {
            return tally().distinct();
        }

        public long mentions() {
            return tally().mentions();
        }

        private ConceptTally tally() {
            ConceptTally tally = new ConceptTally();
            papers.forEach(tally::add);
            return tally;
        }
    }

    /**
     * What {@link #stream} did, counted as it went.
     *
     * @param read           papers read and kept: the first copy of each, with an abstract
     * @param unchanged      of those, papers {@link #skipWhen} skipped: not analysed, not handed on
     * @param skipped        records that could not be read
     * @param duplicates     later copies of a paper, dropped
     * @param formats        the files read in each format, in detection order
     * @param problems       the warnings of reading, records skipped or changed (fields cut for extraction are only
     *                       told to {@link #onProblem})
     * @param conceptsByType distinct concepts of each type among the papers handed on
     * @param mentions       the mentions of those concepts
     * @param seconds        the time reading and extraction took, the sink's not counted
     */
    public record Summary(int read, int unchanged, int skipped, int duplicates, Map<String, Integer> formats,
                          List<String> problems, Map<ConceptType, Integer> conceptsByType, long mentions,
                          double seconds) {

        /** Papers analysed and handed on. */
        public int extracted() {
            return read - unchanged;
        }

        public long distinctConcepts() {
            return conceptsByType.values().stream().mapToLong(Integer::longValue).sum();
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

    /**
     * Told how many papers are extracted so far, from any thread; when streaming, how many are analysed, the costly
     * part (resolution after the last takes little time).
     */
    public Extraction progress(IntConsumer progress) {
        this.progress = progress;
        return this;
    }

    /** The extractor to use instead of papergraph's own. */
    public Extraction extractor(ConceptExtractor extractor) {
        this.extractor = extractor;
        return this;
    }

    /**
     * Papers for which {@code unchanged} holds are neither analysed nor handed on: a caller that stored them before
     * skips them. Other papers' concepts are resolved among themselves only, as if the skipped ones were not there.
     */
    public Extraction skipWhen(Predicate<Paper> unchanged) {
        this.skipWhen = unchanged;
        return this;
    }

    /** How many papers {@link #stream} hands on at a time; 1000 by default. */
    public Extraction batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one paper, not " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /**
     * Reads every paper, then extracts them all and returns them as one list.
     *
     * @param onRead told the number of papers to extract (read, less those {@link #skipWhen} skips) once reading is
     *               done, before extraction starts: for a progress bar's total
     */
    public Result run(IntConsumer onRead) {
        long t0 = System.nanoTime();
        CorpusReader.Result read = reader().read(inputs);
        List<Paper> changed = read.papers().stream().filter(skipWhen.negate()).toList();
        onRead.accept(changed.size());
        List<PaperConcepts> papers = extractor().extract(changed, progress);
        return new Result(read, papers, (System.nanoTime() - t0) / 1e9);
    }

    public Result run() {
        return run(n -> { });
    }

    /**
     * Extraction for corpora too large to hold with their results: papers are analysed on all threads as they are
     * read, and only what corpus-wide resolution needs is kept of each (the paper and its candidate concepts, not
     * CoreNLP's annotations); once the last is read and analysed, the concepts are resolved across the corpus and
     * the papers handed to {@code sink} in input order, {@link #batchSize} at a time, on the calling thread. The
     * concepts are the same {@link #run} finds. A paper is let go once handed on.
     *
     * @param onRead told the number of papers to extract once reading is done. Analysis starts before that, with
     *               the first paper read, so {@link #progress} may be told of papers before the total is known.
     * @param sink   given each batch; not called when no paper is extracted
     */
    public Summary stream(IntConsumer onRead, Consumer<List<PaperConcepts>> sink) {
        long t0 = System.nanoTime();
        Batches batches = new Batches(sink);
        CorpusReader.Summary read;
        int unchanged;
        try (CorpusExtraction extraction = extractor().start(progress)) {
            ChangedPapers changed = new ChangedPapers(extraction);
            read = reader().read(inputs, changed);
            unchanged = changed.unchanged;
            onRead.accept(read.papers() - unchanged);
            extraction.finish(batches);
            batches.flush();
        }
        double seconds = (System.nanoTime() - t0 - batches.sinkNanos) / 1e9;
        return new Summary(read.papers(), unchanged, read.skipped(), read.duplicates(), read.formats(), read.problems(),
                batches.tally.byType(), batches.tally.mentions(), seconds);
    }

    public Summary stream(Consumer<List<PaperConcepts>> sink) {
        return stream(n -> { }, sink);
    }

    private CorpusReader reader() {
        return CorpusReader.create().format(format).onProblem(onProblem);
    }

    private ConceptExtractor extractor() {
        return extractor != null ? extractor : new RuleBasedExtractor(threads, onProblem);
    }

    /** Gives the extraction the papers read, but for those {@link #skipWhen} skips, which it counts. */
    private final class ChangedPapers implements Consumer<Paper> {
        private final CorpusExtraction extraction;
        int unchanged;

        ChangedPapers(CorpusExtraction extraction) {
            this.extraction = extraction;
        }

        @Override
        public void accept(Paper paper) {
            if (skipWhen.test(paper)) {
                unchanged++;
            } else {
                extraction.add(paper);
            }
        }
    }

    /** Gathers extracted papers into batches for the sink, counting their concepts and the sink's time. */
    private final class Batches implements Consumer<PaperConcepts> {
        private final Consumer<List<PaperConcepts>> sink;
        private final List<PaperConcepts> batch = new ArrayList<>();
        final ConceptTally tally = new ConceptTally();
        long sinkNanos;

        Batches(Consumer<List<PaperConcepts>> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(PaperConcepts paper) {
            tally.add(paper);
            batch.add(paper);
            if (batch.size() == batchSize) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            long t0 = System.nanoTime();
            sink.accept(List.copyOf(batch));
            batch.clear();
            sinkNanos += System.nanoTime() - t0;
        }
    }
}
