package org.papergraph.extractor.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.papergraph.extractor.model.Paper;

/**
 * The speed extraction cannot beat: CoreNLP's tokenizer, sentence splitter and POS tagger alone, with papergraph's
 * tokenizer options, over the same titles and abstracts and on as many threads. Benchmarks report extraction as a
 * ratio of it, measured in the same run, since absolute speeds on a shared machine vary.
 *
 * <pre>{@code
 * PosOnlyLimit limit = PosOnlyLimit.load();
 * double papersPerSecond = limit.papersPerSecond(papers, 2);
 * }</pre>
 */
public final class PosOnlyLimit {

    private final StanfordCoreNLP pipeline;
    private boolean warm;

    private PosOnlyLimit(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** The POS-only pipeline, loaded (its models are the extraction pipeline's, so they load once per process). */
    public static PosOnlyLimit load() {
        Properties props = NlpPipeline.properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        return new PosOnlyLimit(new StanfordCoreNLP(props));
    }

    /**
     * Papers per second over {@code papers} on {@code threads} threads, warm: the first time, the first papers are
     * annotated once before the clock starts.
     */
    public double papersPerSecond(List<Paper> papers, int threads) throws InterruptedException {
        if (!warm) {
            papers.subList(0, Math.min(20, papers.size())).forEach(this::annotate);
            warm = true;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            long t0 = System.nanoTime();
            List<Future<?>> done = papers.stream().map(p -> pool.submit(() -> annotate(p))).<Future<?>>map(f -> f)
                    .toList();
            for (Future<?> f : done) {
                f.get();
            }
            return papers.size() / ((System.nanoTime() - t0) / 1e9);
        } catch (ExecutionException e) {
            throw new IllegalStateException("CoreNLP failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void annotate(Paper p) {
        pipeline.annotate(new Annotation(p.title()));
        pipeline.annotate(new Annotation(p.abstractText()));
    }
}
