package org.papergraph.extractor.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.Role;

/**
 * papergraph's extractor: CoreNLP tokens, POS tags and lemmas, read by the project's lexicons and
 * rules ({@link PaperAnalyzer}), then resolved across the collection: one key per concept, acronyms
 * defined anywhere applied everywhere, one type and one display name per concept.
 */
public final class RuleBasedExtractor implements ConceptExtractor {

    /**
     * Fields longer than this are cut for extraction (offsets stay valid; the paper keeps the full text):
     * a runaway text costs no more.
     */
    static final int MAX_FIELD_CHARS = 20_000;

    private final Lexicon lexicon;
    private final PaperAnalyzer analyzer;
    private final NameGate gate;
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
        this.gate = new NameGate(cues);
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
            PaperAnalyzer.Result r = analyzer.analyze(TokenSequences.sentences(t, title),
                    TokenSequences.sentences(a, abstractText));
            progress.accept(done.incrementAndGet());
            return compact(r);
        }

        /** {@code r} as pass 1 keeps it till pass 2: its strings shared with other papers', its map a fixed one. */
        private PaperAnalyzer.Result compact(PaperAnalyzer.Result r) {
            List<Candidate> candidates = r.candidates().stream()
                    .map(c -> c.withText(shared(c.text()), shared(c.key()), shared(c.display()))).toList();
            return new PaperAnalyzer.Result(candidates, Map.copyOf(r.defined()));
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
            resolve(papers, analysed, sink);
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

    /**
     * Corpus-wide decisions: acronyms, types and names, then one {@link Concept} per key per paper, handed to
     * {@code sink} in order. Both lists are emptied on the way, so what is handed on can be let go.
     */
    private void resolve(List<Paper> papers, List<PaperAnalyzer.Result> analysed, Consumer<PaperConcepts> sink) {
        Map<String, DefinedName> corpusAcronyms = new HashMap<>();
        for (PaperAnalyzer.Result r : analysed) {
            r.defined().forEach(corpusAcronyms::putIfAbsent);
        }
        // Bare acronyms defined in another paper take that paper's long form.
        List<List<Candidate>> resolved = new ArrayList<>(analysed.size());
        Map<String, Map<ConceptType, Double>> typeVotes = new HashMap<>();
        Map<String, Map<String, Integer>> names = new HashMap<>();
        Map<String, Boolean> specific = new HashMap<>();
        for (int i = 0; i < analysed.size(); i++) {
            List<Candidate> cs = new ArrayList<>();
            for (Candidate c : analysed.set(i, null).candidates()) {
                if (c.rule() == ExtractionRule.NAME_SHAPE && c.tokTo() - c.tokFrom() == 1) {
                    DefinedName name = corpusAcronyms.get(c.text());
                    if (name != null) {
                        c = c.resolvedTo(name);
                    }
                }
                cs.add(c);
                // A name no word around it typed votes little: its type is a guess.
                boolean untypedName = c.rule() == ExtractionRule.NAME_SHAPE || c.rule() == ExtractionRule.CORPUS_ACRONYM;
                double weight = untypedName && c.confidence() < 0.6 ? 0.2 : c.confidence();
                typeVotes.computeIfAbsent(c.key(), k -> new EnumMap<>(ConceptType.class)).merge(c.type(), weight, Double::sum);
                if (!c.definedName() || !c.text().equals(c.display()) || c.display().contains(" ")) {
                    names.computeIfAbsent(c.key(), k -> new HashMap<>()).merge(c.display(), 1, Integer::sum);
                }
                specific.merge(c.key(), c.specific(), Boolean::logicalOr);
            }
            resolved.add(cs);
        }
        analysed.clear();
        // The lexicon knows whether a concept it lists is a named artefact; capitals in one paper do not overrule it.
        specific.replaceAll((key, any) -> {
            Lexicon.Entry e = lexicon.byKey(key);
            return e != null && Normalise.key(e.name()).equals(key) ? e.specific() : any;
        });
        Map<String, ConceptType> typeOf = new HashMap<>();
        typeVotes.forEach((k, v) -> typeOf.put(k, v.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
        Map<String, String> nameOf = new HashMap<>();
        names.forEach((k, v) -> nameOf.put(k, v.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().length()))
                .get().getKey()));

        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.set(i, null);
            sink.accept(new PaperConcepts(paper, concepts(paper, resolved.set(i, null), typeOf, nameOf, specific)));
        }
        papers.clear();
    }

    private List<Concept> concepts(Paper paper, List<Candidate> cs, Map<String, ConceptType> typeOf,
                                          Map<String, String> nameOf, Map<String, Boolean> specific) {
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        cs.stream().sorted(PaperAnalyzer.TITLE_FIRST)
                .forEach(c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        List<Concept> out = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> e : byKey.entrySet()) {
            String key = e.getKey();
            List<Candidate> ms = e.getValue();
            String name = nameOf.getOrDefault(key, ms.get(0).display());
            String id = ConceptIds.of(key);
            // Every candidate passes here to become a concept: run-on text is no name, whichever rule found it.
            if (id.isEmpty() || key.length() > ConceptIds.MAX_NAME_CHARS || name.length() > ConceptIds.MAX_NAME_CHARS
                    || !gate.admitsKey(key)) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            ms.forEach(m -> aliases.add(m.text()));
            if (!name.equals(ms.get(0).display())) {
                aliases.add(ms.get(0).display());
            }
            aliases.remove(name);
            Role role = ms.stream().map(Candidate::role).min(Comparator.comparingInt(RuleBasedExtractor::rank)).orElse(Role.MENTIONS);
            double best = ms.stream().mapToDouble(Candidate::confidence).max().orElse(0.5);
            double confidence = Math.min(0.99, best + 0.03 * (ms.size() - 1));
            // A candidate's text has its words joined by one space (for names and aliases); a mention quotes the field.
            List<Mention> mentions = ms.stream().map(m -> new Mention(m.field(), m.start(), m.end(),
                    paper.field(m.field()).substring(m.start(), m.end()), m.rule())).toList();
            out.add(new Concept(id, name, typeOf.get(key), List.copyOf(aliases), role,
                    Math.round(confidence * 100) / 100.0, specific.getOrDefault(key, false), mentions));
        }
        return out;
    }

    /** Which role wins when a paper's mentions of a concept disagree: the most telling one. */
    private static int rank(Role r) {
        return switch (r) {
            case PROPOSES -> 0;
            case EVALUATES_ON -> 1;
            case COMPARES -> 2;
            case ADDRESSES -> 3;
            case USES -> 4;
            case MENTIONS -> 5;
        };
    }
}
