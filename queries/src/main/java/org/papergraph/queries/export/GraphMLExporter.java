package org.papergraph.queries.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neo4j.driver.Driver;
import org.papergraph.queries.export.GraphAttributes.Attribute;
import org.papergraph.queries.export.PropertyGraphRead.Edge;
import org.papergraph.queries.export.PropertyGraphRead.Node;

/**
 * Writes the Neo4j property graph as GraphML (Cytoscape, yEd, Gephi, igraph, NetworkX): papers and concepts as nodes
 * with a caption, their labels, typed attributes and a colour, every relationship as an edge labelled by its type. A
 * node's id is {@code paper:<id>} or {@code concept:<id>} as an XML name token, as GraphML's schema wants it.
 */
final class GraphMLExporter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMLExporter() {
    }

    /** Writes the whole graph; returns what it wrote. */
    static String write(Driver driver, OutputStream out) throws IOException {
        long nodes = 0;
        long edges = 0;
        try (PropertyGraphRead graph = PropertyGraphRead.open(driver)) {
            XMLStreamWriter x = XmlDocument.start(out);
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            // The caption: Gephi takes a node's label from the key whose id is "label", Cytoscape from the column
            // attr.name names, and captions by "name": one key serves both.
            key(x, "label", "node", "name", "string");
            key(x, "n_labels", "node", "labels", "string");
            for (Attribute a : GraphAttributes.NODES) {
                key(x, "n_" + a.name(), "node", a.name(), type(a));
            }
            // The colour: Gephi reads r, g and b; Cytoscape and yEd users map the color column.
            for (String c : List.of("r", "g", "b")) {
                key(x, c, "node", c, "int");
            }
            key(x, "n_color", "node", "color", "string");
            key(x, "e_label", "edge", "label", "string");
            for (Attribute a : GraphAttributes.EDGES) {
                key(x, "e_" + a.name(), "edge", a.name(), type(a));
            }
            x.writeCharacters("\n");
            x.writeStartElement("graph");
            x.writeAttribute("id", "papergraph");
            x.writeAttribute("edgedefault", "directed");
            for (Iterator<Node> it = graph.nodes(); it.hasNext(); nodes++) {
                node(x, it.next());
            }
            for (Iterator<Edge> it = graph.edges(); it.hasNext(); edges++) {
                edge(x, it.next(), edges);
            }
            XmlDocument.end(x, 2);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
        return nodes + " nodes, " + edges + " edges";
    }

    private static String type(Attribute a) {
        return switch (a.type()) {
            case INTEGER -> "int";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            case STRING, LIST -> "string";
        };
    }

    private static void key(XMLStreamWriter x, String id, String scope, String name, String type)
            throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", scope);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
    }

    private static void node(XMLStreamWriter x, Node n) throws XMLStreamException {
        x.writeCharacters("\n");
        x.writeStartElement("node");
        x.writeAttribute("id", XmlText.nmtoken(n.key()));
        data(x, "label", GraphAttributes.caption(n.properties()));
        data(x, "n_labels", String.join(":", n.labels()));
        for (Attribute a : GraphAttributes.NODES) {
            data(x, "n_" + a.name(), a.text(n.properties()));
        }
        int rgb = NodeColours.of(n.labels());
        data(x, "r", String.valueOf(NodeColours.red(rgb)));
        data(x, "g", String.valueOf(NodeColours.green(rgb)));
        data(x, "b", String.valueOf(NodeColours.blue(rgb)));
        data(x, "n_color", NodeColours.hex(rgb));
        x.writeEndElement();
    }

    private static void edge(XMLStreamWriter x, Edge e, long n) throws XMLStreamException {
        x.writeCharacters("\n");
        x.writeStartElement("edge");
        x.writeAttribute("id", "e" + n);
        x.writeAttribute("source", XmlText.nmtoken(e.source()));
        x.writeAttribute("target", XmlText.nmtoken(e.target()));
        data(x, "e_label", e.type());
        for (Attribute a : GraphAttributes.EDGES) {
            data(x, "e_" + a.name(), a.text(e.properties()));
        }
        x.writeEndElement();
    }

    /** A data element, left out when there is no value. */
    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        XmlDocument.characters(x, value);
        x.writeEndElement();
    }
}
