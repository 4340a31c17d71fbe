package org.papergraph.ontology.mapping;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.vocab.PG;

/**
 * Brings a store written before papers and concepts had {@link PG#key}s, role triples a {@link PG#relatesTo} beside
 * them, and concepts a {@link PG#paperCount}, to what {@link PaperToRdf} writes now. Papers the store holds as read
 * are never written again, so without this such a store would keep answering the named queries with nothing.
 */
public final class LayoutUpgrade {

    private LayoutUpgrade() {
    }

    /** Whether the store holds papers without keys; inside the caller's read or write transaction. */
    public static boolean needed(Dataset dataset) {
        Graph union = dataset.asDatasetGraph().getUnionGraph();
        return union.stream(Node.ANY, RDF.type.asNode(), PG.Paper.asNode()).findFirst()
                .map(paper -> !union.contains(paper.getSubject(), PG.key.asNode(), Node.ANY))
                .orElse(false);
    }

    /** Adds what is missing to every paper and concept, and counts every concept's papers; inside a write transaction. */
    public static void run(Dataset dataset) {
        List<Node> papers = dataset.asDatasetGraph().getUnionGraph()
                .stream(Node.ANY, RDF.type.asNode(), PG.Paper.asNode()).map(Triple::getSubject).toList();
        for (Node node : papers) {
            Model graph = dataset.getNamedModel(node.getURI());
            Resource paper = graph.getResource(node.getURI());
            PaperToRdf.addKey(paper, string(paper.getProperty(PG.paperId)));
            PaperToRdf.addKey(paper, string(paper.getProperty(DCTerms.title)));
            List<RDFNode> named = new ArrayList<>();
            for (Role role : Role.values()) {
                graph.listObjectsOfProperty(paper, PG.roleProperty(role)).forEachRemaining(named::add);
            }
            named.forEach(c -> paper.addProperty(PG.relatesTo, c));
        }
        Model concepts = dataset.getNamedModel(PG.CONCEPTS_GRAPH);
        List<String> ids = new ArrayList<>();
        for (Resource concept : concepts.listSubjectsWithProperty(PG.conceptId).toList()) {
            ids.add(string(concept.getProperty(PG.conceptId)));
            PaperToRdf.addKey(concept, ids.get(ids.size() - 1));
            PaperToRdf.addKey(concept, string(concept.getProperty(SKOS.prefLabel)));
        }
        ConceptStatistics.recount(dataset, ids);
    }

    private static String string(Statement statement) {
        return statement == null ? null : statement.getString();
    }
}
