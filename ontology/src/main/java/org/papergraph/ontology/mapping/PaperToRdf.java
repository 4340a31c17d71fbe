package org.papergraph.ontology.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.extractor.ExtractorVersion;
import org.papergraph.extractor.lookup.LookupKey;
import org.papergraph.extractor.model.Concept;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.read.PaperIds;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.extractor.model.ResultPart;
import org.papergraph.extractor.model.ResultRow;
import org.papergraph.ontology.vocab.PG;
import org.papergraph.ontology.vocab.PROV;

/**
 * Maps a paper and its concepts to papergraph RDF so that writing is idempotent and incremental: a paper owns the
 * named graph named by its IRI (description, role triples, extractions, mentions, results), and each concept owns its subjects
 * in {@link PG#CONCEPTS_GRAPH}. Writing a paper replaces both, so re-runs change nothing and a re-extracted paper
 * leaves no stale triples.
 */
public final class PaperToRdf {

    private PaperToRdf() {
    }

    /**
     * Writes papers into a dataset, inside the caller's write transaction: replaces each paper's named graph,
     * replaces the description of each of their concepts (a concept several papers name gets the last one's, as if
     * each paper in turn replaced it), and drops the description of any concept a paper named before that no paper
     * names any more, then recounts the papers of every concept in the change. What is stored already stays
     * untouched, so writing unchanged papers writes nothing: TDB2 grows with every replacement, even by the same
     * triples.
     *
     * @return the papers whose graph was replaced and the concepts whose papers or description changed; empty when
     *         nothing in the dataset changed
     */
    public static RdfChange write(Dataset dataset, List<PaperConcepts> papers) {
        Set<String> changedPapers = new LinkedHashSet<>();
        Set<String> changedConcepts = new LinkedHashSet<>();
        Map<String, Concept> lastNamed = new LinkedHashMap<>();
        for (PaperConcepts paper : papers) {
            if (replacePaperGraph(dataset, paper, changedConcepts)) {
                changedPapers.add(paper.paper().id());
            }
            paper.concepts().forEach(c -> lastNamed.put(c.id(), c));
        }
        Model concepts = dataset.getNamedModel(PG.CONCEPTS_GRAPH);
        for (Concept concept : lastNamed.values()) {
            Resource subject = PG.concept(concept.id());
            Model description = conceptDescription(concept);
            if (!sameContent(description, concepts.listStatements(subject, null, (RDFNode) null))) {
                concepts.removeAll(subject, null, null);
                concepts.add(description);
                changedConcepts.add(concept.id());
            }
        }
        ConceptStatistics.recount(dataset, changedConcepts);
        return new RdfChange(changedPapers, changedConcepts);
    }

    /**
     * The content of a paper's named graph: its description and keys, role triples, extractions, mentions and
     * results.
     */
    public static Model paperGraph(PaperConcepts paperConcepts) {
        Paper p = paperConcepts.paper();
        Model m = ModelFactory.createDefaultModel();
        Resource paper = m.createResource(PG.paper(p.id()).getURI(), PG.Paper);
        addString(paper, PG.paperId, p.id());
        addString(paper, DCTerms.title, p.title());
        addKeys(paper, paperKeys(p.id(), p.title(), p.doi(), p.url()));
        addString(paper, DCTerms.abstract_, p.abstractText());
        addString(paper, DCTerms.date, p.date());
        addString(paper, DCTerms.identifier, p.doi());
        addString(paper, SchemaDO.url, p.url());
        addString(paper, PG.sourceLocation, p.source());
        addString(paper, PG.extractedWith, ExtractorVersion.current());
        for (String category : p.categories()) {
            addString(paper, DCTerms.subject, category);
        }
        if (!p.authors().isEmpty()) {
            for (String author : p.authors()) {
                addString(paper, DCTerms.creator, author);
            }
            Iterator<RDFNode> names = p.authors().stream().map(a -> (RDFNode) m.createLiteral(a)).iterator();
            paper.addProperty(PG.authorList, m.createList(names));
        }
        for (Concept c : paperConcepts.concepts()) {
            addConcept(m, paper, p.id(), c);
        }
        for (ResultRow row : paperConcepts.results()) {
            addResult(m, paper, p, row);
        }
        return m;
    }

    /** A concept's description as kept in the concepts graph: types, labels, id, keys and whether it is specific. */
    public static Model conceptDescription(Concept c) {
        Model m = ModelFactory.createDefaultModel();
        Resource concept = m.createResource(PG.concept(c.id()).getURI(), PG.Concept);
        concept.addProperty(RDF.type, PG.typeClass(Objects.requireNonNull(c.type(), () -> "no type: " + c.id())));
        addString(concept, PG.conceptId, c.id());
        addString(concept, SKOS.prefLabel, c.name());
        addKeys(concept, Stream.concat(Stream.of(c.id(), c.name()), c.aliases().stream()).toList());
        for (String alias : new LinkedHashSet<>(c.aliases())) {
            if (!alias.equals(c.name())) {
                addString(concept, SKOS.altLabel, alias);
            }
        }
        concept.addLiteral(PG.specific, c.specific());
        return m;
    }

