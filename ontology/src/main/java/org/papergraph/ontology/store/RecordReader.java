package org.papergraph.ontology.store;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.ResultKind;
import org.papergraph.extractor.model.ResultPart;
import org.papergraph.extractor.model.ResultRow;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.vocab.PG;

/** Reads a paper's named graph and the concepts graph back into records; the reverse of PaperToRdf. */
final class RecordReader {
    private final Model concepts;

    /** @param concepts the concepts graph, read inside the caller's read transaction */
    RecordReader(Model concepts) {
        this.concepts = concepts;
    }

    PaperRecord paper(Model graph, Resource paper) {
        Resource p = graph.getResource(paper.getURI());
        List<ConceptRecord> named = graph.listSubjectsWithProperty(RDF.type, PG.Extraction)
                .mapWith(e -> concept(graph, p, e))
                .toList();
        named.sort(Comparator.comparing(ConceptRecord::id));
        return description(graph, paper, named, results(graph, PG.paperIdOf(paper.asNode())));
    }

    /** The paper's description alone, as a record naming no concept: what tells whether its input changed. */
    static PaperRecord description(Model graph, Resource paper) {
        return description(graph, paper, List.of(), List.of());
    }

    private static PaperRecord description(Model graph, Resource paper, List<ConceptRecord> named,
                                           List<ResultRecord> results) {
        Resource p = graph.getResource(paper.getURI());
        List<String> authors = p.hasProperty(PG.authorList)
                ? p.getPropertyResourceValue(PG.authorList).as(RDFList.class)
                        .iterator().mapWith(n -> n.asLiteral().getString()).toList()
                : List.of();
        List<String> categories = strings(p, DCTerms.subject);
        return new PaperRecord(string(p, PG.paperId), Objects.requireNonNullElse(string(p, DCTerms.title), ""),
                Objects.requireNonNullElse(string(p, DCTerms.abstract_), ""), authors, string(p, DCTerms.date),
                string(p, DCTerms.identifier), string(p, SchemaDO.url), categories, string(p, PG.sourceLocation),
                named, results);
    }

    /** The results a paper's named graph holds, ordered by field (title first) and the number's offsets. */
    static List<ResultRecord> results(Model graph, String paperId) {
        return graph.listSubjectsWithProperty(RDF.type, PG.Result).mapWith(r -> {
            Resource number = r.getPropertyResourceValue(OA.hasSelector);
            Resource quote = r.getPropertyResourceValue(PG.quoteSelector);
            Resource sentence = r.getPropertyResourceValue(PG.sentenceSelector);
            Statement unit = r.getProperty(PG.unit);
            ResultRow row = new ResultRow(string(r, PG.valueText), unit == null ? "" : unit.getString(),
                    ResultKind.fromLabel(string(r, PG.resultKind)), part(r, PG.metricText, PG.measures),
                    part(r, PG.benchmarkText, PG.onBenchmark), part(r, PG.systemText, PG.obtainedBy),
                    part(r, PG.baselineText, PG.comparedWith), string(r, PG.field), offset(number, OA.start),
                    offset(number, OA.end), offset(sentence, OA.start), offset(sentence, OA.end),
                    string(quote, OA.exact), offset(quote, OA.start), offset(quote, OA.end));
            return new ResultRecord(paperId, row, r.getProperty(PG.value).getDouble(),
                    string(sentence, OA.exact));
        }).toList().stream().sorted(Comparator.comparing((ResultRecord r) -> !Mention.TITLE.equals(r.row().field()))
                .thenComparingInt(r -> r.row().start()).thenComparingInt(r -> r.row().end())).toList();
    }

    private static ResultPart part(Resource result, Property text, Property concept) {
        Resource c = result.getPropertyResourceValue(concept);
        Statement words = result.getProperty(text);
        return new ResultPart(words == null ? "" : words.getString(), c == null ? null : PG.conceptIdOf(c.asNode()));
    }

    private static int offset(Resource selector, Property property) {
        return selector.getProperty(property).getInt();
    }

    private ConceptRecord concept(Model graph, Resource paper, Resource extraction) {
        Resource c = extraction.getPropertyResourceValue(PG.ofConcept);
        Role role = graph.listStatements(paper, null, c).toList().stream()
                .map(s -> PG.role(s.getPredicate()))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
        int mentions = graph.listSubjectsWithProperty(PG.ofConcept, c)
                .filterKeep(s -> s.hasProperty(RDF.type, PG.Mention))
                .toList().size();
        ConceptDescription d = description(c);
        return new ConceptRecord(d.id(), d.name(), d.type(), d.aliases(), role,
                extraction.getProperty(PG.confidence).getDouble(), d.specific(), mentions,
                extraction.listProperties(PG.foundBy).mapWith(s -> PG.ruleOf(s.getResource()))
                        .filterDrop(Objects::isNull).toList().stream().sorted().toList());
    }

    /** The mentions a paper's named graph holds, ordered by field, start, end and concept id. */
    static List<MentionRecord> mentions(Model graph) {
        return graph.listSubjectsWithProperty(RDF.type, PG.Mention).mapWith(m -> {
            Resource selector = m.getPropertyResourceValue(OA.hasSelector);
            return new MentionRecord(PG.conceptIdOf(m.getPropertyResourceValue(PG.ofConcept).asNode()),
                    string(m, PG.field), selector.getProperty(OA.start).getInt(), selector.getProperty(OA.end).getInt(),
                    string(selector, OA.exact));
        }).toList().stream().sorted(Comparator.comparing(MentionRecord::field).thenComparingInt(MentionRecord::start)
                .thenComparingInt(MentionRecord::end).thenComparing(MentionRecord::conceptId)).toList();
    }

    /** The concept's description in the concepts graph. */
    ConceptDescription description(Resource concept) {
        Resource d = concepts.getResource(concept.getURI());
        ConceptType type = concepts.listObjectsOfProperty(d, RDF.type).toList().stream()
                .map(t -> PG.conceptType(t.asResource()))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
        Statement specific = d.getProperty(PG.specific);
        return new ConceptDescription(string(d, PG.conceptId), string(d, SKOS.prefLabel), type,
                strings(d, SKOS.altLabel), specific != null && specific.getBoolean());
    }

    private static String string(Resource subject, Property property) {
        Statement s = subject.getProperty(property);
        return s == null ? null : s.getString();
    }

    private static List<String> strings(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream().map(Statement::getString).sorted().toList();
    }
}
