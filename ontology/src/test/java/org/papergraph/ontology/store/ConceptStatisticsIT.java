package org.papergraph.ontology.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.vocab.PG;

/**
 * The paper counts the store keeps stay exact through incremental writes, rewrites and removals: after every change,
 * each concept's stored count equals a recount of the papers naming it in any role, and no concept that no paper
 * names keeps a count. A store written before counts existed gets them when opened.
 */
class ConceptStatisticsIT {
    private static final int VOCABULARY = 25;
    private static final String STORED = """
            PREFIX pg: <https://papergraph.org/ontology#>
            SELECT ?c ?n WHERE { GRAPH <https://papergraph.org/id/graph/statistics> { ?c pg:paperCount ?n } }
            """;
    private static final String STORED_BY_CLASS = """
            PREFIX pg: <https://papergraph.org/ontology#>
            SELECT ?class ?n
            WHERE { GRAPH <https://papergraph.org/id/graph/statistics> { ?class pg:memberPaperCount ?n } }
            """;
    private static final String RECOUNTED_BY_CLASS = """
            PREFIX pg: <https://papergraph.org/ontology#>
            SELECT DISTINCT ?class ?n
            WHERE {
              { SELECT ?c (COUNT(DISTINCT ?p) AS ?n)
                WHERE { ?p pg:proposes|pg:uses|pg:evaluatesOn|pg:compares|pg:addresses|pg:mentions ?c }
                GROUP BY ?c }
              ?c a ?class .
              FILTER(?class != pg:Concept)
            }
            """;
    private static final String RECOUNTED = """
            PREFIX pg: <https://papergraph.org/ontology#>
            SELECT ?c (COUNT(DISTINCT ?p) AS ?n)
            WHERE { ?p pg:proposes|pg:uses|pg:evaluatesOn|pg:compares|pg:addresses|pg:mentions ?c }
            GROUP BY ?c
            """;

    /** Takes from a store what a store written before keys, pg:relatesTo and paper counts lacks. */
    private static final String EARLIER_LAYOUT = """
            PREFIX pg: <https://papergraph.org/ontology#>
            DELETE WHERE { GRAPH ?g { ?s pg:key ?k } } ;
            DELETE WHERE { GRAPH ?g { ?s pg:layout ?v } } ;
            DELETE WHERE { GRAPH ?g { ?p pg:relatesTo ?c } } ;
            DROP GRAPH <https://papergraph.org/id/graph/statistics>
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void storedPaperCountsEqualARecountAfterEveryChange(long seed) {
        Random random = new Random(seed);
        Map<String, PaperConcepts> held = new LinkedHashMap<>();
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("tdb2"))) {
            for (int step = 0; step < 12; step++) {
                if (step % 3 == 2 && !held.isEmpty()) {
                    List<String> ids = new ArrayList<>(held.keySet());
                    List<String> gone = List.of(ids.get(random.nextInt(ids.size())), ids.get(random.nextInt(ids.size())),
                            "never-written");
                    gone.forEach(held::remove);
                    store.remove(gone);
                } else {
                    // New papers and papers written again with another draw of concepts.
                    List<PaperConcepts> batch = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        PaperConcepts p = paper("paper-" + random.nextInt(30), random);
                        batch.add(p);
                        held.put(p.paper().id(), p);
                    }
                    store.write(batch);
                }
                assertEquals(recounted(store), stored(store), "step " + step);
                assertEquals(classCounts(store, RECOUNTED_BY_CLASS), classCounts(store, STORED_BY_CLASS), "step " + step);
            }
            assertTrue(stored(store).values().stream().anyMatch(n -> n > 1), "some concept shared by papers");
            assertEquals(2, classCounts(store, STORED_BY_CLASS).size(), "concepts of both classes");
        }
    }

    @Test
    void aStoreWrittenBeforeKeysAndCountsGetsThemWhenOpened() {
        Path path = dir.resolve("earlier");
        Random random = new Random(4);
        long quads;
        long revision;
        int papers = 10;
        try (PapergraphStore store = PapergraphStore.open(path)) {
            List<PaperConcepts> written = new ArrayList<>();
            for (int i = 0; i < papers; i++) {
                written.add(paper("paper-" + i, random));
            }
            store.write(written);
            quads = quadsBesideTheRevision(store);
            Txn.executeWrite(store.dataset(), () -> UpdateAction.parseExecute(EARLIER_LAYOUT, store.dataset()));
            revision = store.revision();
        }
        try (PapergraphStore store = PapergraphStore.open(path)) {
            assertEquals(revision + 1, store.revision(), "a new revision, so Neo4j is loaded afresh");
            assertEquals(quads - papers, quadsBesideTheRevision(store),
                    "the keys, pg:relatesTo and counts are back; each paper's pg:extractedWith went, for its results");
            assertEquals(recounted(store), stored(store));
            assertEquals(classCounts(store, RECOUNTED_BY_CLASS), classCounts(store, STORED_BY_CLASS));
        }
    }

    /** Each class with the paper counts of its concepts. */
    private static Map<String, Set<Long>> classCounts(PapergraphStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Set<Long>> counts = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> counts.computeIfAbsent(
                        s.getResource("class").getURI(), k -> new TreeSet<>()).add(s.getLiteral("n").getLong()));
            }
            return counts;
        });
    }

    private static long quadsBesideTheRevision(PapergraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream()
                .filter(q -> !q.getGraph().getURI().equals(PG.STORE_GRAPH.getURI())).count());
    }

    private static Map<String, Long> stored(PapergraphStore store) {
        return counts(store, STORED);
    }

    private static Map<String, Long> recounted(PapergraphStore store) {
        return counts(store, RECOUNTED);
    }

    private static Map<String, Long> counts(PapergraphStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, Long> counts = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) ->
                        counts.put(s.getResource("c").getURI(), s.getLiteral("n").getLong()));
            }
            return counts;
        });
    }

    /**
     * A paper naming two to five concepts of a small vocabulary, each in a random role and of one of two types, so
     * that writes also move concepts between classes.
     */
    private static PaperConcepts paper(String id, Random random) {
        Map<Integer, Concept> named = new TreeMap<>();
        int n = 2 + random.nextInt(4);
        while (named.size() < n) {
            int c = random.nextInt(VOCABULARY);
            String name = "Name" + c;
            Role role = Role.values()[random.nextInt(Role.values().length)];
            ConceptType type = random.nextInt(4) == 0 ? ConceptType.DATASET : ConceptType.MODEL;
            named.put(c, new Concept("model:name" + c, name, type, List.of(), role, 0.5, c % 2 == 0,
                    List.of(new Mention(Mention.ABSTRACT, 0, name.length(), name, ExtractionRule.LEXICON))));
        }
        String text = String.join(" ", named.values().stream().map(Concept::name).toList());
        return new PaperConcepts(new Paper(id, "Paper " + id + " " + random.nextInt(1000), text, List.of(),
                "2024-01-01", null, null, List.of(), "corpus.txt:" + id), List.copyOf(named.values()));
    }
}
