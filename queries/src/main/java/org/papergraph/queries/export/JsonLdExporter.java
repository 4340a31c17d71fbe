package org.papergraph.queries.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.ontology.vocab.PG;

/**
 * Writes the RDF store as JSON-LD 1.1 with its named graphs: a context of papergraph's prefixes, then a graph object
 * per named graph ({@code {"@id": graph, "@graph": [...]}}) holding a node object per subject.
 *
 * <p>Jena's JSON-LD writer takes a whole dataset into memory to frame it. Instead the quads stream from TDB2's
 * graph-first index, in which a graph's quads come together and, within it, a subject's: one subject's triples are
 * gathered into its node object, written, and dropped, so memory holds one subject at a time however large the store.
 */
final class JsonLdExporter {

    private JsonLdExporter() {
    }

    /** Writes every quad of the store; returns what it wrote. */
    static String write(PapergraphStore store, OutputStream out) {
        return Txn.calculateRead(store.dataset(), () -> {
            try {
                return write(RdfStreamExporter.byGraph(store.dataset().asDatasetGraph()), out) + " quads";
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write JSON-LD", e);
            }
        });
    }

    private static long write(Iterator<Quad> quads, OutputStream out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeObjectFieldStart("@context");
        for (Map.Entry<String, String> p : new TreeMap<>(PG.PREFIXES.getNsPrefixMap()).entrySet()) {
            json.writeStringField(p.getKey(), p.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("@graph");
        Node graph = null;
        Node subject = null;
        Map<Node, List<Node>> objects = new LinkedHashMap<>();
        long n = 0;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!q.getGraph().equals(graph) || !q.getSubject().equals(subject)) {
                node(json, subject, objects);
                if (!q.getGraph().equals(graph)) {
                    if (graph != null && !Quad.isDefaultGraph(graph)) {
                        json.writeEndArray();
                        json.writeEndObject();
                    }
                    graph = q.getGraph();
                    // The default graph's node objects stand at the top, a named graph's in its graph object.
                    if (!Quad.isDefaultGraph(graph)) {
                        json.writeStartObject();
                        json.writeStringField("@id", id(graph));
                        json.writeArrayFieldStart("@graph");
                    }
                }
                subject = q.getSubject();
            }
            objects.computeIfAbsent(q.getPredicate(), p -> new ArrayList<>()).add(q.getObject());
            n++;
        }
        node(json, subject, objects);
        if (graph != null && !Quad.isDefaultGraph(graph)) {
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        return n;
    }

    /** Writes a subject's node object from its objects by predicate, then clears them. */
    private static void node(JsonGenerator json, Node subject, Map<Node, List<Node>> objects) throws IOException {
        if (subject == null) {
            return;
        }
        json.writeStartObject();
        json.writeStringField("@id", id(subject));
        for (Map.Entry<Node, List<Node>> e : objects.entrySet()) {
            List<Node> values = e.getValue();
            // rdf:type's IRIs go in @type; a literal or blank node type stays a plain property.
            boolean types = e.getKey().equals(RDF.type.asNode()) && values.stream().allMatch(Node::isURI);
            json.writeArrayFieldStart(types ? "@type" : compact(e.getKey().getURI()));
            for (Node o : values) {
                if (types) {
                    json.writeString(compact(o.getURI()));
                } else {
                    value(json, o);
                }
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        objects.clear();
    }

    private static void value(JsonGenerator json, Node o) throws IOException {
        json.writeStartObject();
        if (o.isLiteral()) {
            // Values stay strings with their datatype: JSON numbers would not give back the lexical form.
            json.writeStringField("@value", o.getLiteralLexicalForm());
            if (!o.getLiteralLanguage().isEmpty()) {
                json.writeStringField("@language", o.getLiteralLanguage());
            } else if (!o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
                json.writeStringField("@type", compact(o.getLiteralDatatypeURI()));
            }
        } else {
            json.writeStringField("@id", id(o));
        }
        json.writeEndObject();
    }

    /** A subject's, object's or graph's id: a blank node's label, or its IRI, compacted. */
    private static String id(Node n) {
        return n.isBlank() ? "_:" + NodeFmtLib.encodeBNodeLabel(n.getBlankNodeLabel()) : compact(n.getURI());
    }

    /**
     * The IRI as {@code prefix:local} when a context prefix starts it. Every prefix's namespace ends in '#' or '/', so
     * JSON-LD 1.1 expands such a term with it; a local part starting with "//" would read as an absolute IRI.
     */
    private static String compact(String iri) {
        String prefix = PG.PREFIXES.shortForm(iri);
        int colon = prefix.indexOf(':');
        return prefix.equals(iri) || prefix.startsWith("//", colon + 1) ? iri : prefix;
    }
}
