package org.papergraph.queries.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neo4j.driver.Driver;
import org.papergraph.queries.export.GraphAttributes.Attribute;
import org.papergraph.queries.export.PropertyGraphRead.Edge;
import org.papergraph.queries.export.PropertyGraphRead.Node;

/**
 * Writes the Neo4j property graph as GEXF 1.2 for Gephi (and sigma.js, NetworkX): papers and concepts as nodes
 * labelled by their caption, with typed attributes and a {@code viz:color} by type; every relationship as an edge
 * labelled by its type, a link weighted by its weight. GEXF 1.2 rather than 1.3: what Gephi, NetworkX and JGraphT all
 * read, and what JGraphT validates against its schema.
 */
final class GexfExporter {

    private static final String NS = "http://www.gexf.net/1.2draft";
    private static final String VIZ = "http://www.gexf.net/1.2draft/viz";

    private static final String WEIGHT = "weight";
    /** The edges' attributes but the weight, which is the edge's own: Gephi has a weight column of its own. */
    private static final List<Attribute> EDGE_ATTRIBUTES =
            GraphAttributes.EDGES.stream().filter(a -> !a.name().equals(WEIGHT)).toList();

    private GexfExporter() {
    }

    /** Writes the whole graph; returns what it wrote. */
    static String write(Driver driver, OutputStream out) throws IOException {
        long nodes = 0;
        long edges = 0;
        try (PropertyGraphRead graph = PropertyGraphRead.open(driver)) {
            XMLStreamWriter x = XmlDocument.start(out);
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("viz", VIZ);
            x.writeAttribute("version", "1.2");
            x.writeCharacters("\n");
            x.writeStartElement("meta");
            x.writeStartElement("creator");
            x.writeCharacters("papergraph");
            x.writeEndElement();
            x.writeStartElement("description");
            x.writeCharacters("Papers and the methods, models, datasets, benchmarks, tasks and metrics they name");
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", "directed");
            x.writeAttribute("mode", "static");
            attributes(x, "node", GraphAttributes.NODES, "labels");
            attributes(x, "edge", EDGE_ATTRIBUTES, null);
            x.writeCharacters("\n");
            x.writeStartElement("nodes");
            for (Iterator<Node> it = graph.nodes(); it.hasNext(); nodes++) {
                node(x, it.next());
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeStartElement("edges");
            for (Iterator<Edge> it = graph.edges(); it.hasNext(); edges++) {
                edge(x, it.next(), edges);
            }
            XmlDocument.end(x, 3);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
        return nodes + " nodes, " + edges + " edges";
    }

    /** Declares a class's attributes; their ids are their names, which attvalues refer to. */
    private static void attributes(XMLStreamWriter x, String scope, List<Attribute> attributes, String labels)
            throws XMLStreamException {
        x.writeCharacters("\n");
        x.writeStartElement("attributes");
        x.writeAttribute("class", scope);
        x.writeAttribute("mode", "static");
        if (labels != null) {
            attribute(x, labels, "string");
        }
        for (Attribute a : attributes) {
            attribute(x, a.name(), switch (a.type()) {
                case INTEGER -> "integer";
                case DOUBLE -> "double";
                case BOOLEAN -> "boolean";
                case STRING, LIST -> "string";
            });
        }
        x.writeCharacters("\n");
        x.writeEndElement();
    }

    private static void attribute(XMLStreamWriter x, String name, String type) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeEmptyElement("attribute");
        x.writeAttribute("id", name);
        x.writeAttribute("title", name);
        x.writeAttribute("type", type);
    }

    private static void node(XMLStreamWriter x, Node n) throws XMLStreamException {
        x.writeCharacters("\n");
        x.writeStartElement("node");
        x.writeAttribute("id", XmlText.of(n.key()));
        x.writeAttribute("label", GraphAttributes.caption(n.properties()));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("labels", String.join(":", n.labels()));
        GraphAttributes.NODES.forEach(a -> values.put(a.name(), a.text(n.properties())));
        attvalues(x, values);
        int rgb = NodeColours.of(n.labels());
        x.writeEmptyElement("viz", "color", VIZ);
        x.writeAttribute("r", String.valueOf(NodeColours.red(rgb)));
        x.writeAttribute("g", String.valueOf(NodeColours.green(rgb)));
        x.writeAttribute("b", String.valueOf(NodeColours.blue(rgb)));
        x.writeEndElement();
    }

    private static void edge(XMLStreamWriter x, Edge e, long n) throws XMLStreamException {
        x.writeCharacters("\n");
        x.writeStartElement("edge");
        x.writeAttribute("id", String.valueOf(n));
        x.writeAttribute("source", XmlText.of(e.source()));
        x.writeAttribute("target", XmlText.of(e.target()));
        x.writeAttribute("label", e.type());
        if (e.properties().get(WEIGHT) instanceof Double weight) {
            x.writeAttribute(WEIGHT, String.valueOf(weight));
        }
        Map<String, String> values = new LinkedHashMap<>();
        EDGE_ATTRIBUTES.forEach(a -> values.put(a.name(), a.text(e.properties())));
        attvalues(x, values);
        x.writeEndElement();
    }

    /** The values an element has, by attribute; none leaves out the attvalues element, which may not be empty. */
    private static void attvalues(XMLStreamWriter x, Map<String, String> values) throws XMLStreamException {
        values.values().removeIf(Objects::isNull);
        if (values.isEmpty()) {
            return;
        }
        x.writeStartElement("attvalues");
        for (Map.Entry<String, String> v : values.entrySet()) {
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", v.getKey());
            x.writeAttribute("value", v.getValue());
        }
        x.writeEndElement();
    }
}
