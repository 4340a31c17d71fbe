package org.papergraph.queries.catalog;

import java.util.List;
import java.util.Locale;

/**
 * A parameter of a named query, as its header declares it. In SPARQL, parameter {@code x} is the variable
 * {@code ?x}, substituted by its value before the query runs; a parameter named {@code limit} also sets the
 * query's LIMIT, and that of each subquery with one. In Cypher it is the driver parameter {@code $x}. Values are never spliced into query text.
 *
 * @param choices the allowed values, or empty when any value of the type is allowed
 * @param defaultValue the value when none is given, or null when the parameter is required
 */
public record QueryParameter(String name, Type type, List<String> choices, String defaultValue, String description) {

    /** What kind of value a parameter takes. */
    public enum Type {
        STRING, INTEGER
    }

    public QueryParameter {
        choices = List.copyOf(choices);
    }

    public boolean required() {
        return defaultValue == null;
    }

    /** The typed value of {@code text}: a {@code String}, or a {@code Long} for an integer parameter. */
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
        return text;
    }

    /** How the header and {@code --list} show the type: {@code string}, {@code integer} or the choices. */
    public String typeLabel() {
        return !choices.isEmpty() ? String.join("|", choices) : type.name().toLowerCase(Locale.ROOT);
    }
}
