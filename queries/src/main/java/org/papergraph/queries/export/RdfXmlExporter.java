package org.papergraph.queries.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.ontology.vocab.PG;

/**
 * Writes every triple of the RDF store once, its named graphs merged (RDF/XML has none), as RDF/XML: an
 * {@code rdf:Description} per subject with a property element per triple.
 *
 * <p>Jena's RDF/XML writers take a whole graph into memory. Instead the triples stream from TDB2's indexes by subject
 * ({@link RdfStreamExporter#union}): a subject's description is opened at its first triple and closed when the next subject
 * comes, so memory holds no part of the graph. XML 1.0 cannot hold control characters in any form: a literal holding
 * one is written with U+FFFD in its place, as in the other XML exports.
 */
final class RdfXmlExporter {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private RdfXmlExporter() {
    }

    /** Writes the store's triples; returns what it wrote. */
    static String write(PapergraphStore store, OutputStream out) {
        return Txn.calculateRead(store.dataset(), () -> {
            try {
                return write(RdfStreamExporter.union(store.dataset()), out) + " triples";
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write RDF/XML: " + e.getMessage(), e);
            }
        });
    }

    private static long write(Iterator<Triple> triples, OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XmlDocument.start(out);
        x.writeStartElement("rdf", "RDF", RDF.uri);
        for (Map.Entry<String, String> p : new TreeMap<>(PG.PREFIXES.getNsPrefixMap()).entrySet()) {
            x.writeNamespace(p.getKey(), p.getValue());
        }
        Node subject = null;
        long n = 0;
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (!t.getSubject().equals(subject)) {
                if (subject != null) {
                    x.writeCharacters("\n  ");
                    x.writeEndElement();
                }
                subject = t.getSubject();
                x.writeCharacters("\n  ");
                x.writeStartElement("rdf", "Description", RDF.uri);
                node(x, "about", subject);
            }
            property(x, t.getPredicate().getURI(), t.getObject());
            n++;
        }
        if (subject != null) {
            x.writeCharacters("\n  ");
            x.writeEndElement();
        }
        XmlDocument.end(x, 1);
        return n;
    }

    /**
     * A property element: its name is the predicate IRI split into a namespace and an XML name, under papergraph's
     * prefix for the namespace or else one declared on the element itself.
     */
    private static void property(XMLStreamWriter x, String predicate, Node object) throws XMLStreamException {
        int split = Util.splitNamespaceXML(predicate);
        if (split >= predicate.length()) {
            throw new IllegalStateException("RDF/XML cannot write the property <" + predicate
                    + ">: its IRI does not end in an XML name");
        }
        String namespace = predicate.substring(0, split);
        String prefix = PG.PREFIXES.getNsURIPrefix(namespace);
        x.writeCharacters("\n    ");
        String local = predicate.substring(split);
        if (!object.isLiteral()) {
            x.writeEmptyElement(prefix == null ? "ns" : prefix, local, namespace);
            declare(x, prefix, namespace);
            node(x, "resource", object);
            return;
        }
        x.writeStartElement(prefix == null ? "ns" : prefix, local, namespace);
        declare(x, prefix, namespace);
        if (!object.getLiteralLanguage().isEmpty()) {
            x.writeAttribute("xml", XML_NS, "lang", object.getLiteralLanguage());
        } else if (!object.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
            x.writeAttribute("rdf", RDF.uri, "datatype", object.getLiteralDatatypeURI());
        }
        XmlDocument.characters(x, object.getLiteralLexicalForm());
        x.writeEndElement();
    }

    /** Declares the namespace on the element just started when papergraph has no prefix for it. */
    private static void declare(XMLStreamWriter x, String prefix, String namespace) throws XMLStreamException {
        if (prefix == null) {
            x.writeNamespace("ns", namespace);
        }
    }

    /** Names a node in an attribute: an IRI by {@code rdf:about} or {@code rdf:resource}, a blank node by nodeID. */
    private static void node(XMLStreamWriter x, String iriAttribute, Node node) throws XMLStreamException {
        if (node.isBlank()) {
            x.writeAttribute("rdf", RDF.uri, "nodeID", NodeFmtLib.encodeBNodeLabel(node.getBlankNodeLabel()));
        } else {
            x.writeAttribute("rdf", RDF.uri, iriAttribute, node.getURI());
        }
    }
}
