package org.papergraph.queries.catalog;

import java.util.Locale;

/** The two query languages papergraph answers in: SPARQL over the RDF store, Cypher over Neo4j. */
public enum Engine {
    SPARQL("sparql", ".rq", "#"),
    CYPHER("cypher", ".cypher", "//");

    private final String folder;
    private final String extension;
    private final String comment;

    Engine(String folder, String extension, String comment) {
        this.folder = folder;
        this.extension = extension;
        this.comment = comment;
    }

    /** {@code sparql} or {@code cypher}, as on the command line. */
    public String label() {
        return folder;
    }

    /** The classpath resource holding the named query. */
    String resource(String name) {
        return "/org/papergraph/queries/" + folder + "/" + name + extension;
    }

    /** What starts a line comment. */
    String comment() {
        return comment;
    }

    public static Engine parse(String s) {
        for (Engine e : values()) {
            if (e.folder.equals(s.toLowerCase(Locale.ROOT).strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + s + "': use sparql or cypher");
    }
}
