package org.papergraph.queries.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.papergraph.extractor.link.ConceptLinkIndex;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.store.ConceptDescription;
import org.papergraph.ontology.store.ConceptRecord;
import org.papergraph.ontology.store.PapergraphStore;

/**
 * What the report needs of every paper and concept, read from the store in one pass and held compactly, so that
 * choosing what to show at 100k papers costs ints, not records: each paper's title, year and the concepts it names
 * with their roles; each concept's description and how many papers name it; and the links papergraph's graph
 * draws between papers that share specific concepts (the same {@link ConceptLinks} ranking Neo4j's
 * SHARES_CONCEPT relationships come from).
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
    private final ConceptLinkIndex links = new ConceptLinks(ConceptLinks.DEFAULT_MAX_LINKS_PER_PAPER).index();
    private long mentions;

    static CorpusDigest read(PapergraphStore store) {
        CorpusDigest digest = new CorpusDigest();
        store.forEachPaper(p -> {
            digest.paperInts.put(p.id(), digest.paperIds.size());
            digest.paperIds.add(p.id());
            digest.titles.add(p.title());
            Integer year = Paper.yearOf(p.date());
            digest.years.add(year == null ? 0 : year);
            int[] pairs = new int[2 * p.concepts().size()];
            List<String> specific = new ArrayList<>();
            int i = 0;
            for (ConceptRecord c : p.concepts()) {
                pairs[i++] = digest.conceptInt(c.description());
                pairs[i++] = c.role().ordinal();
                digest.mentions += c.mentionCount();
                if (c.specific()) {
                    specific.add(c.id());
                }
            }
            digest.named.add(pairs);
            digest.links.put(p.id(), specific);
        });
        digest.paperCounts = new int[digest.concepts.size()];
        for (int[] pairs : digest.named) {
            for (int i = 0; i < pairs.length; i += 2) {
                digest.paperCounts[pairs[i]]++;
            }
        }
        return digest;
    }

    private int conceptInt(ConceptDescription c) {
        return conceptInts.computeIfAbsent(c.id(), id -> {
            concepts.add(c);
            return concepts.size() - 1;
        });
    }

    int papers() {
        return paperIds.size();
    }

    long mentions() {
        return mentions;
    }

    ConceptType type(int concept) {
        return concepts.get(concept).type();
    }

    Role role(int ordinal) {
        return Role.values()[ordinal];
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
