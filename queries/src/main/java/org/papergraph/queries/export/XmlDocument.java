package org.papergraph.queries.export;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The XML files the exports write (GraphML, GEXF, RDF/XML): UTF-8, declared, a closing tag a line at the end. */
final class XmlDocument {

    private XmlDocument() {
    }

    /** A writer to {@code out}, the XML declaration written. */
    static XMLStreamWriter start(OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        return x;
    }

    /** Closes the {@code open} elements still open, a closing tag a line, and the document; the stream stays open. */
    static void end(XMLStreamWriter x, int open) throws XMLStreamException {
        for (int i = 0; i < open; i++) {
            x.writeCharacters("\n");
            x.writeEndElement();
        }
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
        x.close();
    }
}
