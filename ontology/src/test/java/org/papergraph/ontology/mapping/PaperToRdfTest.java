package org.papergraph.ontology.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.Fixtures;
import org.papergraph.ontology.vocab.PG;
import org.papergraph.ontology.vocab.PROV;

/** PaperToRdf on an in-memory dataset: what a paper graph holds, and that writes replace rather than add. */
class PaperToRdfTest {
    private static final Resource BERT = PG.concept("model:bert");

    @Test
    void paperGraphDescribesThePaperItsRolesExtractionsAndMentions() {
        Model g = PaperToRdf.paperGraph(Fixtures.paperA());
        Resource paper = PG.paper(Fixtures.PAPER_A);
        assertTrue(g.contains(paper, RDF.type, PG.Paper));
        assertTrue(g.contains(paper, PG.paperId, Fixtures.PAPER_A));
        assertTrue(g.contains(paper, DCTerms.identifier, "10.1/x y"));
        assertEquals(2, g.listObjectsOfProperty(paper, DCTerms.subject).toList().size());
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), g.getProperty(paper, PG.authorList).getResource()
                .as(RDFList.class).iterator().mapWith(n -> n.asLiteral().getString()).toList());
        assertTrue(g.contains(paper, PG.uses, BERT));
        assertTrue(g.contains(paper, PG.proposes, PG.concept("method:contrastive learning")));
        Resource extraction = PG.extraction(Fixtures.PAPER_A, "model:bert");
        assertEquals(0.9, g.getProperty(extraction, PG.confidence).getDouble());

        Resource mention = PG.mention(Fixtures.PAPER_A, "model:bert", new Mention(Mention.TITLE, 25, 29, "BERT", ExtractionRule.LEXICON));
        assertTrue(g.contains(mention, PROV.wasDerivedFrom, paper));
        assertTrue(g.contains(mention, PG.field, Mention.TITLE));
        assertTrue(g.contains(mention, PG.foundBy, PG.rule(ExtractionRule.LEXICON)));
        Resource phrase = PG.extraction(Fixtures.PAPER_A, "method:contrastive learning");
        assertEquals(List.of(PG.rule(ExtractionRule.TYPED_PHRASE)),
                g.listObjectsOfProperty(phrase, PG.foundBy).toList());
        Resource selector = g.getProperty(mention, OA.hasSelector).getResource();
        assertEquals(25, g.getProperty(selector, OA.start).getInt());
        assertEquals("BERT", g.getProperty(selector, OA.exact).getString());
        assertFalse(g.contains(BERT, SKOS.prefLabel), "concept descriptions live in the concepts graph");
    }

    @Test
    void aResultHoldsItsNumberItsPartsAndSelectorsOfItsNumberQuoteAndSentence() {
        Model g = PaperToRdf.paperGraph(Fixtures.paperA());
        Resource paper = PG.paper(Fixtures.PAPER_A);
        Resource score = PG.result(Fixtures.PAPER_A, Mention.ABSTRACT, 80, 85);
        assertTrue(g.contains(paper, PG.reports, score));
        assertTrue(g.contains(score, RDF.type, PG.Result));
        assertTrue(g.contains(score, PG.inPaper, paper));
        assertTrue(g.contains(score, PROV.wasDerivedFrom, paper));
        assertEquals(XSDDatatype.XSDdecimal, g.getProperty(score, PG.value).getLiteral().getDatatype());
        assertEquals(0, new BigDecimal("85.3").compareTo(new BigDecimal(g.getProperty(score, PG.value).getString())));
        assertEquals("85.30", g.getProperty(score, PG.valueText).getString(), "the number as written");
        assertEquals("%", g.getProperty(score, PG.unit).getString());
        assertEquals("absolute", g.getProperty(score, PG.resultKind).getString());
        assertTrue(g.contains(score, PG.onBenchmark, PG.concept("dataset:imagenet")));
        assertEquals("ImageNet", g.getProperty(score, PG.benchmarkText).getString());
        assertEquals("top-1 accuracy", g.getProperty(score, PG.metricText).getString());
        assertFalse(g.contains(score, PG.measures), "no concept names the metric");
        assertFalse(g.contains(score, PG.systemText), "the paper names no system");

        String text = Fixtures.paperA().paper().abstractText();
        for (var selector : List.of(PG.selector(score), PG.quote(score), PG.sentence(score))) {
            assertTrue(g.contains(selector, RDF.type, OA.TextPositionSelector));
            assertTrue(g.contains(selector, RDF.type, OA.TextQuoteSelector));
            assertEquals(text.substring(g.getProperty(selector, OA.start).getInt(), g.getProperty(selector, OA.end)
                    .getInt()), g.getProperty(selector, OA.exact).getString(), "offsets into the abstract");
        }
        assertEquals(PG.selector(score), g.getProperty(score, OA.hasSelector).getResource());
        assertEquals("85.30", g.getProperty(PG.selector(score), OA.exact).getString());
        assertEquals("85.30% top-1 accuracy on ImageNet", g.getProperty(PG.quote(score), OA.exact).getString());
        assertTrue(g.getProperty(PG.sentence(score), OA.exact).getString().startsWith("It reaches"));

        Resource speedUp = PG.result(Fixtures.PAPER_A, Mention.ABSTRACT, 115, 120);
        assertEquals(0, new BigDecimal(1000).compareTo(new BigDecimal(g.getProperty(speedUp, PG.value).getString())),
                "the digit groups of 1,000 joined");
        assertEquals("ratio", g.getProperty(speedUp, PG.resultKind).getString());
        assertTrue(g.contains(speedUp, PG.comparedWith, BERT));
        assertEquals("BERT", g.getProperty(speedUp, PG.baselineText).getString());
    }

    @Test
    void aNumberWrittenWithGroupsOrTrailingZerosReadsAsItsDecimal() {
        assertEquals(new BigDecimal("1000"), PaperToRdf.decimal("1,000"));
        assertEquals(new BigDecimal("29349"), PaperToRdf.decimal("29 349"));
        assertEquals(new BigDecimal("85.30"), PaperToRdf.decimal("85.30"));
        assertEquals(null, PaperToRdf.decimal("n/a"));
    }

    @Test
    void conceptDescriptionHasBothTypesAndAliasesOtherThanTheName() {
        Model d = PaperToRdf.conceptDescription(Fixtures.bert(Role.USES));
        assertTrue(d.contains(BERT, RDF.type, PG.Concept));
        assertTrue(d.contains(BERT, RDF.type, PG.Model));
        assertEquals(List.of("Bidirectional Encoder Representations from Transformers"),
                d.listObjectsOfProperty(BERT, SKOS.altLabel).mapWith(n -> n.asLiteral().getString()).toList());
    }

    @Test
    void papersAndConceptsAreKeyedByTheLookupKeyOfEachOfTheirNames() {
        Model g = PaperToRdf.paperGraph(Fixtures.paperA());
        assertEquals(Set.of("doi:10.1/xy", "contrastivelearningforbert"), keys(g, PG.paper(Fixtures.PAPER_A)));
        Model d = PaperToRdf.conceptDescription(Fixtures.bert(Role.USES));
        assertEquals(Set.of("model:bert", "bert", "bidirectionalencoderrepresentationsfromtransformer"), keys(d, BERT));
    }

    private static Set<String> keys(Model m, Resource subject) {
        return m.listObjectsOfProperty(subject, PG.key).mapWith(n -> n.asLiteral().getString()).toSet();
    }

    @Test
    void writingTwiceChangesNothing() {
        Dataset dataset = Fixtures.dataset();
        long before = quads(dataset);
        RdfChange change = Txn.calculateWrite(dataset,
                () -> PaperToRdf.write(dataset, List.of(Fixtures.paperA(), Fixtures.paperB())));
        assertTrue(change.isEmpty(), "an unchanged paper is left as stored: " + change);
        assertEquals(before, quads(dataset));
    }

    @Test
    void rewritingAPaperWithFewerConceptsRemovesTheOldOnes() {
        Dataset dataset = Fixtures.dataset();
        PaperConcepts a = Fixtures.paperA();
        PaperConcepts onlyBert = new PaperConcepts(a.paper(), List.of(a.concepts().get(0)));
        Txn.executeWrite(dataset, () -> PaperToRdf.write(dataset, List.of(onlyBert)));

        Txn.executeRead(dataset, () -> {
            Model paper = dataset.getNamedModel(PG.paper(Fixtures.PAPER_A));
            Resource imagenet = PG.concept("dataset:imagenet");
            assertFalse(paper.containsResource(imagenet));
            assertEquals(1, paper.listSubjectsWithProperty(RDF.type, PG.Extraction).toList().size());
            assertEquals(1, paper.listSubjectsWithProperty(RDF.type, PG.Mention).toList().size());
            Model concepts = dataset.getNamedModel(PG.CONCEPTS_GRAPH);
            assertFalse(concepts.containsResource(imagenet), "no paper names ImageNet any more");
            assertTrue(concepts.contains(BERT, RDF.type, PG.Concept), "paper B still names BERT");
        });
    }

    @Test
    void rewritingAPaperWithoutResultsRemovesThemAndLeavesItsConcepts() {
        Dataset dataset = Fixtures.dataset();
        PaperConcepts a = Fixtures.paperA();
        RdfChange change = Txn.calculateWrite(dataset, () -> PaperToRdf.write(dataset,
                List.of(new PaperConcepts(a.paper(), a.concepts()))));
        assertEquals(Set.of(Fixtures.PAPER_A), change.papers());
        Txn.executeRead(dataset, () -> {
            Model paper = dataset.getNamedModel(PG.paper(Fixtures.PAPER_A));
            assertFalse(paper.contains(null, RDF.type, PG.Result));
            assertFalse(paper.contains(null, PG.reports));
            assertFalse(paper.containsResource(PG.quote(PG.result(Fixtures.PAPER_A, Mention.ABSTRACT, 80, 85))));
            assertTrue(dataset.getNamedModel(PG.CONCEPTS_GRAPH).contains(PG.concept("dataset:imagenet"), RDF.type,
                    PG.Dataset), "ImageNet is still named");
        });
    }

    @Test
    void aConceptNamedByOnlyOnePaperSurvivesWhileAnotherPaperStillNamesIt() {
        Dataset dataset = Fixtures.dataset();
        PaperConcepts b = Fixtures.paperB();
        Txn.executeWrite(dataset, () -> PaperToRdf.write(dataset, List.of(new PaperConcepts(b.paper(), List.of()))));
        Txn.executeRead(dataset, () -> assertTrue(
                dataset.getNamedModel(PG.CONCEPTS_GRAPH).contains(BERT, SKOS.prefLabel, "BERT")));
    }

    @Test
    void renamingAConceptLeavesOnePrefLabel() {
        Dataset dataset = Fixtures.dataset();
        PaperConcepts b = Fixtures.paperB();
        Concept old = b.concepts().get(1);
        Concept renamed = new Concept(old.id(), "BERT-base", old.type(), List.of("BERT"), old.role(),
                old.confidence(), old.specific(), old.mentions());
        Txn.executeWrite(dataset, () -> PaperToRdf.write(dataset,
                List.of(new PaperConcepts(b.paper(), List.of(b.concepts().get(0), renamed)))));
        Txn.executeRead(dataset, () -> {
            Model concepts = dataset.getNamedModel(PG.CONCEPTS_GRAPH);
            assertEquals(List.of("BERT-base"), concepts.listObjectsOfProperty(BERT, SKOS.prefLabel)
                    .mapWith(n -> n.asLiteral().getString()).toList());
            assertEquals(List.of("BERT"), concepts.listObjectsOfProperty(BERT, SKOS.altLabel)
                    .mapWith(n -> n.asLiteral().getString()).toList());
        });
    }

    private static long quads(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }
}
