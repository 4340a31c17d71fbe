package org.papergraph.queries.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The attributes the graph files (GraphML, GEXF) declare, typed, for papers, concepts and results and for their
 * relationships: each holds one Neo4j property. A paper's title and a concept's name are its caption, not an
 * attribute; a result's quote is its caption and an attribute.
 */
final class GraphAttributes {

    /** How a value is written. Neither format has a list type its readers share: a list is one string. */
    enum Type { STRING, INTEGER, DOUBLE, BOOLEAN, LIST }

    /** Joins the elements of a list property. */
    static final String LIST_SEPARATOR = "; ";

    /** One attribute: its name in the file, the property it holds and the type of its values. */
    record Attribute(String name, String property, Type type) {

        /** The value as text for the file, or null when the element has none (or an empty list). */
        String text(Map<String, Object> properties) {
            Object v = properties.get(property);
            if (v == null || v instanceof List<?> list && list.isEmpty()) {
                return null;
            }
            String text = v instanceof List<?> list
                    ? list.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR))
                    : String.valueOf(v);
            return XmlText.of(text);
        }
    }

    /**
     * Papers', concepts' and results' attributes. The id is {@code papergraphId}: Gephi and Cytoscape read an attribute
     * named {@code id} as the node's own id, which here is {@code paper:<id>}, {@code concept:<id>} or
     * {@code result:<id>}.
     */
    static final List<Attribute> NODES = List.of(
            new Attribute("papergraphId", "id", Type.STRING),
            new Attribute("title", "title", Type.STRING),
            new Attribute("date", "date", Type.STRING),
            new Attribute("year", "year", Type.INTEGER),
            new Attribute("doi", "doi", Type.STRING),
            new Attribute("url", "url", Type.STRING),
            new Attribute("authors", "authors", Type.LIST),
            new Attribute("categories", "categories", Type.LIST),
            new Attribute("type", "type", Type.STRING),
            new Attribute("aliases", "aliases", Type.LIST),
            new Attribute("specific", "specific", Type.BOOLEAN),
            new Attribute("papers", "papers", Type.INTEGER),
            new Attribute("value", "value", Type.DOUBLE),
            new Attribute("valueText", "valueText", Type.STRING),
            new Attribute("unit", "unit", Type.STRING),
            new Attribute("kind", "kind", Type.STRING),
            new Attribute("metricText", "metricText", Type.STRING),
            new Attribute("benchmarkText", "benchmarkText", Type.STRING),
            new Attribute("systemText", "systemText", Type.STRING),
            new Attribute("baselineText", "baselineText", Type.STRING),
            new Attribute("quote", "quote", Type.STRING),
            new Attribute("sentence", "sentence", Type.STRING),
            new Attribute("field", "field", Type.STRING),
            new Attribute("start", "start", Type.INTEGER),
            new Attribute("end", "end", Type.INTEGER),
            new Attribute("quoteStart", "quoteStart", Type.INTEGER),
            new Attribute("quoteEnd", "quoteEnd", Type.INTEGER),
            new Attribute("sentenceStart", "sentenceStart", Type.INTEGER),
            new Attribute("sentenceEnd", "sentenceEnd", Type.INTEGER));

    /** Relationships' attributes; the relationship type is the edge's label. */
    static final List<Attribute> EDGES = List.of(
            new Attribute("weight", "weight", Type.DOUBLE),
            new Attribute("confidence", "confidence", Type.DOUBLE),
            new Attribute("mentions", "mentions", Type.INTEGER),
            new Attribute("foundBy", "foundBy", Type.LIST),
            new Attribute("concepts", "concepts", Type.LIST));

    /** Properties no attribute holds: lookup keys, and which papers ranked a link (bookkeeping of the load). */
    static final Set<String> LEFT_OUT = Set.of("idKey", "titleKey", "rankedBy");

    private GraphAttributes() {
    }

    /** A node's caption: a paper's title, a concept's name, a result's quote, or else its id. */
    static String caption(Map<String, Object> properties) {
        Object caption = Stream.of("title", "name", "quote", "id").map(properties::get).filter(v -> v != null)
                .findFirst().orElse("");
        return XmlText.of(String.valueOf(caption));
    }

    /** Whether a property reaches the graph files, as an attribute or as the caption. */
    static boolean written(String property) {
        return property.equals("name") || Stream.concat(NODES.stream(), EDGES.stream())
                .anyMatch(a -> a.property().equals(property));
    }
}
