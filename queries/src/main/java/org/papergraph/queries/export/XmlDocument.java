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

    /**
     * Writes text as element content, made legal ({@link XmlText#of}). A carriage return goes as a character
     * reference: an XML reader reads a raw one, and a line feed after it, as one line feed.
     */
    static void characters(XMLStreamWriter x, String text) throws XMLStreamException {
        String legal = XmlText.of(text);
        int from = 0;
        for (int cr = legal.indexOf('\r'); cr >= 0; cr = legal.indexOf('\r', from)) {
            x.writeCharacters(legal.substring(from, cr));
            x.writeEntityRef("#xD");
            from = cr + 1;
        }
        x.writeCharacters(legal.substring(from));
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
