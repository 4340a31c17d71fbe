package org.papergraph.extractor.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.PaperConcepts;

/**
 * Which papers to link because they share concepts, and how strongly. A shared concept named by {@code df}
 * papers counts {@code log((maxPapersPerConcept + 1) / df)}, so one that many papers name links them weakly;
 * a link's weight is the sum over its shared concepts, rounded to 3 decimals. Each paper ranks its links by
 * weight, then by {@code a}, then by {@code b}, and a link is kept when it is among the strongest
 * {@code maxLinksPerPaper} of either of its papers, so the number of links grows linearly with papers.
 * A concept named by more than {@code maxPapersPerConcept} papers links none: it says little about any pair.
 *
 * <p>The weight does not depend on how many papers the corpus holds, only on how many name each concept, so
 * adding, changing or removing a paper changes only the weights of the concepts it names: an incremental build
 * that recomputes the links of the papers naming those concepts (the tests state it as {@code LinkUpdate}) is exact.
 */
public final class ConceptLinks {

    /** A link between two papers ({@code a < b}) with the concepts they share, ordered by id. */
    public record Link(String a, String b, double weight, List<String> concepts) {
    }

    public static final int MAX_PAPERS_PER_CONCEPT = 500;
    /** How many links each paper keeps in the graph papergraph builds. */
    public static final int DEFAULT_MAX_LINKS_PER_PAPER = 10;
    /** The order in which a paper ranks its links; ties go by ids so every build ranks alike. */
    static final Comparator<Link> STRONGEST = Comparator.comparingDouble(Link::weight).reversed()
            .thenComparing(Link::a).thenComparing(Link::b);

    private final int maxLinksPerPaper;
    private final int maxPapersPerConcept;

    public ConceptLinks(int maxLinksPerPaper) {
        this(maxLinksPerPaper, MAX_PAPERS_PER_CONCEPT);
    }

    public ConceptLinks(int maxLinksPerPaper, int maxPapersPerConcept) {
        this.maxLinksPerPaper = maxLinksPerPaper;
        this.maxPapersPerConcept = maxPapersPerConcept;
    }

    /** The links papergraph's graph has among these papers: through shared specific concepts. */
    public static List<Link> of(List<PaperConcepts> papers) {
        Map<String, List<String>> specific = new LinkedHashMap<>();
        for (PaperConcepts p : papers) {
            specific.put(p.paper().id(), p.concepts().stream().filter(Concept::specific).map(Concept::id).toList());
        }
        return new ConceptLinks(DEFAULT_MAX_LINKS_PER_PAPER).links(specific);
    }

    /** An empty index that links papers by these rules. */
    public ConceptLinkIndex index() {
        return new ConceptLinkIndex(this);
    }

    /**
     * The links kept among papers given each paper's linking concepts: every paper's strongest, ordered by
     * {@code a} then {@code b}.
     *
     * @param conceptsByPaper paper id -> ids of the concepts that may link it (papergraph passes the specific ones)
     */
    public List<Link> links(Map<String, ? extends Collection<String>> conceptsByPaper) {
        ConceptLinkIndex index = index();
        conceptsByPaper.forEach(index::put);
        Set<Link> kept = new HashSet<>();
        for (String paper : conceptsByPaper.keySet()) {
            kept.addAll(index.topLinks(paper));
        }
        List<Link> out = new ArrayList<>(kept);
        out.sort(Comparator.comparing(Link::a).thenComparing(Link::b));
        return out;
    }

    public int maxLinksPerPaper() {
        return maxLinksPerPaper;
    }

    /** Whether a concept named by this many papers is too common to link them. */
    boolean tooCommon(int papers) {
        return papers > maxPapersPerConcept;
    }

    /** What a concept named by this many papers adds to the weight of a link through it. */
    double idf(int papers) {
        return Math.log((double) (maxPapersPerConcept + 1) / papers);
    }
}
