package org.papergraph.queries.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.ontology.vocab.PG;
import org.papergraph.queries.catalog.NamedQuery;
import org.papergraph.queries.catalog.QueryCatalog;

/** The Fuseki UI's query script, rewritten for papergraph, from the jena-fuseki-ui jar the build uses. */
class FusekiQueryPageTest {

    static final List<String> PAPERS = List.of("title:d5fc4e2af447d34c", "title:0922239d756a7bdb");

    @Test
    void everyNamedQueryIsAnExampleThatParsesWithItsValuesInPlace() {
        List<FusekiQueryPage.Example> examples = FusekiQueryPage.examples(QueryCatalog.standard(), PAPERS);
        List<NamedQuery> named = QueryCatalog.standard().queries();
        assertEquals(named.stream().map(NamedQuery::title).toList(),
                examples.stream().map(FusekiQueryPage.Example::title).toList());
        for (FusekiQueryPage.Example e : examples) {
            assertTrue(e.query().startsWith("# " + e.title() + "\n"), e.query());
            Query q = QueryFactory.create(e.query());
            assertEquals(PG.NS, q.getPrefixMapping().getNsPrefixURI("pg"), e.title());
            assertTrue(q.isSelectType(), e.title());
        }
        String similar = examples.get(QueryCatalog.standard().names().indexOf("similar-papers")).query();
        assertTrue(similar.contains("--param paper='" + PAPERS.get(0) + "'") && similar.contains("\"" + PAPERS.get(0) + "\""),
                similar);
        assertFalse(similar.contains("?paper"), "the parameter's variable is replaced by its value: " + similar);
    }

    @Test
    void queriesThatNeedMorePapersThanThereAreAreLeftOut() {
        List<String> titles = FusekiQueryPage.examples(QueryCatalog.standard(), PAPERS.subList(0, 1)).stream()
                .map(FusekiQueryPage.Example::title).toList();
        assertFalse(titles.contains(QueryCatalog.standard().get("shortest-chain").title()), titles.toString());
        assertTrue(titles.contains(QueryCatalog.standard().get("similar-papers").title()), titles.toString());
    }

    @Test
    void theUisScriptGetsTheExamplesThePrefixesAndTheFirstQuery() {
        List<FusekiQueryPage.Example> examples = FusekiQueryPage.examples(QueryCatalog.standard(), PAPERS);
        FusekiQueryPage page = FusekiQueryPage.of(examples, FusekiQueryPage.prefixes());
        assertTrue(page.path().matches("/static/Query-[\\w-]+\\.js"), page.path());
        String script = page.script();
        assertFalse(script.contains("Selection of triples"), "the UI's own examples are gone");
        assertFalse(script.contains("?sub ?pred ?obj"), "YASQE's own first query is gone");
        assertTrue(script.contains("prefixes:[{\"uri\":\"" + PG.NS + "\",\"text\":\"pg\"}"), "pg is the first prefix");
        assertTrue(script.contains("\"text\":\"" + examples.get(1).title() + "\""));
        assertTrue(script.contains("mode:\"sparql11\",value:\"# " + examples.get(0).title()), "the editor's first query");
    }

    @Test
    void prefixesArePapergraphsWithPgFirst() {
        Map<String, String> prefixes = FusekiQueryPage.prefixes();
        assertEquals(PG.PREFIXES.getNsPrefixMap(), prefixes);
        assertEquals("pg", prefixes.keySet().iterator().next());
    }
}
