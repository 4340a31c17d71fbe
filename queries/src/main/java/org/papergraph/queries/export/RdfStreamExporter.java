package org.papergraph.queries.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.ontology.vocab.PG;

/**
 * Writes the RDF store through Jena's streaming writers (Turtle and TriG in blocks of a subject, N-Triples, N-Quads):
 * triples or quads go from TDB2's indexes to the output one at a time, inside one read transaction, and no part of
 * the graph is held in memory.
 */
final class RdfStreamExporter {

    private RdfStreamExporter() {
    }

    /**
     * Writes every triple of the store once, its named graphs merged (papergraph keeps no triple in the default
     * graph); returns what it wrote.
     */
    static String triples(PapergraphStore store, RDFFormat format, OutputStream out) {
        return Txn.calculateRead(store.dataset(), () -> {
            StreamRDF stream = started(format, out);
            long n = 0;
            for (Iterator<Triple> it = union(store.dataset()); it.hasNext(); n++) {
                stream.triple(it.next());
            }
            stream.finish();
            return n + " triples";
        });
    }

    /** Writes every quad of the store, named graph by named graph; returns what it wrote. */
    static String quads(PapergraphStore store, RDFFormat format, OutputStream out) {
        return Txn.calculateRead(store.dataset(), () -> {
            StreamRDF stream = started(format, out);
            long n = 0;
            for (Iterator<Quad> it = byGraph(store.dataset().asDatasetGraph()); it.hasNext(); n++) {
                stream.quad(it.next());
            }
            stream.finish();
            return n + " quads";
        });
    }

    /**
     * The named graphs' triples, each once, by subject; inside a read transaction. Jena's union graph drops a triple
     * several graphs hold with a set of every triple it has seen, the whole graph in memory. TDB2's SPOG index holds
     * a triple's quads next to each other: read in its order, a repeat is the triple just read, and dropping it needs
     * no memory.
     */
    static Iterator<Triple> union(Dataset dataset) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
        TupleIndex spog = Arrays.stream(quads.getTupleTable().getIndexes()).filter(i -> i.getName().equals("SPOG"))
                .findFirst().orElseThrow(() -> new IllegalStateException("the RDF store has no SPOG index"));
        // Tuples come in index order but with the table's columns: graph, subject, predicate, object.
        Iterator<Tuple<NodeId>> triples = Iter.distinctAdjacent(
                Iter.map(spog.all(), q -> TupleFactory.tuple(q.get(1), q.get(2), q.get(3))));
        NodeTable nodes = quads.getNodeTable();
        return Iter.map(triples, t -> Triple.create(nodes.getNodeForNodeId(t.get(0)),
                nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2))));
    }

    /**
     * Every quad, graph by graph (the default graph's first) and within a graph by subject, as TDB2's graph-first
     * index holds them; inside a read transaction.
     */
    static Iterator<Quad> byGraph(DatasetGraph dsg) {
        Iterator<Quad> defaultGraph = Iter.map(dsg.getDefaultGraph().find(), t -> Quad.create(Quad.defaultGraphIRI, t));
        Iterator<Quad> named = Iter.flatMap(dsg.listGraphNodes(),
                (Node g) -> dsg.findNG(g, Node.ANY, Node.ANY, Node.ANY));
        return Iter.concat(defaultGraph, named);
    }

    /** A streaming writer, started, with papergraph's prefixes declared (N-Triples and N-Quads ignore them). */
    private static StreamRDF started(RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        new TreeMap<>(PG.PREFIXES.getNsPrefixMap()).forEach(stream::prefix);
        return stream;
    }
}
