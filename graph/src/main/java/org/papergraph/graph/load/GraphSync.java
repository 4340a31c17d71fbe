package org.papergraph.graph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Driver;
import org.papergraph.extractor.link.ConceptLinkIndex;
import org.papergraph.extractor.link.ConceptLinks;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Paper;
import org.papergraph.graph.load.GraphRows.ConceptRow;
import org.papergraph.graph.load.GraphRows.PaperRow;
import org.papergraph.graph.load.GraphRows.RelationRow;
import org.papergraph.graph.load.GraphRows.ReportedResult;
import org.papergraph.ontology.store.ConceptDescription;
import org.papergraph.ontology.store.ConceptRecord;
import org.papergraph.ontology.store.PaperRecord;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.ontology.store.ResultRecord;
import org.papergraph.ontology.store.StoreChange;

/**
 * Brings Neo4j in line with the RDF store, the one source both the SPARQL endpoint and the property graph are made
 * from. The graph records the store revision it was loaded from; when that is the revision a build started from, only
 * what the build changed is written: its papers with their results, the concepts they name, and the links of the
 * papers whose links can have changed. Otherwise (a first load, another Neo4j, an interrupted load) everything is
 * written and what the store no longer holds is removed.
 *
 * <p>Links are exact either way: a shared concept weighs by how many papers name it, never by the size of the
 * corpus (see {@link ConceptLinks}), so a paper's links can change only when it changed or when one of its concepts
 * gained or lost papers; exactly those papers rank their links again.
 *
 * <pre>{@code
 * GraphSync.Result r = new GraphSync(driver, null, System.err::println).sync(store, revisionBefore, change, listener);
 * }</pre>
 */
public final class GraphSync {

    /** What a sync did: whether it wrote only the change, how many papers it wrote and re-ranked, what Neo4j holds. */
    public record Result(boolean incremental, int papersWritten, int papersRanked, GraphLoader.Counts counts) {
    }

    /** Told of the steps of a sync (papers, then links) and of the papers done in each. */
    public interface Listener {
        default void stepStarted(String step, int total) {
        }

        default void stepProgress(int done) {
        }

        default void stepEnded() {
        }
    }

    /** Papers read from the store and written to Neo4j at a time: bounds memory whatever the store's size. */
    private static final int PAPERS_PER_BATCH = 2000;
    private final GraphLoader loader;
    private final ConceptLinks links = new ConceptLinks(ConceptLinks.DEFAULT_MAX_LINKS_PER_PAPER);

    /**
     * @param database  the database to load, or null for the server's default
     * @param onProblem told of each row Neo4j refused, naming the paper or concept and the input's {@code file:line}
     */
    public GraphSync(Driver driver, String database, java.util.function.Consumer<String> onProblem) {
        this.loader = new GraphLoader(driver, database, onProblem);
    }

    /**
     * Makes Neo4j hold exactly what the store holds.
     *
     * @param since  the store's revision before {@code change}; the change alone is written when the graph holds it
     * @param change what changed in the store since then
     */
    public Result sync(PapergraphStore store, long since, StoreChange change, Listener listener) {
        loader.createSchema();
        long revision = store.revision();
        OptionalLong held = loader.revision();
        if (held.isPresent() && held.getAsLong() == revision) {
            return new Result(true, 0, 0, loader.counts());
        }
        boolean incremental = held.isPresent() && held.getAsLong() == since;
        // Marked as under way first: a load cut short leaves the graph marked, and the next build loads everything.
        loader.setRevision(-1);
        Result result = incremental ? applyChange(store, change, listener) : loadAll(store, listener);
        loader.setRevision(revision);
        return result;
    }

    private Result applyChange(PapergraphStore store, StoreChange change, Listener listener) {
        loader.deletePapers(change.removedPapers());
        Set<String> described = new LinkedHashSet<>();
        int written = writePapers(store, change.papers(), described, listener);
        // A description can change through a paper stored as it was, which names the concept after a changed one.
        List<ConceptRow> redescribed = new ArrayList<>();
        Set<String> gone = new TreeSet<>(change.concepts());
        store.forEachConcept(change.concepts(), c -> {
            gone.remove(c.id());
            if (!described.contains(c.id())) {
                redescribed.add(conceptRow(c));
            }
        });
        loader.writePapers(List.of(), redescribed, List.of(), List.of());
        loader.deleteConcepts(gone);
        // Only a paper starting or ceasing to name a concept moves its count, and such concepts are in the change.
        loader.countPapers(change.concepts());

        // A concept named by more papers than the build changed, plus the cap, was above the cap before too, so its
        // papers' links did not change through it.
        int bound = ConceptLinks.MAX_PAPERS_PER_CONCEPT + change.papers().size() + change.removedPapers().size();
        Set<String> affected = new TreeSet<>(change.papers());
        store.papersNaming(change.concepts()).values().stream().filter(papers -> papers.size() <= bound)
                .forEach(affected::addAll);
        ConceptLinkIndex index = indexFor(store, affected);
        rank(index, List.copyOf(affected), listener);
        return new Result(true, written, affected.size(), loader.counts());
    }

