package org.papergraph.queries.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.papergraph.extractor.link.ConceptLinkIndex;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.store.ConceptDescription;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.ontology.store.ResultRecord;

/**
 * What the report needs of every paper and concept, read from the store's role triples and concept descriptions and
 * held compactly, so that choosing what to show at 100k papers costs ints, not records: each paper's title, year and
 * the concepts it names with their roles; each concept's description and how many papers name it; the links
 * papergraph's graph draws between papers that share specific concepts (the same {@link ConceptLinks} ranking Neo4j's
 * SHARES_CONCEPT relationships come from); and the results reported on each benchmark, what leaderboards are made of.
 */
final class CorpusDigest {

    final List<String> paperIds = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    /** By paper: its year, or 0 when undated. */
    final List<Integer> years = new ArrayList<>();
    /** By paper: the ints of the concepts it names, each followed by the role's ordinal. */
    final List<int[]> named = new ArrayList<>();
    final List<ConceptDescription> concepts = new ArrayList<>();
    /** By concept int: how many papers name it. */
    int[] paperCounts = new int[0];
    private final Map<String, Integer> conceptInts = new HashMap<>();
    private final Map<String, Integer> paperInts = new HashMap<>();
    /** By concept int: the results reported on it (it is their benchmark), in the store's order. */
    final Map<Integer, List<ResultRecord>> resultsOn = new TreeMap<>();
    private final ConceptLinkIndex links = new ConceptLinks(ConceptLinks.DEFAULT_MAX_LINKS_PER_PAPER).index();
    private long mentions;
    private long results;

    static CorpusDigest read(PapergraphStore store) {
        CorpusDigest digest = new CorpusDigest();
        List<Map<String, Role>> roles = new ArrayList<>();
        store.forEachPaperRoles(p -> {
            digest.paperInts.put(p.paper(), digest.paperIds.size());
            digest.paperIds.add(p.paper());
            digest.titles.add(p.title());
            Integer year = Paper.yearOf(p.date());
            digest.years.add(year == null ? 0 : year);
            roles.add(p.roles());
        });
        Set<String> ids = new TreeSet<>();
        roles.forEach(r -> ids.addAll(r.keySet()));
        store.forEachConcept(ids, c -> {
            digest.conceptInts.put(c.id(), digest.concepts.size());
            digest.concepts.add(c);
        });
        digest.paperCounts = new int[digest.concepts.size()];
        for (int p = 0; p < roles.size(); p++) {
            // Concepts in id order, as the store lists them.
            List<Map.Entry<String, Role>> named = new ArrayList<>(new TreeMap<>(roles.get(p)).entrySet());
            int[] pairs = new int[2 * named.size()];
            List<String> specific = new ArrayList<>();
            for (int i = 0; i < named.size(); i++) {
                int c = digest.conceptInts.get(named.get(i).getKey());
                pairs[2 * i] = c;
                pairs[2 * i + 1] = named.get(i).getValue().ordinal();
                digest.paperCounts[c]++;
                if (digest.concepts.get(c).specific()) {
                    specific.add(named.get(i).getKey());
                }
            }
            digest.named.add(pairs);
            digest.links.put(digest.paperIds.get(p), specific);
            roles.set(p, null);
        }
        digest.mentions = store.mentionCount();
        store.forEachResult(r -> {
            digest.results++;
            String benchmark = r.row().benchmark().conceptId();
            if (benchmark != null) {
                digest.resultsOn.computeIfAbsent(digest.conceptInts.get(benchmark), c -> new ArrayList<>()).add(r);
            }
        });
        return digest;
    }

    int papers() {
        return paperIds.size();
    }

    long mentions() {
        return mentions;
    }

    /** How many results the store holds, on a benchmark or not. */
    long results() {
        return results;
    }

    ConceptType type(int concept) {
        return concepts.get(concept).type();
    }

    /** Concept ints, those most papers name first, ties by id (as Neo4j orders by {@code c.papers DESC, c.id}). */
    Integer[] conceptsByPapers() {
        Integer[] order = new Integer[concepts.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -paperCounts[c]).thenComparing(c -> concepts.get(c).id()));
        return order;
    }

    /** The paper's strongest links to other papers, strongest first (its SHARES_CONCEPT relationships). */
    List<ConceptLinks.Link> topLinks(int paper) {
        return links.topLinks(paperIds.get(paper));
    }

    /** The int of the concept with this id, which some paper names. */
    int conceptIndex(String id) {
        return conceptInts.get(id);
    }

    /** The int of the paper with this id, or -1. */
    int paperInt(String id) {
        return paperInts.getOrDefault(id, -1);
    }
}
