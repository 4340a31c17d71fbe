package org.papergraph.extractor.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.papergraph.extractor.model.Paper;

/**
 * An arXiv API answer: an Atom feed whose entries are papers ({@code title}, {@code summary}, {@code id},
 * {@code published}, {@code author/name}, {@code arxiv:doi}, categories). Read with the JDK's StAX, DTDs and external
 * entities off: a feed reads no other file and fetches nothing. Malformed XML ends the read at its line, the entries
 * before it kept.
 */
public final class ArxivAtomReader implements PaperReader {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ARXIV = "http://arxiv.org/schemas/atom";
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final XMLInputFactory XML = closedFactory();

    @Override
    public String format() {
        return "arxiv-atom";
    }

    @Override
    public boolean detect(String head) {
        return head.stripLeading().startsWith("<") && head.contains("<feed") && head.contains(ATOM);
    }

    @Override
    public void read(LineInput in, ReadListener listener) throws IOException {
        try (Reader text = in.asReader(listener)) {
            XMLStreamReader xml = null;
            try {
                xml = XML.createXMLStreamReader(text);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && isAtom(xml, "entry")) {
                        String where = in.where(xml.getLocation().getLineNumber());
                        readEntry(xml).give(where, listener);
                    }
                }
            } catch (XMLStreamException e) {
                int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
                listener.problem(in.where(line), "malformed XML (" + reason(e.getMessage())
                        + "); the rest of this file is skipped");
            } finally {
                if (xml != null) {
                    try {
                        xml.close();
                    } catch (XMLStreamException e) {
                        // Closing releases the parser's state only; the input is closed by its owner.
                    }
                }
            }
        }
    }

    /** The fields of the entry just opened, up to its end tag. */
    private static Entry readEntry(XMLStreamReader xml) throws XMLStreamException {
        Entry e = new Entry();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1 && isAtom(xml, "title")) {
                    e.title = oneLine(xml.getElementText());
                } else if (depth == 1 && isAtom(xml, "summary")) {
                    e.summary = oneLine(xml.getElementText());
                } else if (depth == 1 && isAtom(xml, "id")) {
                    e.id = oneLine(xml.getElementText());
                } else if (depth == 1 && isAtom(xml, "published")) {
                    e.published = oneLine(xml.getElementText());
                } else if (depth == 2 && isAtom(xml, "name")) {
                    String name = oneLine(xml.getElementText());
                    if (!name.isEmpty()) {
                        e.authors.add(name);
                    }
                } else if (depth == 1 && ARXIV.equals(xml.getNamespaceURI()) && "doi".equals(xml.getLocalName())) {
                    e.doi = oneLine(xml.getElementText());
                } else if (depth == 1 && "category".equals(xml.getLocalName())
                        && (ATOM.equals(xml.getNamespaceURI()) || ARXIV.equals(xml.getNamespaceURI()))) {
                    String term = xml.getAttributeValue(null, "term");
                    if (term != null && !term.isBlank()) {
                        e.categories.add(term.strip());
                    }
                    depth++;
                } else if (depth == 1 && ARXIV.equals(xml.getNamespaceURI())
                        && "primary_category".equals(xml.getLocalName())) {
                    String term = xml.getAttributeValue(null, "term");
                    if (term != null && !term.isBlank()) {
                        e.primaryCategory = term.strip();
                    }
                    depth++;
                } else {
                    depth++;
                }
            }
        }
        return e;
    }

    private static boolean isAtom(XMLStreamReader xml, String localName) {
        return ATOM.equals(xml.getNamespaceURI()) && localName.equals(xml.getLocalName());
    }

    private static String oneLine(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** The parser's reason: StAX puts "ParseError at [row,col]:[13,34]" first and the reason after "Message:". */
    private static String reason(String message) {
        String m = message == null ? "" : message.strip();
        int at = m.indexOf("Message:");
        String reason = at >= 0 ? m.substring(at + "Message:".length()) : m;
        return reason.strip().lines().findFirst().orElse("").strip();
    }

    private static XMLInputFactory closedFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** One entry as read. */
    private static final class Entry {
        String title = "";
        String summary = "";
        String id = "";
        String published = "";
        String doi = "";
        String primaryCategory;
        final List<String> authors = new ArrayList<>();
        final Set<String> categories = new LinkedHashSet<>();

        void give(String where, ReadListener listener) {
            if (id.contains("arxiv.org/api/errors")) {
                listener.problem(where, "arXiv API error: " + MessageText.quote(summary.isEmpty() ? title : summary));
                return;
            }
            String doiBare = PaperIds.bareDoi(doi);
            String url = id.isEmpty() ? null : id;
            String paperId = PaperIds.stableId(null, doiBare, url, title, m -> listener.warning(where, m));
            // The primary category first, wherever the feed puts it.
            Set<String> cats = new LinkedHashSet<>();
            if (primaryCategory != null) {
                cats.add(primaryCategory);
            }
            cats.addAll(categories);
            String date = published.length() >= 10 ? published.substring(0, 10) : published;
            listener.paper(new Paper(paperId, title, summary, authors, date.isEmpty() ? null : date,
                    doiBare.isEmpty() ? null : doiBare, url, List.copyOf(cats), where));
        }
    }
}
