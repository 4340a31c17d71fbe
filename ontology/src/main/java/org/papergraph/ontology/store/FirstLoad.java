package org.papergraph.ontology.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.ontology.mapping.ConceptStatistics;
import org.papergraph.ontology.mapping.LayoutUpgrade;
import org.papergraph.ontology.mapping.PaperToRdf;
import org.papergraph.ontology.vocab.PG;

/**
 * The first load of a new store through TDB2's parallel bulk loader, which writes indexes in bulk instead of one
 * transaction at a time. It holds the same triples {@link PapergraphStore#write} would: each paper's named graph,
 * each concept's description as the last paper naming it gives it, and the concepts' paper counts. The loader is
 * not transactional, so it loads into {@code DIR.loading} and the directory becomes the store only once the load is
 * complete: a load cut short leaves no store, and the next one starts over.
 *
 * <pre>{@code
 * try (FirstLoad load = FirstLoad.into(Path.of("data/tdb2"))) {
 *     load.add(batch);
 *     StoreChange change = load.finish();
 * }
 * }</pre>
 */
public final class FirstLoad implements AutoCloseable {

    private final Path directory;
    private final Path loading;
    private final DatasetGraph database;
    private final DataLoader loader;
    private final StreamRDF quads;
    /** By concept id, the last paper's concept without its mentions: descriptions are written once, at the end. */
    private final Map<String, Concept> described = new LinkedHashMap<>();
    private final Set<String> papers = new LinkedHashSet<>();
    /** By concept id, how many of the papers added name it. */
    private final Map<String, Long> paperCounts = new HashMap<>();
    private boolean finished;

    private FirstLoad(Path directory, Path loading) {
        this.directory = directory;
        this.loading = loading;
        this.database = DatabaseMgr.connectDatasetGraph(loading.toString());
        // The loader's own progress lines would go to papergraph's console.
        this.loader = LoaderFactory.parallelLoader(database, (format, args) -> { });
        loader.startBulk();
        this.quads = loader.stream();
    }

    /**
     * Starts the first load of the store in {@code directory}, which must not exist yet; what a load cut short left
     * beside it is removed first.
     */
    public static FirstLoad into(Path directory) {
        if (Files.exists(directory)) {
            throw new IllegalStateException("the RDF store " + directory + " exists: a first load makes a new one");
        }
        Path loading = directory.resolveSibling(directory.getFileName() + ".loading");
        deleteTree(loading);
        return new FirstLoad(directory, loading);
    }

    /**
     * Adds papers, each once; a concept's description is the one the last paper naming it gives.
     *
     * @throws org.papergraph.ontology.validate.ShaclViolationException naming a paper whose RDF fails the shapes;
     *                                                                  nothing of that batch is loaded
     * @throws IllegalArgumentException for a paper added before
     */
    public void add(List<PaperConcepts> batch) {
        List<Model> graphs = batch.stream().map(PapergraphStore::validPaperGraph).toList();
        for (int i = 0; i < batch.size(); i++) {
            PaperConcepts paper = batch.get(i);
            if (!papers.add(paper.paper().id())) {
                throw new IllegalArgumentException("paper " + paper.paper().id() + " is added twice");
            }
            emit(PG.paper(paper.paper().id()).asNode(), graphs.get(i));
            paper.concepts().stream().map(Concept::id).distinct().forEach(id -> paperCounts.merge(id, 1L, Long::sum));
            for (Concept c : paper.concepts()) {
                described.put(c.id(), new Concept(c.id(), c.name(), c.type(), c.aliases(), c.role(), c.confidence(),
                        c.specific(), List.of()));
            }
        }
    }

    /**
     * Writes the concept descriptions, their statistics and the revision, completes the load and makes it the store.
     */
    public StoreChange finish() {
        Model concepts = ModelFactory.createDefaultModel();
        described.values().forEach(c -> concepts.add(PaperToRdf.conceptDescription(c)));
        emit(PG.CONCEPTS_GRAPH.asNode(), concepts);
        Map<String, ConceptType> types = new HashMap<>();
        described.forEach((id, c) -> types.put(id, c.type()));
        emit(PG.STATISTICS_GRAPH.asNode(), ConceptStatistics.of(paperCounts, types));
        Model store = ModelFactory.createDefaultModel();
        store.addLiteral(PG.STORE, PG.revision, 1L);
        store.addLiteral(PG.STORE, PG.layout, LayoutUpgrade.CURRENT);
        emit(PG.STORE_GRAPH.asNode(), store);
        loader.finishBulk();
        TDBInternal.expel(database);
        finished = true;
        try {
            Files.move(loading, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + loading + " the RDF store " + directory, e);
        }
        return new StoreChange(1, papers, Set.of(), described.keySet());
    }

    private void emit(Node graph, Model model) {
        model.getGraph().find().forEach((Triple t) -> quads.quad(
                Quad.create(graph, t.getSubject(), t.getPredicate(), t.getObject())));
    }

    /** Abandons an unfinished load and removes what it wrote. */
    @Override
    public void close() {
        if (!finished) {
            loader.finishException(new IllegalStateException("first load abandoned"));
            TDBInternal.expel(database);
            deleteTree(loading);
        }
    }

    private static void deleteTree(Path dir) {
        try {
            if (Files.exists(dir)) {
                PathUtils.deleteDirectory(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
