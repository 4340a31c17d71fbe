package org.papergraph.queries.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.papergraph.graph.load.CypherFiles;

/**
 * Writes the Neo4j property graph as GraphML (Gephi, yEd, NetworkX, igraph read it): papers and
 * concepts as nodes with their labels and properties, every relationship as an edge with its type.
 */
public final class GraphMLExporter {

    private static final List<String[]> NODE_KEYS = List.of(
            new String[] {"labels", "string"}, new String[] {"id", "string"}, new String[] {"title", "string"},
            new String[] {"name", "string"}, new String[] {"type", "string"}, new String[] {"year", "int"},
            new String[] {"specific", "boolean"});
    private static final List<String[]> EDGE_KEYS = List.of(
            new String[] {"label", "string"}, new String[] {"weight", "double"}, new String[] {"confidence", "double"},
            new String[] {"concepts", "string"});

    private final Driver driver;

    public GraphMLExporter(Driver driver) {
        this.driver = driver;
    }

    /** Writes the whole graph to {@code file}; returns the number of nodes and edges written. */
    public long[] export(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        long[] counts = new long[2];
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
             Session session = driver.session()) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            for (String[] k : NODE_KEYS) {
                key(x, "node", k);
            }
            for (String[] k : EDGE_KEYS) {
                key(x, "edge", k);
            }
            x.writeStartElement("graph");
            x.writeAttribute("id", "papergraph");
            x.writeAttribute("edgedefault", "directed");
            // Records are listed inside the transaction and written after it: a retried read writes nothing twice.
            List<Record> nodes = session.executeRead(tx -> tx.run(CypherFiles.statement("export-nodes")).list());
            for (Record r : nodes) {
                node(x, r);
                counts[0]++;
            }
            List<Record> edges = session.executeRead(tx -> tx.run(CypherFiles.statement("export-edges")).list());
            for (Record r : edges) {
                edge(x, r, counts[1]++);
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException | XmlFailure e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return counts;
    }

    private static void key(XMLStreamWriter x, String scope, String[] k) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", scope.charAt(0) + "_" + k[0]);
        x.writeAttribute("for", scope);
        x.writeAttribute("attr.name", k[0]);
        x.writeAttribute("attr.type", k[1]);
    }

    private static void node(XMLStreamWriter x, Record r) {
        try {
            x.writeStartElement("node");
            x.writeAttribute("id", xmlText(r.get("key").asString()));
            data(x, "n_labels", String.join(":", r.get("labels").asList(Value::asString)));
            for (String[] k : NODE_KEYS.subList(1, NODE_KEYS.size())) {
                Value v = r.get(k[0]);
                if (!v.isNull()) {
                    data(x, "n_" + k[0], v.asObject().toString());
                }
            }
            x.writeEndElement();
        } catch (XMLStreamException e) {
            throw new XmlFailure(e);
        }
    }

    private static void edge(XMLStreamWriter x, Record r, long n) {
        try {
            x.writeStartElement("edge");
            x.writeAttribute("id", "e" + n);
            x.writeAttribute("source", xmlText(r.get("source").asString()));
            x.writeAttribute("target", xmlText(r.get("target").asString()));
            data(x, "e_label", r.get("label").asString());
            for (String k : new String[] {"weight", "confidence"}) {
                if (!r.get(k).isNull()) {
                    data(x, "e_" + k, r.get(k).asObject().toString());
                }
            }
            if (!r.get("concepts").isNull()) {
                data(x, "e_concepts", String.join(";", r.get("concepts").asList(Value::asString)));
            }
            x.writeEndElement();
        } catch (XMLStreamException e) {
            throw new XmlFailure(e);
        }
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(xmlText(value));
        x.writeEndElement();
    }

    /**
     * The text with every character XML 1.0 forbids (NUL and the other C0 controls but tab and line breaks, lone
     * surrogates, U+FFFE and U+FFFF) replaced by U+FFFD: no escape makes them legal, and a GraphML reader rejects
     * the whole file for one. The stores keep the text as it was.
     */
    static String xmlText(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            boolean legal = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
            if (!legal && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (legal) {
                    out.appendCodePoint(c);
                } else {
                    out.append('\uFFFD');
                }
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    /** Carries an XML failure out of the driver's record callback. */
    private static final class XmlFailure extends RuntimeException {
        XmlFailure(XMLStreamException e) {
            super(e.getMessage(), e);
        }
    }
}
