package org.papergraph.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Reads the Turtle files shipped in this module's {@code org/papergraph/ontology/} classpath folder. */
public final class OntologyFiles {
    /** The OWL ontology. */
    public static final String ONTOLOGY = "papergraph.ttl";
    /** The SHACL shapes every built graph passes. */
    public static final String SHAPES = "shapes.ttl";

    private OntologyFiles() {
    }

    /** A fresh model of the ontology. */
    public static Model ontology() {
        return read(ONTOLOGY);
    }

    /** A fresh model of the shapes. */
    public static Model shapes() {
        return read(SHAPES);
    }

    /** A fresh model of a Turtle file in this folder, by file name. */
    private static Model read(String name) {
        String path = "org/papergraph/ontology/" + name;
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + path);
            }
            return RDFParser.source(in).lang(Lang.TURTLE).base("classpath:/" + path).toModel();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath " + path, e);
        }
    }
}
