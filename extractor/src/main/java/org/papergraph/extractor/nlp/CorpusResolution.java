package org.papergraph.extractor.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.Role;
import org.papergraph.extractor.resolve.Cluster;
import org.papergraph.extractor.resolve.ConceptClusters;
import org.papergraph.extractor.resolve.ConceptEvidence;
import org.papergraph.extractor.results.ResultFinding;
import org.papergraph.extractor.results.ResultLinks;

/**
 * The corpus-wide step, once every paper is analysed: a bare acronym one paper defines is resolved in the others
 * (unless papers define it differently), then the variants of one concept across papers are clustered into one
 * ({@link ConceptClusters}: spellings, wordings, acronym and long form), each with one type and one name settled by
 * the whole corpus's evidence, and each paper's candidates become its {@link Concept}s, to which its results are
 * linked.
 */
final class CorpusResolution {

    private final Lexicon lexicon;
    private final NameGate gate;

    CorpusResolution(Lexicon lexicon, NameGate gate) {
        this.lexicon = lexicon;
        this.gate = gate;
    }

    /**
     * Resolves the papers' candidates and hands each paper on to {@code sink}, in order. Both lists are emptied on the
     * way, so what is handed on can be let go.
     */
    void resolve(List<Paper> papers, List<PaperAnalyzer.Result> analysed, Consumer<PaperConcepts> sink) {
        Map<String, DefinedName> corpusAcronyms = corpusAcronyms(analysed);
        // An acronym some paper spells out as a description ("in-distribution (IND)") and none defines as a name is
        // an attribute wherever it stands bare.
        Set<String> declined = new HashSet<>();
        analysed.forEach(r -> declined.addAll(r.declined()));
        declined.removeAll(corpusAcronyms.keySet());
        List<List<Candidate>> resolved = new ArrayList<>(analysed.size());
        List<List<ResultFinding>> results = new ArrayList<>(analysed.size());
        Map<String, Map<ConceptType, Double>> typeVotes = new HashMap<>();
        Map<String, Map<String, Integer>> names = new HashMap<>();
        Map<String, Map<String, Integer>> aliases = new HashMap<>();
        Map<String, Integer> paperCounts = new HashMap<>();
        Map<String, Boolean> specific = new HashMap<>();
        for (int i = 0; i < analysed.size(); i++) {
            List<Candidate> cs = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            PaperAnalyzer.Result paperResult = analysed.set(i, null);
            for (Candidate c : paperResult.candidates()) {
                if (c.rule() == ExtractionRule.NAME_SHAPE && c.tokTo() - c.tokFrom() == 1
                        && !paperResult.notFromOtherPapers().contains(c.text())) {
                    DefinedName name = corpusAcronyms.get(c.text());
                    if (name != null) {
                        c = c.resolvedTo(name);
                        if (!gate.admitsResolved(c)) {
                            continue; // another paper's "ITSs" is a class of applications here too
                        }
                    }
                }
                if (c.rule() == ExtractionRule.NAME_SHAPE && declined.contains(c.text())) {
                    continue;
                }
                cs.add(c);
                // A name no word around it typed votes little: its type is a guess.
                boolean untypedName = c.rule() == ExtractionRule.NAME_SHAPE || c.rule() == ExtractionRule.CORPUS_ACRONYM;
                double weight = untypedName && c.confidence() < 0.6 ? 0.2 : c.confidence();
                typeVotes.computeIfAbsent(c.key(), k -> new EnumMap<>(ConceptType.class)).merge(c.type(), weight, Double::sum);
                if (!c.definedName() || !c.text().equals(c.display()) || c.display().contains(" ")) {
                    names.computeIfAbsent(c.key(), k -> new HashMap<>()).merge(c.display(), 1, Integer::sum);
                }
                if (!c.text().equals(c.display())) {
                    aliases.computeIfAbsent(c.key(), k -> new HashMap<>()).merge(c.text(), 1, Integer::sum);
                }
                specific.merge(c.key(), c.specific(), Boolean::logicalOr);
                if (keys.add(c.key())) {
                    paperCounts.merge(c.key(), 1, Integer::sum);
                }
            }
            resolved.add(cs);
            results.add(paperResult.results());
        }
        analysed.clear();
        specific.replaceAll((key, any) -> lexiconSpecific(key, any));
        List<ConceptEvidence> evidence = new ArrayList<>(typeVotes.size());
        typeVotes.forEach((key, votes) -> evidence.add(new ConceptEvidence(key, names.getOrDefault(key, Map.of()),
                aliases.getOrDefault(key, Map.of()), votes, paperCounts.get(key), specific.get(key))));
        ConceptClusters clusters = ConceptClusters.of(evidence);
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.set(i, null);
            List<Concept> concepts = concepts(paper, resolved.set(i, null), clusters);
            sink.accept(new PaperConcepts(paper, concepts, ResultLinks.rows(results.set(i, null), concepts)));
        }
        papers.clear();
    }

    /**
     * The names papers define, by how they write them, for the bare uses in other papers; an acronym papers define
     * with long forms that differ (SAM: Segment Anything Model, Sharpness-Aware Minimization) is left out, so its bare
     * uses stay as they are written and clustering decides by the evidence.
     */
    private static Map<String, DefinedName> corpusAcronyms(List<PaperAnalyzer.Result> analysed) {
        Map<String, DefinedName> first = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (PaperAnalyzer.Result r : analysed) {
            r.defined().forEach((written, name) -> {
                DefinedName seen = first.putIfAbsent(written, name);
                if (seen != null && !seen.key().equals(name.key())) {
                    ambiguous.add(written);
                }
            });
        }
        first.keySet().removeAll(ambiguous);
        return first;
    }

    /** The lexicon knows whether a concept it lists is a named artefact; capitals in one paper do not overrule it. */
    private boolean lexiconSpecific(String key, boolean any) {
        Lexicon.Entry e = lexicon.byKey(key);
        return e != null && Normalise.key(e.name()).equals(key) ? e.specific() : any;
    }

    private List<Concept> concepts(Paper paper, List<Candidate> cs, ConceptClusters clusters) {
        Map<String, List<Candidate>> byCluster = new LinkedHashMap<>();
        cs.stream().sorted(PaperAnalyzer.TITLE_FIRST)
                .forEach(c -> byCluster.computeIfAbsent(clusters.canonicalKey(c.key()), k -> new ArrayList<>()).add(c));
        List<Concept> out = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> e : byCluster.entrySet()) {
            Cluster cluster = clusters.clusterOf(e.getKey());
            List<Candidate> ms = e.getValue();
            String name = name(cluster);
            String key = Normalise.key(name);
            String id = ConceptIds.of(key);
            // Every candidate passes here to become a concept: run-on text is no name, whichever rule found it.
            if (id.isEmpty() || key.length() > ConceptIds.MAX_NAME_CHARS || name.length() > ConceptIds.MAX_NAME_CHARS
                    || !gate.admitsKey(key)) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>();
            ms.forEach(m -> aliases.add(m.text()));
            ms.forEach(m -> aliases.add(m.display()));
            aliases.remove(name);
            Role role = ms.stream().map(Candidate::role).min(Comparator.comparingInt(CorpusResolution::rank)).orElse(Role.MENTIONS);
            double best = ms.stream().mapToDouble(Candidate::confidence).max().orElse(0.5);
            double confidence = Math.min(0.99, best + 0.03 * (ms.size() - 1));
            // A candidate's text has its words joined by one space (for names and aliases); a mention quotes the field.
            List<Mention> mentions = ms.stream().map(m -> new Mention(m.field(), m.start(), m.end(),
                    paper.field(m.field()).substring(m.start(), m.end()), m.rule())).toList();
            out.add(new Concept(id, name, cluster.type(), List.copyOf(aliases), role,
                    Math.round(confidence * 100) / 100.0, lexiconSpecific(key, cluster.specific()), mentions));
        }
        return out;
    }

    /** The lexicon's name when it knows a member of the cluster ("Low-Rank Adaptation", however papers spell it). */
    private String name(Cluster cluster) {
        for (String member : cluster.members()) {
            Lexicon.Entry e = lexicon.byKey(member);
            if (e != null && Normalise.key(e.name()).equals(member)) {
                return e.name();
            }
        }
        return cluster.name();
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
