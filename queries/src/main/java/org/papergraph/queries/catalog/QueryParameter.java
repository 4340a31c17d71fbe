package org.papergraph.queries.catalog;

import java.util.List;
import java.util.Locale;
import org.papergraph.extractor.lookup.LookupKey;

/**
 * A parameter of a named query, as its header declares it. In SPARQL, parameter {@code x} is the variable
 * {@code ?x}, substituted by its value before the query runs; a parameter named {@code limit} also sets the
 * query's LIMIT, and that of each subquery with one. In Cypher it is the driver parameter {@code $x}. Values are never
 * spliced into query text. The value of a {@code lookup} parameter (a paper or concept by any of its names) is the
 * {@link LookupKey} of what was given, which both engines match against the keys stored with every name.
 *
 * @param choices the allowed values, or empty when any value of the type is allowed
 * @param defaultValue the value when none is given, or null when the parameter is required
 */
public record QueryParameter(String name, Type type, List<String> choices, String defaultValue, String description) {

    /** What kind of value a parameter takes. */
    public enum Type {
        STRING, INTEGER, LOOKUP
    }

    public QueryParameter {
        choices = List.copyOf(choices);
    }

    public boolean required() {
        return defaultValue == null;
    }

    /**
     * The typed value of {@code text}: a {@code String} (the lookup key of the text for a lookup parameter), or a
     * {@code Long} for an integer parameter.
     */
    public Object value(String text) {
        if (!choices.isEmpty() && !choices.contains(text)) {
            throw new IllegalArgumentException("parameter " + name + ": '" + text + "' is not one of "
                    + String.join(", ", choices));
        }
        if (type == Type.INTEGER) {
            try {
                long n = Long.parseLong(text.strip());
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter " + name + ": '" + text
                        + "' is not a whole number of 0 or more");
            }
        }
        return type == Type.LOOKUP ? LookupKey.of(text) : text;
    }

    /**
     * How the header and {@code --list} show the type: {@code string}, {@code integer}, {@code lookup} or the
     * choices.
     */
    public String typeLabel() {
        return !choices.isEmpty() ? String.join("|", choices) : type.name().toLowerCase(Locale.ROOT);
    }
}
