package org.papergraph.ontology.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.extractor.ExtractorVersion;
import org.papergraph.extractor.lookup.LookupKey;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.Role;
import org.papergraph.extractor.read.PaperIds;
import org.papergraph.ontology.mapping.LayoutUpgrade;
import org.papergraph.ontology.mapping.ConceptStatistics;
import org.papergraph.ontology.mapping.PaperToRdf;
import org.papergraph.ontology.mapping.RdfChange;
import org.papergraph.ontology.validate.ShaclCheck;
import org.papergraph.ontology.validate.ShaclViolationException;
import org.papergraph.ontology.vocab.PG;

/**
 * The papergraph RDF store: a TDB2 dataset on disk with one named graph per paper plus the concepts graph.
 * SPARQL queries on {@link #dataset()} see the union of all named graphs as their default graph
 * ({@link TDB2#symUnionDefaultGraph}); through the Model API, use {@link #unionModel()}.
 */
public final class PapergraphStore implements AutoCloseable {
    /** Beside the database: its size in bytes after the last compaction, or after the first write. */
    private static final String COMPACTED_BYTES = "papergraph-compacted-bytes";
    private final Dataset dataset;
    private final Path directory;

    private PapergraphStore(Dataset dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
    }

    /**
     * Opens the store in a directory, creating the directory and an empty database if needed.
     *
     * @throws IllegalStateException when another process has the store open (TDB2 allows one process at a time)
     */
    public static PapergraphStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + directory, e);
        }
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(directory.toString());
        } catch (DBOpEnvException e) {
            // TDB2 lets one process at a time open a store; say who to ask instead.
            String hint = String.valueOf(e.getMessage()).contains("lock") ? "; another process has it open (such as "
                    + "'papergraph serve'): stop it first, or query that server's SPARQL endpoint" : "";
            throw new IllegalStateException("cannot open the RDF store " + directory + " (" + e.getMessage() + ")" + hint, e);
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        PapergraphStore store = new PapergraphStore(dataset, directory);
        store.upgradeLayout();
        return store;
    }

    /**
     * Brings a store written in an earlier layout (before lookup keys or paper counts) to the current one, with a new
     * revision, so that the next build loads Neo4j afresh (its graph is of the earlier layout too).
     */
    private void upgradeLayout() {
        if (Txn.calculateRead(dataset, () -> LayoutUpgrade.needed(dataset))) {
            Txn.executeWrite(dataset, () -> {
                LayoutUpgrade.run(dataset);
                nextRevision();
            });
        }
    }

    /**
     * Writes papers in one transaction, each replacing what an earlier write stored for the same paper, and counts
     * the revision up if anything changed. Every paper's RDF is checked against the SHACL shapes first; if one fails,
     * nothing is written. Call it outside any transaction on {@link #dataset()}: compaction waits for them to end.
     *
     * @return what changed; empty when all papers were stored as they are
     * @throws ShaclViolationException naming the paper and listing the first violations; the store is then unchanged
     */
    public StoreChange write(List<PaperConcepts> papers) {
        if (dataset.isInTransaction()) {
            throw new IllegalStateException("write runs its own transaction and compaction, which would wait for yours");
        }
        papers.forEach(PapergraphStore::validPaperGraph);
        StoreChange change = Txn.calculateWrite(dataset, () -> {
            RdfChange written = PaperToRdf.write(dataset, papers);
            long revision = written.isEmpty() ? revisionInTransaction() : nextRevision();
            return new StoreChange(revision, written.papers(), Set.of(), written.concepts());
        });
        compactIfGrown(change);
        return change;
    }

    /**
     * Removes papers with their mentions and the concepts no other paper names, and counts the revision up if any was
     * there. Ids the store does not hold are passed over, so removing twice changes nothing the second time.
     *
     * @return what changed: {@link StoreChange#removedPapers()} are the ids that were removed
     */
    public StoreChange remove(Collection<String> paperIds) {
        if (dataset.isInTransaction()) {
            throw new IllegalStateException("remove runs its own transaction and compaction, which would wait for yours");
        }
        StoreChange change = Txn.calculateWrite(dataset, () -> {
            Map<String, Set<String>> removed = PaperToRdf.remove(dataset, paperIds);
            Set<String> concepts = new LinkedHashSet<>();
            removed.values().forEach(concepts::addAll);
            long revision = removed.isEmpty() ? revisionInTransaction() : nextRevision();
            return new StoreChange(revision, Set.of(), removed.keySet(), concepts);
        });
        compactIfGrown(change);
        return change;
    }

    /**
     * The paper's named graph, once it passes the SHACL shapes with its concepts' descriptions. That is
     * self-contained, so each paper is validated in memory (fast) before anything is written; validating the
     * store's union after the writes took minutes.
     *
     * @throws ShaclViolationException naming the paper and listing the first violations
     */
    static Model validPaperGraph(PaperConcepts paper) {
        Model graph = PaperToRdf.paperGraph(paper);
        Model descriptions = ModelFactory.createDefaultModel();
        paper.concepts().forEach(c -> descriptions.add(PaperToRdf.conceptDescription(c)));
        ShaclCheck.requireValid(ModelFactory.createUnion(graph, descriptions).getGraph(),
                "paper " + paper.paper().id() + " (" + paper.paper().source() + ")");
        return graph;
    }

    /** How many write transactions have changed the store; 0 for an empty store. */
    public long revision() {
        return Txn.calculateRead(dataset, this::revisionInTransaction);
    }

    private long revisionInTransaction() {
        Statement s = dataset.getNamedModel(PG.STORE_GRAPH).getProperty(PG.STORE, PG.revision);
        return s == null ? 0 : s.getLong();
    }

    /** Counts the revision up; whatever changed was written in the current layout, which the store records. */
    private long nextRevision() {
        long next = revisionInTransaction() + 1;
        Model store = dataset.getNamedModel(PG.STORE_GRAPH);
        store.removeAll(PG.STORE, PG.revision, null);
        store.addLiteral(PG.STORE, PG.revision, next);
        LayoutUpgrade.mark(dataset);
        return next;
    }

    /**
     * TDB2 never reuses space: every write transaction appends new index blocks, so replacing papers grows the store
     * by what they held. Once the database has grown to twice its size after the last compaction, it is compacted:
     * the live data is copied into a new generation (Data-NNNN), every handle on this directory in this JVM is
     * switched over to it, and the old one is deleted once its last reader has finished. Compacting on every change
     * would copy the whole store for each few papers added; this way a store holds at most its data twice over, and
     * the copies cost, amortised, a constant factor of what was written.
     */
    private void compactIfGrown(StoreChange change) {
        if (change.isEmpty()) {
            return;
        }
        Path record = directory.resolve(COMPACTED_BYTES);
        long size = databaseBytes();
        long compacted = readLong(record);
        if (compacted > 0 && size <= 2 * compacted) {
            return;
        }
        if (compacted > 0) {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
            size = databaseBytes();
        }
        try {
            Files.writeString(record, Long.toString(size));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + record, e);
        }
    }

    /** The bytes of the store's current generation: the files under its Data-NNNN directories. */
    private long databaseBytes() {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getParent() != null
                            && f.getParent().getFileName().toString().startsWith("Data-"))
                    .mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the store " + directory, e);
        }
    }

    private static long readLong(Path file) {
        try {
            return Files.isRegularFile(file) ? Long.parseLong(Files.readString(file).trim()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /**
     * For each key, the ids of the papers whose id it is, else of those whose title it is, ignoring case (empty: no
     * paper). One pass over the titles answers every key.
     */
    public Map<String, List<String>> findPapers(Collection<String> keys) {
        return Txn.calculateRead(dataset, () -> {
            Model union = unionModel();
            Map<String, List<String>> idsByTitle = new HashMap<>();
            union.listStatements(null, DCTerms.title, (RDFNode) null).forEachRemaining(st -> {
                if (st.getObject().isLiteral()) {
                    idsByTitle.computeIfAbsent(st.getString().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(st.getSubject().getProperty(PG.paperId).getString());
                }
            });
            Map<String, List<String>> found = new LinkedHashMap<>();
            for (String key : keys) {
                found.put(key, union.contains(PG.paper(key), RDF.type, PG.Paper) ? List.of(key)
                        : idsByTitle.getOrDefault(key.strip().toLowerCase(Locale.ROOT), List.of()).stream()
                                .distinct().sorted().toList());
            }
            return found;
        });
    }

    /** The TDB2 dataset, for SPARQL and servers; queries see the union of the named graphs as default graph. */
    public Dataset dataset() {
        return dataset;
    }

    /** The union of all named graphs; use inside a read or write transaction on {@link #dataset()}. */
    public Model unionModel() {
        return dataset.getUnionModel();
    }

    /** How many papers the store holds. */
    public long paperCount() {
        return countInstances(PG.Paper);
    }

    /** How many concepts the store describes; only concepts some paper names are kept. */
    public long conceptCount() {
        return countInstances(PG.Concept);
    }

    /** How many mentions the store holds, over all papers. */
    public long mentionCount() {
        return countInstances(PG.Mention);
    }

    /** How many results the store holds, over all papers. */
    public long resultCount() {
        return countInstances(PG.Result);
    }

    /**
     * Every result the store holds, inside one read transaction: the papers that report any ordered by IRI, each one's
     * results as {@link PaperRecord#results()} orders them. Read from the results alone, without paper records.
     */
    public void forEachResult(Consumer<ResultRecord> action) {
        Txn.executeRead(dataset, () -> {
            List<Node> papers = dataset.asDatasetGraph().getUnionGraph().stream(Node.ANY, PG.reports.asNode(), Node.ANY)
                    .map(Triple::getSubject).distinct().sorted(Comparator.comparing(Node::getURI)).toList();
            for (Node paper : papers) {
                RecordReader.results(dataset.getNamedModel(paper.getURI()), PG.paperIdOf(paper)).forEach(action);
            }
        });
    }

    /**
     * Reads every paper with its concepts and results, ordered by paper IRI, inside one read transaction: the API
     * downstream loaders read through. The action sees a consistent snapshot and must not write to this store.
     */
    public void forEachPaper(Consumer<PaperRecord> action) {
        Txn.executeRead(dataset, () -> {
            List<Resource> papers = unionModel().listSubjectsWithProperty(RDF.type, PG.Paper).toList();
            papers.sort(Comparator.comparing(Resource::getURI));
            readPapers(papers, action);
        });
    }

    /** Reads the papers with these ids that the store holds, ordered by paper IRI; see {@link #forEachPaper}. */
    public void forEachPaper(Collection<String> ids, Consumer<PaperRecord> action) {
        Txn.executeRead(dataset, () -> {
            List<Resource> papers = new ArrayList<>();
            for (String id : new LinkedHashSet<>(ids)) {
                if (dataset.containsNamedModel(PG.paper(id).getURI())) {
                    papers.add(PG.paper(id));
                }
            }
            papers.sort(Comparator.comparing(Resource::getURI));
            readPapers(papers, action);
        });
    }

    private void readPapers(List<Resource> papers, Consumer<PaperRecord> action) {
        RecordReader reader = new RecordReader(dataset.getNamedModel(PG.CONCEPTS_GRAPH));
        for (Resource paper : papers) {
            action.accept(reader.paper(dataset.getNamedModel(paper), paper));
        }
    }

    /**
     * Every paper's id with the ids of the concepts it names and of those among them that are specific, read from
     * the role triples alone: what linking papers needs, without mentions or descriptions.
     */
    public void forEachPaperConcepts(Consumer<PaperConceptIds> action) {
        Txn.executeRead(dataset, () -> readPaperConcepts(dataset.asDatasetGraph().getUnionGraph()
                .stream(Node.ANY, RDF.type.asNode(), PG.Paper.asNode()).map(Triple::getSubject), action));
    }

    /** {@link #forEachPaperConcepts(Consumer)} for the papers with these ids that the store holds. */
    public void forEachPaperConcepts(Collection<String> ids, Consumer<PaperConceptIds> action) {
        Txn.executeRead(dataset, () -> readPaperConcepts(new LinkedHashSet<>(ids).stream().map(PG::paper)
                .filter(p -> dataset.containsNamedModel(p.getURI())).map(Resource::asNode), action));
    }

    /** Reads the papers ordered by IRI, inside the caller's read transaction. */
    private void readPaperConcepts(Stream<Node> papers, Consumer<PaperConceptIds> action) {
        Set<Node> specific = new HashSet<>();
        dataset.getNamedModel(PG.CONCEPTS_GRAPH).listResourcesWithProperty(PG.specific, true)
                .forEachRemaining(c -> specific.add(c.asNode()));
        DatasetGraph dsg = dataset.asDatasetGraph();
        for (Node paper : papers.sorted(Comparator.comparing(Node::getURI)).toList()) {
            Set<Node> named = new TreeSet<>(Comparator.comparing(Node::getURI));
            dsg.find(paper, Node.ANY, PG.ofConcept.asNode(), Node.ANY).forEachRemaining(q -> named.add(q.getObject()));
            action.accept(new PaperConceptIds(PG.paperIdOf(paper),
                    named.stream().map(PG::conceptIdOf).toList(),
                    named.stream().filter(specific::contains).map(PG::conceptIdOf).toList()));
        }
    }

    /**
     * For each of these papers that the store holds, its mentions ordered by field, start, end and concept id: where
     * its title and abstract name each concept. Ids the store does not hold are passed over.
     */
    public Map<String, List<MentionRecord>> mentions(Collection<String> paperIds) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, List<MentionRecord>> mentions = new LinkedHashMap<>();
            for (String id : new LinkedHashSet<>(paperIds)) {
                if (dataset.containsNamedModel(PG.paper(id).getURI())) {
                    mentions.put(id, RecordReader.mentions(dataset.getNamedModel(PG.paper(id))));
                }
            }
            return mentions;
        });
    }

    /**
     * Every paper's title, date and roles, ordered by paper IRI, inside one read transaction: read from the paper
     * graphs' own triples, many times faster than {@link #forEachPaper(Consumer)}, which builds every concept's
     * record in every paper.
     */
    public void forEachPaperRoles(Consumer<PaperRoles> action) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Node> papers = dsg.getUnionGraph().stream(Node.ANY, RDF.type.asNode(), PG.Paper.asNode())
                    .map(Triple::getSubject).sorted(Comparator.comparing(Node::getURI)).toList();
            for (Node paper : papers) {
                Graph graph = dsg.getGraph(paper);
                Map<String, Role> roles = new HashMap<>();
                for (Role role : Role.values()) {
                    graph.find(paper, PG.roleProperty(role).asNode(), Node.ANY)
                            .forEach(t -> roles.put(PG.conceptIdOf(t.getObject()), role));
                }
                action.accept(new PaperRoles(PG.paperIdOf(paper), literal(graph, paper, DCTerms.title, ""),
                        literal(graph, paper, DCTerms.date, null), roles));
            }
        });
    }

    private static String literal(Graph graph, Node subject, Property property, String absent) {
        ExtendedIterator<Triple> found = graph.find(subject, property.asNode(), Node.ANY);
        try {
            return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : absent;
        } finally {
            found.close();
        }
    }

    /** For each of these concept ids, the ids of the papers naming it (none for a concept the store lacks). */
    public Map<String, List<String>> papersNaming(Collection<String> conceptIds) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, List<String>> naming = new LinkedHashMap<>();
            for (String id : new LinkedHashSet<>(conceptIds)) {
                naming.put(id, ConceptStatistics.papersNaming(dataset.asDatasetGraph(), PG.concept(id).asNode())
                        .stream().map(PG::paperIdOf).sorted().toList());
            }
            return naming;
        });
    }

    /** How a paper as read compares with the store's copy of it. */
    public enum StoredCopy {
        /** The store holds no such paper, or holds other content, or concepts older rules found. */
        NONE,
        /** The store holds the paper as read, extracted by the running rules. */
        SAME,
        /** As {@link #SAME}, but read from another place ({@code file:line}): only where it was read changed. */
        MOVED
    }

    /**
     * Whether the store holds the paper as read: the same title, abstract, authors, date, DOI, URL and categories,
     * extracted by the same rules ({@link ExtractorVersion}). Then extracting it again would find what is stored.
     */
    public StoredCopy storedCopy(Paper paper) {
        return Txn.calculateRead(dataset, () -> {
            Resource iri = PG.paper(paper.id());
            if (!dataset.containsNamedModel(iri.getURI())) {
                return StoredCopy.NONE;
            }
            Model graph = dataset.getNamedModel(iri);
            if (!graph.contains(iri, PG.extractedWith, ExtractorVersion.current())) {
                return StoredCopy.NONE;
            }
            PaperRecord stored = RecordReader.description(graph, iri);
            boolean same = stored.title().equals(paper.title()) && stored.abstractText().equals(paper.abstractText())
                    && stored.authors().equals(paper.authors()) && Objects.equals(stored.date(), emptyToNull(paper.date()))
                    && Objects.equals(stored.doi(), emptyToNull(paper.doi()))
                    && Objects.equals(stored.url(), emptyToNull(paper.url()))
                    && stored.categories().equals(paper.categories().stream().sorted().toList());
            if (!same) {
                return StoredCopy.NONE;
            }
            return Objects.equals(stored.source(), emptyToNull(paper.source())) ? StoredCopy.SAME : StoredCopy.MOVED;
        });
    }

    /** Another paper the store holds that a paper as read is a copy of, the key they share, and where it was read. */
    public record HeldCopy(String id, String sharedKey, String source) {
    }

    /**
     * The paper the store holds under another id that {@code paper} is a copy of: the same DOI, else the same arXiv
     * id, else the same normalised title, the keys copies merge on within one build. So a BibTeX entry built after
     * the OpenAlex record of the same paper merges into it instead of storing the paper twice. Null when none, and
     * when the store holds a paper under the paper's own id: that one is the paper, to be replaced if it changed.
     */
    public HeldCopy heldCopy(Paper paper) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph g = dataset.asDatasetGraph();
            if (g.containsGraph(PG.paper(paper.id()).asNode())) {
                return null;
            }
            String doi = PaperIds.doiKey(paper.id(), paper.doi());
            String arxiv = PaperIds.arxivKey(paper.id(), paper.doi(), paper.url());
            String title = PaperIds.normaliseTitle(paper.title());
            // Papers are keyed by their DOI and arXiv id ({@link PaperToRdf#paperKeys}), so each is one index probe.
            String held = doi == null ? null : otherPaperKeyed(g, paper.id(), "doi:" + doi).findFirst().orElse(null);
            if (held != null) {
                return heldCopy(g, held, "DOI " + doi);
            }
            held = arxiv == null ? null : otherPaperKeyed(g, paper.id(), "arxiv:" + arxiv).findFirst().orElse(null);
            if (held != null) {
                return heldCopy(g, held, "arXiv id " + arxiv);
            }
            // The title's lookup key finds candidates; the normalised title, which copies merge on, decides.
            return title.isEmpty() ? null : otherPaperKeyed(g, paper.id(), paper.title())
                    .filter(id -> g.stream(Node.ANY, PG.paper(id).asNode(), DCTerms.title.asNode(), Node.ANY)
                            .anyMatch(t -> t.getObject().isLiteral()
                                    && PaperIds.normaliseTitle(t.getObject().getLiteralLexicalForm()).equals(title)))
                    .findFirst().map(id -> heldCopy(g, id, "title")).orElse(null);
        });
    }

    /** The ids of the stored papers, other than {@code self}, keyed by the lookup key of {@code name}. */
    private static Stream<String> otherPaperKeyed(DatasetGraph g, String self, String name) {
        Node key = NodeFactory.createLiteralString(LookupKey.of(name));
        return g.stream(Node.ANY, Node.ANY, PG.key.asNode(), key)
                .map(Quad::getSubject)
                .filter(s -> g.contains(Node.ANY, s, RDF.type.asNode(), PG.Paper.asNode()))
                .map(PG::paperIdOf)
                .filter(id -> !id.equals(self))
                .distinct();
    }

    private static HeldCopy heldCopy(DatasetGraph g, String id, String sharedKey) {
        String source = g.stream(Node.ANY, PG.paper(id).asNode(), PG.sourceLocation.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElse("an unknown place");
        return new HeldCopy(id, sharedKey, source);
    }

    /** The first paper, other than {@code self}, stored under one of {@code ids} or with one of {@code values}. */
    private static String firstOther(DatasetGraph g, String self, Stream<String> ids, Stream<String> values,
                                     Property property) {
        String byId = ids.filter(id -> !id.equals(self))
                .filter(id -> g.containsGraph(PG.paper(id).asNode())).findFirst().orElse(null);
        if (byId != null) {
            return byId;
        }
        return values.distinct()
                .flatMap(v -> g.stream(Node.ANY, Node.ANY, property.asNode(), NodeFactory.createLiteralString(v)))
                .map(q -> q.getSubject())
                .filter(s -> g.contains(Node.ANY, s, RDF.type.asNode(), PG.Paper.asNode()))
                .map(PG::paperIdOf).filter(id -> !id.equals(self)).findFirst().orElse(null);
    }

    /**
     * Records where papers the store holds were read now ({@code file:line} by paper id), without touching what was
     * extracted from them: a record that moved in its file, or a file read from another directory, costs no
     * extraction. Ids the store does not hold are passed over.
     *
     * @return the papers whose place changed
     */
    public StoreChange relocate(Map<String, String> sources) {
        if (dataset.isInTransaction()) {
            throw new IllegalStateException("relocate runs its own transaction, which would wait for yours");
        }
        return Txn.calculateWrite(dataset, () -> {
            Set<String> moved = new LinkedHashSet<>();
            sources.forEach((id, source) -> {
                Resource iri = PG.paper(id);
                if (!dataset.containsNamedModel(iri.getURI())) {
                    return;
                }
                Model graph = dataset.getNamedModel(iri);
                Resource paper = graph.getResource(iri.getURI());
                if (source == null || source.isEmpty() || paper.hasProperty(PG.sourceLocation, source)) {
                    return;
                }
                paper.removeAll(PG.sourceLocation);
                paper.addProperty(PG.sourceLocation, source);
                moved.add(id);
            });
            long revision = moved.isEmpty() ? revisionInTransaction() : nextRevision();
            return new StoreChange(revision, moved, Set.of(), Set.of());
        });
    }

    /** PaperToRdf leaves out empty values, so they read back as absent. */
    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Reads the descriptions of the concepts with these ids that the store describes: those some paper names. */
    public void forEachConcept(Collection<String> ids, Consumer<ConceptDescription> action) {
        Txn.executeRead(dataset, () -> {
            Model concepts = dataset.getNamedModel(PG.CONCEPTS_GRAPH);
            RecordReader reader = new RecordReader(concepts);
            for (String id : new TreeSet<>(ids)) {
                if (concepts.contains(PG.concept(id), RDF.type, PG.Concept)) {
                    action.accept(reader.description(PG.concept(id)));
                }
            }
        });
    }

    /** Every paper with its concepts, ordered by paper IRI; see {@link #forEachPaper}. */
    public List<PaperRecord> papers() {
        List<PaperRecord> out = new ArrayList<>();
        forEachPaper(out::add);
        return out;
    }

    /** Releases this handle; TDB2 keeps the database cached for the JVM, so reopening the directory is cheap. */
    @Override
    public void close() {
        dataset.close();
    }

    private long countInstances(Resource type) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getUnionGraph()
                .stream(Node.ANY, RDF.type.asNode(), type.asNode()).count());
    }
}