    /**
     * An index that knows enough to rank these papers' links: each paper's specific concepts, and every paper naming
     * one of those. A paper's strongest links come from its own concepts' posting lists alone, so the store is read
     * for the papers and concepts of the change, not whole.
     */
    private ConceptLinkIndex indexFor(PapergraphStore store, Set<String> papers) {
        Map<String, Set<String>> entries = new HashMap<>();
        Set<String> concepts = new TreeSet<>();
        store.forEachPaperConcepts(papers, p -> {
            entries.put(p.paper(), new TreeSet<>(p.specific()));
            concepts.addAll(p.specific());
        });
        store.papersNaming(concepts).forEach((concept, naming) -> naming.forEach(
                paper -> entries.computeIfAbsent(paper, k -> new TreeSet<>()).add(concept)));
        ConceptLinkIndex index = links.index();
        entries.forEach(index::put);
        return index;
    }

    private Result loadAll(PapergraphStore store, Listener listener) {
        Set<String> concepts = new LinkedHashSet<>();
        List<String> papers = new ArrayList<>();
        ConceptLinkIndex index = links.index();
        store.forEachPaperConcepts(p -> {
            papers.add(p.paper());
            index.put(p.paper(), p.specific());
        });
        int written = writePapers(store, papers, concepts, listener);
        loader.pruneTo(papers, concepts);
        loader.countPapers(concepts);
        loader.deleteLinks();
        rank(index, papers, listener);
        return new Result(false, written, papers.size(), loader.counts());
    }

    /**
     * Writes the papers with these ids, their concepts, relations and results, a batch at a time.
     *
     * @param concepts gets the ids of the concepts written
     */
    private int writePapers(PapergraphStore store, java.util.Collection<String> ids, Set<String> concepts,
                            Listener listener) {
        List<String> all = List.copyOf(new TreeSet<>(ids));
        listener.stepStarted("neo4j", all.size());
        try {
            for (int from = 0; from < all.size(); from += PAPERS_PER_BATCH) {
                List<PaperRow> papers = new ArrayList<>();
                Map<String, ConceptRow> batchConcepts = new LinkedHashMap<>();
                List<RelationRow> relations = new ArrayList<>();
                List<ReportedResult> results = new ArrayList<>();
                store.forEachPaper(all.subList(from, Math.min(all.size(), from + PAPERS_PER_BATCH)), p -> {
                    papers.add(paperRow(p));
                    for (ConceptRecord c : p.concepts()) {
                        if (concepts.add(c.id())) {
                            batchConcepts.put(c.id(), conceptRow(c.description()));
                        }
                        relations.add(new RelationRow(p.id(), c.id(), c.role().label(), c.confidence(), c.mentionCount(),
                                c.foundBy().stream().map(ExtractionRule::label).toList()));
                    }
                    for (ResultRecord r : p.results()) {
                        results.add(new ReportedResult(p.id(), r.row(), r.value(), r.sentence()));
                    }
                });
                loader.writePapers(papers, List.copyOf(batchConcepts.values()), relations, results);
                listener.stepProgress(Math.min(all.size(), from + PAPERS_PER_BATCH));
            }
        } finally {
            listener.stepEnded();
        }
        return all.size();
    }

    private void rank(ConceptLinkIndex index, List<String> papers, Listener listener) {
        listener.stepStarted("links", papers.size());
        try {
            loader.rankLinks(papers, index::topLinks, listener::stepProgress);
        } finally {
            listener.stepEnded();
        }
    }

    private static ConceptRow conceptRow(ConceptDescription c) {
        return new ConceptRow(c.id(), c.name(), c.type().label(), c.aliases(), c.specific());
    }

    private static PaperRow paperRow(PaperRecord p) {
        return new PaperRow(p.id(), p.title(), p.date(), Paper.yearOf(p.date()), p.doi(), p.url(), p.authors(),
                p.categories(), p.source());
    }
}
