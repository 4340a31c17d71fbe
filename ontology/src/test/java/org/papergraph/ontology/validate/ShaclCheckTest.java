package org.papergraph.ontology.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.ontology.Fixtures;
import org.papergraph.ontology.vocab.PG;

/** The shapes accept what the mapping writes and reject each kind of broken graph with its own message. */
class ShaclCheckTest {
    private static final Resource PAPER = PG.paper(Fixtures.PAPER_A);
    private static final Resource BERT = PG.concept("model:bert");
    private static final Resource MENTION =
            PG.mention(Fixtures.PAPER_A, "model:bert", new Mention(Mention.TITLE, 25, 29, "BERT", ExtractionRule.LEXICON));
    private static final Resource SELECTOR = PG.selector(MENTION);
    private static final Resource RESULT = PG.result(Fixtures.PAPER_A, Mention.ABSTRACT, 80, 85);

    @Test
    void theMappedGraphConforms() {
        ValidationReport report = ShaclCheck.validate(Fixtures.unionModel().getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    static Stream<Arguments> brokenGraphs() {
        return Stream.of(
                broken("mention with end < start", m -> replace(m, SELECTOR, OA.end, integer(m, 20)),
                        "<= oa:end"),
                broken("negative start", m -> replace(m, SELECTOR, OA.start, integer(m, -1)), "integer >= 0"),
                broken("selector without exact text", m -> m.removeAll(SELECTOR, OA.exact, null), "oa:exact"),
                broken("concept with two prefLabels", m -> m.add(BERT, SKOS.prefLabel, "Bert"), "skos:prefLabel"),
                broken("concept with two types", m -> m.add(BERT, RDF.type, PG.Method), "exactly one type"),
                broken("concept with no type of the six", m -> m.remove(BERT, RDF.type, PG.Model), "exactly one type"),
                broken("concept without id", m -> m.removeAll(BERT, PG.conceptId, null), "pg:conceptId"),
                broken("confidence above 1", m -> replace(m, PG.extraction(Fixtures.PAPER_A, "model:bert"),
                        PG.confidence, m.createTypedLiteral(1.5)), "[0,1]"),
                broken("field that is neither title nor abstract", m -> replace(m, MENTION, PG.field,
                        m.createLiteral("body")), "\"title\" or \"abstract\""),
                broken("role pointing at a non-concept", m -> m.add(PAPER, PG.uses, PG.concept("undescribed")),
                        "pg:uses points at a pg:Concept"),
                broken("mention found by no rule", m -> m.removeAll(MENTION, PG.foundBy, null),
                        "pg:foundBy exactly one"),
                broken("mention found by something not a rule", m -> replace(m, MENTION, PG.foundBy,
                        PG.concept("lexicon")), "pg:foundBy exactly one"),
                broken("extraction found by no rule", m -> m.removeAll(PG.extraction(Fixtures.PAPER_A, "model:bert"),
                        PG.foundBy, null), "pg:foundBy one or more"),
                broken("paper with two ids", m -> m.add(PAPER, PG.paperId, "other"), "pg:paperId"),
                broken("paper with two titles", m -> m.add(PAPER, DCTerms.title, "T2"),
                        "dcterms:title"),
                broken("result without a value", m -> m.removeAll(RESULT, PG.value, null), "exactly one pg:value"),
                broken("result whose value is a string", m -> replace(m, RESULT, PG.value, m.createLiteral("85.3")),
                        "xsd:decimal"),
                broken("result of an unknown kind", m -> replace(m, RESULT, PG.resultKind, m.createLiteral("best")),
                        "pg:resultKind"),
                broken("result on a benchmark no concept describes", m -> replace(m, RESULT, PG.onBenchmark,
                        PG.concept("undescribed")), "pg:onBenchmark at most one pg:Concept"),
                broken("result without a quote", m -> m.removeAll(RESULT, PG.quoteSelector, null),
                        "pg:quoteSelector"),
                broken("quote selector without offsets", m -> m.removeAll(PG.quote(RESULT), OA.start, null),
                        "oa:start"),
                broken("result no paper reports", m -> m.removeAll(PAPER, PG.reports, RESULT),
                        "reported by exactly one paper"),
                broken("result reported by a concept", m -> m.add(BERT, PG.reports, RESULT),
                        "Only a pg:Paper reports results"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGraphs")
    void aBrokenGraphFailsWithAMessage(String name, Consumer<Model> breakIt, String expected) {
        Model m = Fixtures.unionModel();
        breakIt.accept(m);
        assertFalse(ShaclCheck.validate(m.getGraph()).conforms(), name);
        ShaclViolationException e = assertThrows(ShaclViolationException.class,
                () -> ShaclCheck.requireValid(m.getGraph(), "test graph"));
        assertTrue(e.getMessage().startsWith("test graph: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in " + e.getMessage());
    }

    @Test
    void theMessageListsAtMostTheFirstViolations() {
        Model m = Fixtures.unionModel();
        for (int i = 0; i < 15; i++) {
            m.add(PG.concept("c" + i), RDF.type, PG.Concept);
        }
        ShaclViolationException e = assertThrows(ShaclViolationException.class,
                () -> ShaclCheck.requireValid(m.getGraph(), "many"));
        assertTrue(e.report().getEntries().size() >= 45, "3 violations per bare concept");
        assertTrue(e.getMessage().contains("first " + ShaclViolationException.LISTED), e.getMessage());
        assertEquals(ShaclViolationException.LISTED + 1, e.getMessage().split("\n").length);
    }

    private static Arguments broken(String name, Consumer<Model> breakIt, String expected) {
        return Arguments.of(name, breakIt, expected);
    }

    private static void replace(Model m, Resource s, Property p,
                                RDFNode o) {
        m.removeAll(s, p, null).add(s, p, o);
    }

    private static Literal integer(Model m, int value) {
        return m.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDinteger);
    }
}
