package org.papergraph.ontology.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.papergraph.ontology.OntologyFiles;

/** Validates graphs against {@code shapes.ttl}, parsed once per JVM. */
public final class ShaclCheck {
    private static final Shapes SHAPES = Shapes.parse(OntologyFiles.shapes().getGraph());

    private ShaclCheck() {
    }

    /** The SHACL report of a graph against papergraph's shapes. */
    public static ValidationReport validate(Graph graph) {
        return ShaclValidator.get().validate(SHAPES, graph);
    }

    /**
     * Throws unless the graph conforms.
     *
     * @param context what was validated, for the message: {@code "write of 3 papers"}
     * @throws ShaclViolationException listing the first violations
     */
    public static void requireValid(Graph graph, String context) {
        ValidationReport report = validate(graph);
        if (!report.conforms()) {
            throw new ShaclViolationException(context, report);
        }
    }
}
