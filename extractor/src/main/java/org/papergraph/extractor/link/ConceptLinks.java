package org.papergraph.extractor.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.PaperConcepts;

/**
 * Which papers to link because they share concepts, and how strongly. A shared concept counts by its
 * inverse document frequency, so one that most papers name links them weakly; each paper keeps only
 * its strongest {@code maxLinksPerPaper} links, so the number of links grows linearly with papers.
 * A concept named by more than {@link #MAX_PAPERS_PER_CONCEPT} papers links none: it says little
 * about any pair, and would cost a number of pairs quadratic in its papers.
 */
public final class ConceptLinks {

    /** A link between two papers ({@code a < b}) with the concepts they share. */
    public record Link(String a, String b, double weight, List<String> concepts) {
    }

    public static final int MAX_PAPERS_PER_CONCEPT = 500;
    /** How many links each paper keeps in the graph papergraph builds. */
    public static final int DEFAULT_MAX_LINKS_PER_PAPER = 10;
    private final int maxLinksPerPaper;

    public ConceptLinks(int maxLinksPerPaper) {
        this.maxLinksPerPaper = maxLinksPerPaper;
    }

    /** The links papergraph's graph has among these papers: through shared specific concepts. */
    public static List<Link> of(List<PaperConcepts> papers) {
        Map<String, List<String>> specific = new java.util.LinkedHashMap<>();
        for (PaperConcepts p : papers) {
            specific.put(p.paper().id(), p.concepts().stream().filter(Concept::specific).map(Concept::id).toList());
        }
        return new ConceptLinks(DEFAULT_MAX_LINKS_PER_PAPER).links(specific);
    }

    /**
     * The links among papers given each paper's linking concepts.
     *
     * @param conceptsByPaper paper id -> ids of the concepts that may link it (papergraph passes the specific ones)
     */
    public List<Link> links(Map<String, ? extends Collection<String>> conceptsByPaper) {
        int n = conceptsByPaper.size();
        Map<String, List<String>> papersByConcept = new TreeMap<>();
        conceptsByPaper.forEach((paper, concepts) -> new TreeSet<>(concepts)
                .forEach(c -> papersByConcept.computeIfAbsent(c, k -> new ArrayList<>()).add(paper)));
        Map<String, Map<String, List<String>>> shared = new TreeMap<>();
        Map<String, Double> idf = new HashMap<>();
        for (Map.Entry<String, List<String>> e : papersByConcept.entrySet()) {
            List<String> papers = e.getValue();
            if (papers.size() < 2 || papers.size() > MAX_PAPERS_PER_CONCEPT) {
                continue;
            }
            idf.put(e.getKey(), Math.log((double) (n + 1) / papers.size()));
            papers.sort(null);
            for (int i = 0; i < papers.size(); i++) {
                for (int j = i + 1; j < papers.size(); j++) {
                    shared.computeIfAbsent(papers.get(i), k -> new TreeMap<>())
                            .computeIfAbsent(papers.get(j), k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        List<Link> all = new ArrayList<>();
        shared.forEach((a, row) -> row.forEach((b, concepts) -> {
            double w = concepts.stream().mapToDouble(idf::get).sum();
            all.add(new Link(a, b, Math.round(w * 1000) / 1000.0, List.copyOf(concepts)));
        }));
        return capped(all);
    }

    /** Keeps a link when it is among the strongest of either of its papers. */
    private List<Link> capped(List<Link> all) {
        Comparator<Link> strongest = Comparator.comparingDouble(Link::weight).reversed()
                .thenComparing(Link::a).thenComparing(Link::b);
        Map<String, List<Link>> byPaper = new HashMap<>();
        for (Link l : all) {
            byPaper.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
            byPaper.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
        }
        Set<Link> kept = new HashSet<>();
        for (List<Link> ls : byPaper.values()) {
            ls.sort(strongest);
            kept.addAll(ls.subList(0, Math.min(maxLinksPerPaper, ls.size())));
        }
        List<Link> out = new ArrayList<>(kept);
        out.sort(Comparator.comparing(Link::a).thenComparing(Link::b));
        return out;
    }
}