    private static void addConcept(Model m, Resource paper, String paperId, Concept c) {
        Resource concept = m.createResource(PG.concept(c.id()).getURI());
        paper.addProperty(PG.roleProperty(Objects.requireNonNull(c.role(), () -> "no role: " + c.id())), concept);
        paper.addProperty(PG.relatesTo, concept);

        m.createResource(PG.extraction(paperId, c.id()).getURI(), PG.Extraction)
                .addProperty(PG.inPaper, paper)
                .addProperty(PG.ofConcept, concept)
                .addLiteral(PG.confidence, c.confidence());
        Resource extraction = m.getResource(PG.extraction(paperId, c.id()).getURI());
        for (ExtractionRule rule : c.foundBy()) {
            extraction.addProperty(PG.foundBy, PG.rule(rule));
        }

        for (Mention mention : c.mentions()) {
            Resource mentionIri = PG.mention(paperId, c.id(), mention);
            Resource selector = selector(m, PG.selector(mentionIri), mention.start(), mention.end(), mention.text());
            Resource r = m.createResource(mentionIri.getURI(), PG.Mention)
                    .addProperty(PG.inPaper, paper)
                    .addProperty(PROV.wasDerivedFrom, paper)
                    .addProperty(PG.ofConcept, concept)
                    .addProperty(OA.hasSelector, selector)
                    .addProperty(PG.foundBy, PG.rule(mention.rule()));
            addString(r, PG.field, mention.field());
        }
    }

    /**
     * A result row: its number as a decimal and as written, unit and kind, its metric, benchmark, system and baseline
     * as written and as the paper's concepts, and selectors of its number, quote and sentence. A row whose number
     * reads as no decimal has no place on a leaderboard and is left out, as is a second row of the same number, whose
     * IRI would be the first's.
     */
    private static void addResult(Model m, Resource paper, Paper p, ResultRow row) {
        BigDecimal value = decimal(row.value());
        Resource iri = PG.result(p.id(), row.field(), row.start(), row.end());
        if (value == null || m.containsResource(iri)) {
            return;
        }
        String text = Mention.TITLE.equals(row.field()) ? p.title() : p.abstractText();
        Resource result = m.createResource(iri.getURI(), PG.Result)
                .addProperty(PG.inPaper, paper)
                .addProperty(PROV.wasDerivedFrom, paper)
                .addLiteral(PG.value, m.createTypedLiteral(value.toPlainString(), XSDDatatype.XSDdecimal))
                .addProperty(PG.valueText, row.value())
                .addProperty(PG.resultKind, row.kind().label())
                .addProperty(OA.hasSelector, selector(m, PG.selector(iri), row.start(), row.end(), row.value()))
                .addProperty(PG.quoteSelector, selector(m, PG.quote(iri), row.quoteStart(), row.quoteEnd(), row.quote()))
                .addProperty(PG.sentenceSelector, selector(m, PG.sentence(iri), row.sentenceStart(), row.sentenceEnd(),
                        text.substring(row.sentenceStart(), row.sentenceEnd())));
        paper.addProperty(PG.reports, result);
        addString(result, PG.field, row.field());
        addString(result, PG.unit, row.unit());
        addPart(result, row.metric(), PG.metricText, PG.measures);
        addPart(result, row.benchmark(), PG.benchmarkText, PG.onBenchmark);
        addPart(result, row.system(), PG.systemText, PG.obtainedBy);
        addPart(result, row.baseline(), PG.baselineText, PG.comparedWith);
    }

    /** The words of a result's part, and the concept they name if the paper's concepts hold one. */
    private static void addPart(Resource result, ResultPart part, Property text, Property concept) {
        addString(result, text, part.text());
        if (part.conceptId() != null) {
            result.addProperty(concept, PG.concept(part.conceptId()));
        }
    }

    /** A selector of a span of a field: both a text position and a text quote (the span's text, unless null). */
    private static Resource selector(Model m, Resource iri, int start, int end, String exact) {
        Resource selector = m.createResource(iri.getURI(), OA.TextPositionSelector)
                .addProperty(RDF.type, OA.TextQuoteSelector)
                .addLiteral(OA.start, integer(m, start))
                .addLiteral(OA.end, integer(m, end));
        if (exact != null) {
            selector.addProperty(OA.exact, exact);
        }
        return selector;
    }

