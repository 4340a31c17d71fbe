package org.papergraph.ontology.mapping;

import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.ontology.vocab.PG;

/**
 * Each concept's {@link PG#paperCount}: how many papers name it, so that ranking and weighting queries read one
 * triple instead of counting the store's role triples; and for each concept class, the paper counts its concepts
 * have ({@link PG#memberPaperCount}), so that a top-k query reads only the concepts with the k largest of them
 * instead of every concept of the class.
 *
 * <p>They live in their own graph, {@link PG#STATISTICS_GRAPH}, not beside the descriptions: PaperToRdf rewrites a
 * concept's description only when it differs from all that concept's triples in the concepts graph, and a count
 * there would make every write look like a change and be dropped by each rewrite.
 */
public final class ConceptStatistics {

    private ConceptStatistics() {
    }

    /**
     * The content of the statistics graph for concepts with these paper counts and types: what recounting every
     * concept leaves, for a store loaded in bulk rather than written.
     *
     * @param paperCounts by concept id, how many papers name it
     * @param types       by concept id, its type
     */
    public static Model of(Map<String, Long> paperCounts, Map<String, ConceptType> types) {
        Model statistics = ModelFactory.createDefaultModel();
        paperCounts.forEach((id, papers) -> {
            Literal count = integer(papers);
            statistics.add(PG.concept(id), PG.paperCount, count);
            statistics.add(PG.typeClass(types.get(id)), PG.memberPaperCount, count);
        });
        return statistics;
    }

    /**
     * Recounts the papers of these concepts, inside the caller's write transaction, after their descriptions are
     * written: a paper names a concept when its graph holds a {@link PG#relatesTo} triple to it. A concept no paper
     * names loses its count. Only the concepts a change touched need this: a count moves only when a paper starting
     * or ceasing to name the concept is written, and a concept's class only when its description is.
     */
    static void recount(Dataset dataset, Collection<String> conceptIds) {
        Model statistics = dataset.getNamedModel(PG.STATISTICS_GRAPH);
        Set<Long> touched = new TreeSet<>();
        for (String id : conceptIds) {
            Resource concept = PG.concept(id);
            long papers = papersNaming(dataset.asDatasetGraph(), concept.asNode()).size();
            Statement stored = statistics.getProperty(concept, PG.paperCount);
            touched.add(papers);
            if (stored != null) {
                touched.add(stored.getLong());
                if (stored.getLong() == papers) {
                    continue;
                }
            }
            statistics.removeAll(concept, PG.paperCount, null);
            if (papers > 0) {
                statistics.add(concept, PG.paperCount, integer(papers));
            }
        }
        touched.remove(0L);
        DatasetGraph dsg = dataset.asDatasetGraph();
        for (long count : touched) {
            for (ConceptType type : ConceptType.values()) {
                Resource typeClass = PG.typeClass(type);
                Literal value = integer(count);
                if (hasConceptWithCount(dsg, typeClass, value)) {
                    statistics.add(typeClass, PG.memberPaperCount, value);
                } else {
                    statistics.remove(typeClass, PG.memberPaperCount, value);
                }
            }
        }
    }

    /**
     * Whether some concept of the class has this paper count; reads the concepts with the count lazily, up to the
     * first of the class (Model.listSubjectsWithProperty would first collect them all).
     */
    private static boolean hasConceptWithCount(DatasetGraph dsg, Resource typeClass, Literal count) {
        Iterator<Quad> withCount = dsg.find(PG.STATISTICS_GRAPH.asNode(), Node.ANY, PG.paperCount.asNode(), count.asNode());
        try {
            return Iter.anyMatch(withCount, q -> dsg.contains(PG.CONCEPTS_GRAPH.asNode(), q.getSubject(),
                    RDF.type.asNode(), typeClass.asNode()));
        } finally {
            Iter.close(withCount);
        }
    }

    /** The papers (their graphs' names) naming a concept: those holding a {@link PG#relatesTo} triple to it. */
    public static Set<Node> papersNaming(DatasetGraph dsg, Node concept) {
        Set<Node> graphs = new HashSet<>();
        Iterator<Quad> quads = dsg.findNG(Node.ANY, Node.ANY, PG.relatesTo.asNode(), concept);
        quads.forEachRemaining(q -> graphs.add(q.getGraph()));
        return graphs;
    }

    /** An xsd:integer, the type SPARQL writes a number such as {@code pg:paperCount 1} as. */
    private static Literal integer(long value) {
        return ResourceFactory.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
