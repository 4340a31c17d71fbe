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
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.extractor.model.Role;
import org.papergraph.ontology.vocab.PG;

/**
 * Brings a store written in an earlier layout to what {@link PaperToRdf} writes now: {@link PG#key}s that are lookup
 * keys of ids, titles, DOIs, arXiv ids, names and aliases (first there were none, then lower-cased ids, titles and
 * names, then no DOIs and arXiv ids), role triples with a {@link PG#relatesTo} beside them, concepts with a
 * {@link PG#paperCount}, and papers with the results they report. Papers the store holds as read are never written
 * again, so without this such a store would keep answering the named queries with nothing. Results come only from
 * extraction: a paper of an earlier layout loses its {@link PG#extractedWith}, so that the next build extracts it again.
 * The store records its layout ({@link PG#layout}); every step is idempotent, so a store of any earlier layout gets
 * them all.
 */
public final class LayoutUpgrade {

    /**
     * The layout {@link PaperToRdf} writes: 2 since keys are lookup keys of every name, 3 since papers hold results and
     * are keyed by DOI and arXiv id too.
     */
    public static final long CURRENT = 3;

    private LayoutUpgrade() {
    }

    /** Whether the store holds papers in an earlier layout; inside the caller's read or write transaction. */
    public static boolean needed(Dataset dataset) {
        Graph union = dataset.asDatasetGraph().getUnionGraph();
        boolean papers = union.stream(Node.ANY, RDF.type.asNode(), PG.Paper.asNode()).findFirst().isPresent();
        Statement layout = dataset.getNamedModel(PG.STORE_GRAPH).getProperty(PG.STORE, PG.layout);
        return papers && (layout == null || layout.getLong() < CURRENT);
    }

    /** Records that the store follows the current layout; inside a write transaction. */
    public static void mark(Dataset dataset) {
        Model store = dataset.getNamedModel(PG.STORE_GRAPH);
        Statement layout = store.getProperty(PG.STORE, PG.layout);
        if (layout == null || layout.getLong() != CURRENT) {
            store.removeAll(PG.STORE, PG.layout, null);
            store.addLiteral(PG.STORE, PG.layout, CURRENT);
        }
    }

    /**
     * Keys every paper and concept anew, adds what is missing, has every paper extracted again by the next build,
     * counts every concept's papers and marks the store as of the current layout; inside a write transaction.
     */
    public static void run(Dataset dataset) {
        List<Node> papers = dataset.asDatasetGraph().getUnionGraph()
                .stream(Node.ANY, RDF.type.asNode(), PG.Paper.asNode()).map(Triple::getSubject).toList();
        for (Node node : papers) {
            Model graph = dataset.getNamedModel(node.getURI());
            Resource paper = graph.getResource(node.getURI());
            paper.removeAll(PG.key);
            paper.removeAll(PG.extractedWith);
            PaperToRdf.addKeys(paper, PaperToRdf.paperKeys(string(paper.getProperty(PG.paperId)),
                    string(paper.getProperty(DCTerms.title)), string(paper.getProperty(DCTerms.identifier)),
                    string(paper.getProperty(SchemaDO.url))));
            List<RDFNode> named = new ArrayList<>();
            for (Role role : Role.values()) {
                graph.listObjectsOfProperty(paper, PG.roleProperty(role)).forEachRemaining(named::add);
            }
            named.forEach(c -> paper.addProperty(PG.relatesTo, c));
        }
        Model concepts = dataset.getNamedModel(PG.CONCEPTS_GRAPH);
        List<String> ids = new ArrayList<>();
        for (Resource concept : concepts.listSubjectsWithProperty(PG.conceptId).toList()) {
            List<String> names = new ArrayList<>();
            names.add(string(concept.getProperty(PG.conceptId)));
            names.add(string(concept.getProperty(SKOS.prefLabel)));
            concept.listProperties(SKOS.altLabel).forEachRemaining(s -> names.add(s.getString()));
            concept.removeAll(PG.key);
            PaperToRdf.addKeys(concept, names);
            ids.add(names.get(0));
        }
        ConceptStatistics.recount(dataset, ids);
        mark(dataset);
    }

    private static String string(Statement statement) {
        return statement == null ? null : statement.getString();
    }
}