    /**
     * A number as written, as a decimal: the digit groups of "1,000" or "29 349" joined, the trailing zeros of "85.30"
     * kept (xsd:decimal compares them equal anyway); null when the text is no number.
     */
    static BigDecimal decimal(String written) {
        try {
            return new BigDecimal(written.replaceAll("[^0-9.]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Replaces a paper's named graph unless it holds that already; drops the concepts only it named.
     *
     * @param changedConcepts gets the ids of the concepts the paper named before or names now
     */
    private static boolean replacePaperGraph(Dataset dataset, PaperConcepts paperConcepts, Set<String> changedConcepts) {
        Resource paper = PG.paper(paperConcepts.paper().id());
        Model graph = paperGraph(paperConcepts);
        Model stored = dataset.getNamedModel(paper);
        if (sameContent(graph, stored.listStatements())) {
            return false;
        }
        Set<Resource> dropped = namedConcepts(stored);
        dataset.replaceNamedModel(paper, graph);
        dropped.forEach(c -> changedConcepts.add(conceptId(c)));
        paperConcepts.concepts().forEach(c -> {
            dropped.remove(PG.concept(c.id()));
            changedConcepts.add(c.id());
        });
        dropUnnamed(dataset, dropped);
        return true;
    }

    /**
     * Removes papers' named graphs, and the description of each concept only they named, then recounts the papers of
     * the concepts they named, once for all of them (a concept many papers name costs its count once); inside the
     * caller's write transaction. Ids the dataset does not hold are passed over.
     *
     * @return for each paper removed, the ids of the concepts it named
     */
    public static Map<String, Set<String>> remove(Dataset dataset, Collection<String> paperIds) {
        Map<String, Set<String>> removed = new LinkedHashMap<>();
        Set<String> concepts = new LinkedHashSet<>();
        for (String paperId : new LinkedHashSet<>(paperIds)) {
            Resource paper = PG.paper(paperId);
            if (!dataset.containsNamedModel(paper.getURI())) {
                continue;
            }
            Set<Resource> named = namedConcepts(dataset.getNamedModel(paper));
            dataset.removeNamedModel(paper);
            dropUnnamed(dataset, named);
            Set<String> ids = new LinkedHashSet<>();
            named.forEach(c -> ids.add(conceptId(c)));
            removed.put(paperId, ids);
            concepts.addAll(ids);
        }
        ConceptStatistics.recount(dataset, concepts);
        return removed;
    }

    private static Set<Resource> namedConcepts(Model paperGraph) {
        return paperGraph.listObjectsOfProperty(PG.ofConcept).mapWith(RDFNode::asResource).toSet();
    }

    private static String conceptId(Resource concept) {
        return PG.conceptIdOf(concept.asNode());
    }

    /** Drops the description of each of the concepts that no paper graph names any more. */
    private static void dropUnnamed(Dataset dataset, Set<Resource> concepts) {
        Model descriptions = dataset.getNamedModel(PG.CONCEPTS_GRAPH);
        for (Resource concept : concepts) {
            if (!namedByAnyPaper(dataset, concept)) {
                descriptions.removeAll(concept, null, null);
            }
        }
    }

    /**
     * Whether the statements are the model's up to blank node names and literal lexical forms: TDB2 keeps doubles
     * inline and gives them back in another lexical form than the one written ("0.9"^^xsd:double), so both sides
     * are compared canonicalised.
     */
    private static boolean sameContent(Model model, StmtIterator stored) {
        return IsoMatcher.isomorphic(canonical(model.listStatements()), canonical(stored));
    }

    private static List<Triple> canonical(StmtIterator statements) {
        return statements.mapWith(s -> Triple.create(s.getSubject().asNode(), s.getPredicate().asNode(),
                CanonicalizeLiteral.get().apply(s.getObject().asNode()))).toList();
    }

    /** Whether any paper graph still has a triple pointing at the concept. */
    private static boolean namedByAnyPaper(Dataset dataset, Resource concept) {
        Node conceptsGraph = PG.CONCEPTS_GRAPH.asNode();
        Iterator<Quad> quads = dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, concept.asNode());
        while (quads.hasNext()) {
            if (!quads.next().getGraph().equals(conceptsGraph)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a string literal, leaving out null and empty values, which carry nothing. */
    private static void addString(Resource subject, Property property, String value) {
        if (value != null && !value.isEmpty()) {
            subject.addProperty(property, value);
        }
    }

    /**
     * What a paper is looked up by: its id and title, and its DOI and arXiv id as {@code doi:...} and
     * {@code arxiv:...}, so a copy of it read from another format under another id is found by them.
     */
    public static List<String> paperKeys(String id, String title, String doi, String url) {
        List<String> names = new ArrayList<>(Arrays.asList(id, title));
        String doiKey = PaperIds.doiKey(id, doi);
        if (doiKey != null) {
            names.add("doi:" + doiKey);
        }
        String arxivKey = PaperIds.arxivKey(id, doi, url);
        if (arxivKey != null) {
            names.add("arxiv:" + arxivKey);
        }
        return names;
    }

    /**
     * Adds the lookup key of each name as a {@link PG#key}, so that a lookup by any of them, in any case, hyphenated
     * or not, singular or plural, is one index probe. The queries key what they are given the same way.
     */
    static void addKeys(Resource subject, Collection<String> names) {
        LookupKey.keys(names).forEach(k -> subject.addProperty(PG.key, k));
    }

    /** An xsd:integer, the type SHACL and SPARQL compare offsets as (Jena's int literals are xsd:int). */
    private static Literal integer(Model m, int value) {
        return m.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDinteger);
    }
}
