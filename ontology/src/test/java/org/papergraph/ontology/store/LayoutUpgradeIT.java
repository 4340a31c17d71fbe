package org.papergraph.ontology.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.ontology.Fixtures;
import org.papergraph.ontology.store.PapergraphStore.StoredCopy;
import org.papergraph.ontology.vocab.PG;

/**
 * A store written in the layout before lookup keys is brought, when opened, to what a store written now holds, but
 * for its papers' results, which only extraction gives: the next build extracts its papers again.
 */
class LayoutUpgradeIT {
    /** What the previous layout held: ids, titles and names lower-cased as keys, no alias keys, no results, no layout. */
    private static final String PREVIOUS_LAYOUT = """
            PREFIX pg:      <https://papergraph.org/ontology#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            DELETE WHERE { GRAPH ?g { ?s pg:key ?k } } ;
            DELETE WHERE { GRAPH ?g { ?s pg:layout ?v } } ;
            INSERT { GRAPH ?g { ?s pg:key ?k } }
            WHERE { GRAPH ?g { ?s pg:paperId|dcterms:title|pg:conceptId|skos:prefLabel ?v } BIND(LCASE(?v) AS ?k) }
            """;

    @TempDir
    Path dir;

    @Test
    void aStoreKeyedByLowerCasedNamesGetsLookupKeysWhenOpened() {
        // Results came with layout 3.
        List<PaperConcepts> papers = Stream.of(Fixtures.paperA(), Fixtures.paperB())
                .map(p -> new PaperConcepts(p.paper(), p.concepts())).toList();
        long revision;
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("earlier"))) {
            store.write(papers);
            Txn.executeWrite(store.dataset(), () -> UpdateAction.parseExecute(PREVIOUS_LAYOUT, store.dataset()));
            revision = store.revision();
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().contains(Node.ANY,
                    PG.concept("benchmark:glue").asNode(), PG.key.asNode(), NodeFactory.createLiteralString("glue"))));
        }
        try (PapergraphStore upgraded = PapergraphStore.open(dir.resolve("earlier"));
             PapergraphStore now = PapergraphStore.open(dir.resolve("now"))) {
            now.write(papers);
            assertEquals(revision + 1, upgraded.revision(), "a new revision, so Neo4j is loaded afresh");
            Txn.executeRead(upgraded.dataset(), () -> Txn.executeRead(now.dataset(), () -> assertTrue(
                    IsoMatcher.isomorphic(beside(upgraded), beside(now)), "the quads of a store written now")));
            assertTrue(Txn.calculateRead(upgraded.dataset(), () -> upgraded.dataset().asDatasetGraph().contains(
                    Node.ANY, PG.concept("benchmark:glue").asNode(), PG.key.asNode(),
                    NodeFactory.createLiteralString("gluebenchmark"))), "keyed by its alias too");
            for (PaperConcepts p : papers) {
                assertEquals(StoredCopy.NONE, upgraded.storedCopy(p.paper()), "extracted again, for its results");
            }
        }
        try (PapergraphStore again = PapergraphStore.open(dir.resolve("earlier"))) {
            assertEquals(revision + 1, again.revision(), "upgraded once");
        }
    }

    /**
     * The store's quads beside its revision, which says how many writes it took rather than what it holds, and the
     * rules its papers were extracted with, which the upgrade drops.
     */
    private static DatasetGraph beside(PapergraphStore store) {
        DatasetGraph copy = DatasetGraphFactory.create();
        store.dataset().asDatasetGraph().stream().filter(q -> (!q.getGraph().equals(PG.STORE_GRAPH.asNode())
                || !q.getPredicate().equals(PG.revision.asNode())) && !q.getPredicate().equals(PG.extractedWith.asNode()))
                .forEach(copy::add);
        return copy;
    }
}
