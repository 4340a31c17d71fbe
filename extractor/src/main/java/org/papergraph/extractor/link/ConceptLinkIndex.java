package org.papergraph.extractor.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each paper's linking concepts and, for each concept, the papers that name it (its posting list), kept up to
 * date paper by paper. A paper's strongest links come from the posting lists of its own concepts, so finding
 * them costs the sum of those concepts' document frequencies, never the pairs of the whole corpus. Ids are
 * held as ints: 100k papers naming 15 concepts each take a few tens of MB.
 */
public final class ConceptLinkIndex {

    private final ConceptLinks rules;
    private final Interner paperInts = new Interner();
    private final Interner conceptInts = new Interner();
    /** By paper int: its concepts' ints, ordered by concept id so both papers of a link add its weight alike. */
    private final List<int[]> conceptsOfPaper = new ArrayList<>();
    /** By concept int. */
    private final List<PostingList> papersOfConcept = new ArrayList<>();

    ConceptLinkIndex(ConceptLinks rules) {
        this.rules = rules;
    }

    /** Sets a paper's linking concepts, replacing those it had. */
    public void put(String paper, Collection<String> concepts) {
        remove(paper);
        int p = paperInts.intern(paper);
        int[] cs = new TreeSet<>(concepts).stream().mapToInt(conceptInts::intern).toArray();
        for (int c : cs) {
            if (c == papersOfConcept.size() || papersOfConcept.get(c) == null) {
                Interner.setAt(papersOfConcept, c, new PostingList());
            }
            papersOfConcept.get(c).add(p);
        }
        Interner.setAt(conceptsOfPaper, p, cs);
    }

    public void remove(String paper) {
        int p = paperInts.find(paper);
        if (p == Interner.ABSENT) {
            return;
        }
        for (int c : conceptsOfPaper.get(p)) {
            PostingList papers = papersOfConcept.get(c);
            papers.remove(p);
            if (papers.size() == 0) {
                papersOfConcept.set(c, null);
                conceptInts.release(c);
            }
        }
        conceptsOfPaper.set(p, null);
        paperInts.release(p);
    }

    /** The papers the index holds: a view that follows it. */
    public Set<String> papers() {
        return paperInts.ids();
    }

    /** The paper's linking concepts, ordered by id; none for a paper the index does not hold. */
    public List<String> concepts(String paper) {
        int p = paperInts.find(paper);
        if (p == Interner.ABSENT) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int c : conceptsOfPaper.get(p)) {
            out.add(conceptInts.id(c));
        }
        return out;
    }

    /** The paper's strongest links, strongest first: at most {@link ConceptLinks#maxLinksPerPaper()}. */
    public List<ConceptLinks.Link> topLinks(String paper) {
        int p = paperInts.find(paper);
        if (p == Interner.ABSENT) {
            return List.of();
        }
        Map<Integer, Shared> byPartner = new HashMap<>();
        for (int c : conceptsOfPaper.get(p)) {
            PostingList papers = papersOfConcept.get(c);
            if (rules.tooCommon(papers.size())) {
                continue;
            }
            double idf = rules.idf(papers.size());
            String concept = conceptInts.id(c);
            for (int i = 0; i < papers.size(); i++) {
                if (papers.get(i) != p) {
                    byPartner.computeIfAbsent(papers.get(i), q -> new Shared()).add(concept, idf);
                }
            }
        }
        // The weakest of the strongest so far on top, so selecting costs log k a partner, not a sort of all.
        PriorityQueue<ConceptLinks.Link> strongest = new PriorityQueue<>(ConceptLinks.STRONGEST.reversed());
        byPartner.forEach((q, shared) -> {
            strongest.add(shared.link(paper, paperInts.id(q)));
            if (strongest.size() > rules.maxLinksPerPaper()) {
                strongest.poll();
            }
        });
        return strongest.stream().map(l -> new ConceptLinks.Link(l.a(), l.b(), l.weight(), List.copyOf(l.concepts())))
                .sorted(ConceptLinks.STRONGEST).toList();
    }

    /** The concepts a paper shares with one partner, in id order, and the sum of their idf in that order. */
    private static final class Shared {
        private final List<String> concepts = new ArrayList<>();
        private double weight;

        void add(String concept, double idf) {
            concepts.add(concept);
            weight += idf;
        }

        /** A link that holds this list itself, not a copy: most never leave {@link #topLinks}. */
        ConceptLinks.Link link(String paper, String partner) {
            boolean first = paper.compareTo(partner) < 0;
            return new ConceptLinks.Link(first ? paper : partner, first ? partner : paper,
                    Math.round(weight * 1000) / 1000.0, concepts);
        }
    }
}
