package org.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.papergraph.extractor.lookup.LookupKey;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.model.ResultPart;
import org.papergraph.extractor.model.ResultRow;
import org.papergraph.extractor.model.Role;
import org.papergraph.graph.load.GraphSync;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.ontology.store.StoreChange;

/**
 * Incremental loads against fresh ones, on real TDB2 stores and a real in-process Neo4j over Bolt: a graph brought up
 * to date change by change must equal, node for node and link for link with their weights, the graph loaded in one
 * go from a store holding the same papers.
 */
class GraphSyncIT extends InProcessNeo4jTest {

    private final List<String> problems = new ArrayList<>();

    @ParameterizedTest(name = "corpus seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void changesLoadedOneByOneGiveTheGraphOfAFreshLoad(long seed) {
        Corpus corpus = new Corpus(new Random(seed));
        Map<String, PaperConcepts> papers = new LinkedHashMap<>();
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("incremental-" + seed))) {
            List<PaperConcepts> first = corpus.papers(0, 40);
            first.forEach(p -> papers.put(p.paper().id(), p));
            GraphSync.Result loaded = sync(store, store.revision(), store.write(first));
            assertFalse(loaded.incremental(), "a first load writes everything");

            List<PaperConcepts> added = new ArrayList<>(corpus.papers(40, 60));
            for (int i = 0; i < 40; i += 8) {
                added.add(corpus.renamed(papers.get(Corpus.id(i))));
            }
            added.forEach(p -> papers.put(p.paper().id(), p));
            GraphSync.Result update = sync(store, store.revision(), store.write(added));
            assertTrue(update.incremental());
            assertEquals(25, update.papersWritten());

            PaperConcepts rare = Corpus.paper(Corpus.id(60), new TreeSet<>(List.of(Corpus.VOCABULARY - 1)));
            papers.put(rare.paper().id(), rare);
            GraphSync.Result one = sync(store, store.revision(), store.write(List.of(rare)));
            assertTrue(one.papersRanked() < papers.size() / 2, "only papers sharing a changed concept rank again: "
                    + one.papersRanked());

            List<String> removed = List.of(Corpus.id(3), Corpus.id(17), Corpus.id(45));
            removed.forEach(papers::remove);
            assertTrue(sync(store, store.revision(), store.remove(removed)).incremental());
            assertEquals(0, sync(store, store.revision(), store.write(List.copyOf(papers.values()))).papersWritten(),
                    "writing the same papers again changes nothing");
        }
        Snapshot incremental = Snapshot.of(driver);
        assertEquals(0L, conceptsCountedWrong(), "every concept's paper count is the papers naming it now");

        wipe();
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("fresh-" + seed))) {
            assertFalse(sync(store, store.revision(), store.write(List.copyOf(papers.values()))).incremental());
        }
        Snapshot fresh = Snapshot.of(driver);

        assertEquals(papers.size(), fresh.papers().size());
        assertTrue(fresh.links().size() > 20, "links to compare: " + fresh.links().size());
        assertEquals(papers.values().stream().mapToInt(p -> p.results().size()).sum(), fresh.results().size());
        assertTrue(fresh.results().size() > 20, "results to compare: " + fresh.results().size());
        assertEquals(fresh, incremental);
        assertEquals(List.of(), problems);
    }

    @Test
    void removingPapersAndAddingThemBackGivesTheSameGraph() {
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("readd"))) {
            List<PaperConcepts> all = new Corpus(new Random(4)).papers(0, 50);
            Snapshot before = loaded(store, all);

            List<PaperConcepts> some = List.of(all.get(2), all.get(11), all.get(30), all.get(31));
            GraphSync.Result removal = sync(store, store.revision(),
                    store.remove(some.stream().map(p -> p.paper().id()).toList()));
            assertTrue(removal.incremental());
            Snapshot without = Snapshot.of(driver);
            assertEquals(before.papers().size() - 4, without.papers().size());
            assertTrue(without.links().stream().noneMatch(l -> l.contains(Corpus.id(2) + "|")),
                    "no link of a removed paper is left");
            assertTrue(before.results().stream().anyMatch(r -> r.startsWith(Corpus.id(30) + "|")));
            assertTrue(without.results().stream().noneMatch(r -> r.startsWith(Corpus.id(30) + "|")
                    || r.startsWith("no paper|")), "no result of a removed paper is left");

            assertTrue(sync(store, store.revision(), store.write(some)).incremental());
            assertEquals(before, Snapshot.of(driver));
        }
    }

    /** A concept's keys in Neo4j are those of its stored description: they change with it and go with it. */
    @Test
    void aConceptsKeysFollowItsAliasesAndGoWithIt() {
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("aliases"))) {
            PaperConcepts one = Corpus.paper(Corpus.id(0), new TreeSet<>(List.of(0, 1)));
            PaperConcepts two = Corpus.paper(Corpus.id(1), new TreeSet<>(List.of(0)));
            loaded(store, List.of(one, two));
            assertEquals(List.of("model:name0"), conceptsKeyedBy("Name-0s"), "found by its alias");
            assertEquals(List.of("model:name0"), conceptsKeyedBy("MODEL:NAME0"), "and by its id");

            // The last paper written gives the description: the concept's alias is now another.
            PaperConcepts renamed = new PaperConcepts(two.paper(), List.of(aliased(two.concepts().get(0), "N0 Model")));
            assertTrue(sync(store, store.revision(), store.write(List.of(renamed))).incremental());
            assertEquals(List.of("model:name0"), conceptsKeyedBy("n0-models"));
            assertEquals(List.of(), conceptsKeyedBy("Name-0s"), "the old alias's key went");
            Snapshot incremental = Snapshot.of(driver);
            wipe();
            try (PapergraphStore fresh = PapergraphStore.open(dir.resolve("aliases-fresh"))) {
                assertEquals(loaded(fresh, List.of(one, renamed)), incremental, "the keys of a fresh load");
            }
            wipe();
            assertFalse(sync(store, store.revision(), store.write(List.of())).incremental());

            assertTrue(sync(store, store.revision(), store.remove(List.of(one.paper().id(), two.paper().id())))
                    .incremental());
            assertEquals(List.of(), conceptsKeyedBy("n0-models"));
            assertEquals(List.of(), Snapshot.of(driver).keys(), "no key is left of the concepts removed");
        }
    }

    private static Concept aliased(Concept c, String alias) {
        return new Concept(c.id(), c.name(), c.type(), List.of(alias), c.role(), c.confidence(), c.specific(),
                c.mentions());
    }

    /** The ids of the concepts Neo4j holds under the lookup key of a name. */
    private List<String> conceptsKeyedBy(String name) {
        try (Session s = driver.session()) {
            return s.run("MATCH (:ConceptKey {key: $key})-[:KEY_OF]->(c:Concept) RETURN c.id AS id ORDER BY id",
                    Map.of("key", LookupKey.of(name))).list(r -> r.get("id").asString());
        }
    }

    @Test
    void aGraphThatDoesNotHoldTheStoresRevisionIsLoadedInFull() {
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("stale"))) {
            List<PaperConcepts> papers = new Corpus(new Random(5)).papers(0, 30);
            Snapshot complete = loaded(store, papers);
            // What a load cut short leaves: papers missing, and the revision marked as a load under way; and a concept
            // the store does not hold.
            try (Session s = driver.session()) {
                s.run("MATCH (p:Paper) WITH p LIMIT 5 DETACH DELETE p").consume();
                s.run("MATCH (s:PapergraphStore) SET s.revision = -1").consume();
                s.run("CREATE (:ConceptKey {key: 'stray'})-[:KEY_OF]->(:Concept {id: 'stray'})").consume();
            }
            GraphSync.Result reload = sync(store, store.revision(), store.write(papers));
            assertFalse(reload.incremental(), "an interrupted load is redone in full");
            assertEquals(complete, Snapshot.of(driver));
        }
    }

    /** How many concepts have a paper count other than the number of papers naming them. */
    private long conceptsCountedWrong() {
        try (Session s = driver.session()) {
            return s.run("MATCH (c:Concept) WHERE c.papers IS NULL OR c.papers <> COUNT { (c)<--(:Paper) } "
                    + "RETURN count(c) AS wrong").single().get("wrong").asLong();
        }
    }

    /** What Neo4j holds once these papers are written to the store and the graph is synced. */
    private Snapshot loaded(PapergraphStore store, List<PaperConcepts> papers) {
        sync(store, store.revision(), store.write(papers));
        return Snapshot.of(driver);
    }

    private GraphSync.Result sync(PapergraphStore store, long since, StoreChange change) {
        return new GraphSync(driver, null, problems::add).sync(store, since, change, new GraphSync.Listener() { });
    }

    /** Papers naming concepts drawn from a small vocabulary, so concepts are shared and some are named often. */
    private static final class Corpus {
        private static final int VOCABULARY = 30;
        private final Random random;

        Corpus(Random random) {
            this.random = random;
        }

        static String id(int i) {
            return "paper-" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
        }

        List<PaperConcepts> papers(int from, int to) {
            List<PaperConcepts> out = new ArrayList<>();
            for (int i = from; i < to; i++) {
                out.add(paper(id(i), concepts()));
            }
            return out;
        }

        /** The paper with another draw of concepts: an abstract that changed. */
        PaperConcepts renamed(PaperConcepts p) {
            return paper(p.paper().id(), concepts());
        }

        private TreeSet<Integer> concepts() {
            TreeSet<Integer> drawn = new TreeSet<>();
            int n = 2 + random.nextInt(5);
            while (drawn.size() < n) {
                // Skewed towards low numbers, as names are in real corpora.
                drawn.add((int) Math.floor(VOCABULARY * Math.pow(random.nextDouble(), 2)));
            }
            return drawn;
        }

        private static PaperConcepts paper(String id, TreeSet<Integer> concepts) {
            StringBuilder text = new StringBuilder();
            List<Concept> named = new ArrayList<>();
            for (int c : concepts) {
                String name = "Name" + c;
                int start = text.length();
                text.append(name).append(" and ");
                // A concept's description is the same whichever paper names it, so that the order of writes cannot
                // change it; the role and confidence are the paper's own.
                named.add(new Concept("model:name" + c, name, c % 3 == 0 ? ConceptType.DATASET : ConceptType.MODEL,
                        c % 2 == 0 ? List.of("Name-" + c + "s") : List.of(), c % 2 == 0 ? Role.USES : Role.PROPOSES,
                        0.5 + c / 100.0, c % 5 != 4,
                        List.of(new Mention(Mention.ABSTRACT, start, start + name.length(), name, ExtractionRule.LEXICON))));
            }
            List<ResultRow> results = results(text, named);
            return new PaperConcepts(new Paper(id, "Paper " + id, text.toString(), List.of(), "2024-01-01", null, null,
                    List.of(), "corpus.txt:" + id), named, results);
        }

        /**
         * A score on each dataset the paper names, obtained by its first model if it names one: the text says so in
         * a sentence of its own, so a paper that names other concepts reports other results.
         */
        private static List<ResultRow> results(StringBuilder text, List<Concept> named) {
            List<ResultRow> rows = new ArrayList<>();
            Concept system = named.stream().filter(c -> c.type() == ConceptType.MODEL).findFirst().orElse(null);
            for (Concept c : named) {
                if (c.type() != ConceptType.DATASET) {
                    continue;
                }
                String value = (50 + named.size()) + "." + c.name().length();
                int sentence = text.length();
                text.append("It scores ");
                int start = text.length();
                String quote = value + "% on " + c.name();
                text.append(quote).append(". ");
                rows.add(new ResultRow(value, "%", ResultKind.ABSOLUTE, ResultPart.NONE, new ResultPart(c.name(), c.id()),
                        system == null ? ResultPart.NONE : new ResultPart(system.name(), system.id()), ResultPart.NONE,
                        Mention.ABSTRACT, start, start + value.length(), sentence, text.length() - 1, quote, start,
                        start + quote.length()));
            }
            return rows;
        }
    }

    /**
     * What Neo4j holds, as sorted strings: papers (with keys), concepts (with paper counts), relations, links with
     * their weights and rankers, every concept key with the concept it keys (none for a key left over), and every
     * result with its paper (none for a result left over), properties and links to concepts.
     */
    private record Snapshot(List<String> papers, List<String> concepts, List<String> relations, List<String> links,
                            List<String> keys, List<String> results) {
        static Snapshot of(Driver driver) {
            try (Session s = driver.session()) {
                return new Snapshot(
                        rows(s, "MATCH (p:Paper) RETURN [p.id, p.title, p.date, p.idKey, p.titleKey] AS x"),
                        rows(s, "MATCH (c:Concept) RETURN [c.id, c.name, c.type, toString(c.specific), "
                                + "toString(c.papers)] + c.aliases + labels(c) AS x"),
                        rows(s, "MATCH (p:Paper)-[r]->(c:Concept) "
                                + "RETURN [p.id, type(r), c.id, toString(r.confidence), toString(r.mentions)] AS x"),
                        rows(s, "MATCH (a:Paper)-[l:SHARES_CONCEPT]->(b:Paper) "
                                + "RETURN [a.id, b.id, toString(l.weight)] + l.concepts + ['by'] + l.rankedBy AS x"),
                        rows(s, "MATCH (k:ConceptKey) OPTIONAL MATCH (k)-[:KEY_OF]->(c) "
                                + "RETURN [k.key, coalesce(c.id, 'none')] AS x"),
                        rows(s, "MATCH (r:Result) OPTIONAL MATCH (p:Paper)-[:REPORTS]->(r) "
                                + "RETURN [coalesce(p.id, 'no paper'), r.id, toString(r.value), r.valueText, r.unit, "
                                + "r.kind, r.quote, r.sentence, toString(r.start), coalesce(r.systemText, 'none')] "
                                + "+ COLLECT { MATCH (r)-[l]->(c:Concept) RETURN type(l) + ':' + c.id AS y ORDER BY y } "
                                + "AS x"));
            }
        }

        /** Each row's list of strings, the label and ranker lists sorted, joined by '|'; rows sorted. */
        private static List<String> rows(Session s, String query) {
            return s.run(query).list(r -> {
                List<String> x = new ArrayList<>(r.get("x").asList(v -> v.isNull() ? "null" : v.asString()));
                int by = x.indexOf("by");
                if (by >= 0) {
                    x.subList(by + 1, x.size()).sort(null);
                }
                return String.join("|", x);
            }).stream().sorted().toList();
        }
    }
}
