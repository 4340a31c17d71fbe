package org.papergraph.extractor.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.papergraph.extractor.ConceptExtractor;
import org.papergraph.extractor.CorpusExtraction;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;

/**
 * papergraph's extractor: CoreNLP tokens, POS tags and lemmas, read by the project's lexicons and
 * rules ({@link PaperAnalyzer}), then resolved across the collection ({@link CorpusResolution}): acronyms
 * defined anywhere applied everywhere, variants clustered into one concept with one type and one name.
 */
public final class RuleBasedExtractor implements ConceptExtractor {

    /**
     * Fields longer than this are cut for extraction (offsets stay valid; the paper keeps the full text):
     * a runaway text costs no more.
     */
    static final int MAX_FIELD_CHARS = 20_000;

    private final Lexicon lexicon;
    private final PaperAnalyzer analyzer;
    private final CorpusResolution resolution;
    private final int threads;
    private final Consumer<String> onWarning;

    public RuleBasedExtractor(int threads) {
        this(threads, m -> { });
    }

    /** @param onWarning told, as {@code file:line: message}, of each field cut for extraction */
    public RuleBasedExtractor(int threads, Consumer<String> onWarning) {
        this.lexicon = Lexicon.load();
        Cues cues = Cues.load();
        this.analyzer = new PaperAnalyzer(lexicon, cues);
        this.resolution = new CorpusResolution(lexicon, new NameGate(cues));
        this.threads = Math.max(1, threads);
        this.onWarning = onWarning;
    }

    @Override
    public List<PaperConcepts> extract(List<Paper> papers, IntConsumer progress) {
        List<PaperConcepts> out = new ArrayList<>(papers.size());
        try (CorpusExtraction extraction = start(progress)) {
            papers.forEach(extraction::add);
            extraction.finish(out::add);
        }
        return out;
    }

    /**
     * Two passes: each paper added is analysed at once, on all threads, and only its candidates are kept (CoreNLP's
     * annotations are dropped), with the paper, whose text mentions quote; {@link CorpusExtraction#finish} makes the
     * corpus-wide decisions and hands on each paper as soon as its concepts are built.
     */
    @Override
    public CorpusExtraction start(IntConsumer progress) {
        return new TwoPassExtraction(progress);
    }

    private final class TwoPassExtraction implements CorpusExtraction {
        private final IntConsumer progress;
        private final AtomicInteger done = new AtomicInteger();
        /** Null with one thread: papers are analysed on the caller's, as they are added. */
        private final ExecutorService pool;
        private final List<Paper> papers = new ArrayList<>();
        private final List<Future<PaperAnalyzer.Result>> analyses = new ArrayList<>();
        /** One copy of each text, key and display name: papers name the same things, and pass 1 keeps them all. */
        private final Map<String, String> strings = new ConcurrentHashMap<>();

        TwoPassExtraction(IntConsumer progress) {
            this.progress = progress;
            // One task a paper, so every thread stays busy to the end rather than waiting at batch boundaries.
            this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "papergraph-extract");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public void add(Paper paper) {
            warnIfCut(paper);
            papers.add(paper);
            analyses.add(pool == null ? CompletableFuture.completedFuture(analyse(paper)) : pool.submit(() -> analyse(paper)));
        }

        /** Pass 1 for one paper: what its text names, without CoreNLP's annotations, which are let go here. */
        private PaperAnalyzer.Result analyse(Paper p) {
            String title = cut(p.title());
            String abstractText = cut(p.abstractText());
            Annotation t = NlpPipeline.annotate(title);
            Annotation a = NlpPipeline.annotate(abstractText);
            PaperAnalyzer.Result r = analyzer.analyze(title, TokenSequences.sentences(t, title), abstractText,
                    TokenSequences.sentences(a, abstractText));
            progress.accept(done.incrementAndGet());
            return compact(r);
        }

        /** {@code r} as pass 1 keeps it till pass 2: its strings shared with other papers', its map a fixed one. */
        private PaperAnalyzer.Result compact(PaperAnalyzer.Result r) {
            List<Candidate> candidates = r.candidates().stream()
                    .map(c -> c.withText(shared(c.text()), shared(c.key()), shared(c.display()))).toList();
            return new PaperAnalyzer.Result(candidates, r.defined(), r.notFromOtherPapers(), r.declined(), r.results());
        }

        private String shared(String s) {
            String first = strings.putIfAbsent(s, s);
            return first != null ? first : s;
        }

        @Override
        public void finish(Consumer<PaperConcepts> sink) {
            List<PaperAnalyzer.Result> analysed = new ArrayList<>(analyses.size());
            try {
                for (Future<PaperAnalyzer.Result> f : analyses) {
                    analysed.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("extraction interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
            analyses.clear();
            strings.clear(); // pass 1 is over: the strings kept are shared already
            resolution.resolve(papers, analysed, sink);
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static String cut(String s) {
        return s.substring(0, extractedLength(s));
    }

    /** How much of a field extraction reads: all of it, or up to the limit without splitting a surrogate pair. */
    private static int extractedLength(String s) {
        if (s.length() <= MAX_FIELD_CHARS) {
            return s.length();
        }
        return Character.isHighSurrogate(s.charAt(MAX_FIELD_CHARS - 1)) ? MAX_FIELD_CHARS - 1 : MAX_FIELD_CHARS;
    }

    private void warnIfCut(Paper p) {
        for (String field : List.of(Mention.TITLE, Mention.ABSTRACT)) {
            String text = p.field(field);
            if (text.length() > MAX_FIELD_CHARS) {
                onWarning.accept(p.source() + ": " + field + " is " + text.length() + " characters long; cut to "
                        + extractedLength(text) + " characters for extraction (the full text is stored)");
            }
        }
    }
}
