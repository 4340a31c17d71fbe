package org.papergraph.ontology.validate;

import java.util.stream.Collectors;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** A graph failed papergraph's SHACL shapes; the message lists the first violations, the report has them all. */
public class ShaclViolationException extends RuntimeException {
    /** How many violations the message lists. */
    static final int LISTED = 10;

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    ShaclViolationException(String context, ValidationReport report) {
        super(message(context, report));
        this.report = report;
    }

    /** The full SHACL validation report. */
    public ValidationReport report() {
        return report;
    }

    private static String message(String context, ValidationReport report) {
        int total = report.getEntries().size();
        String first = report.getEntries().stream()
                .limit(LISTED)
                .map(ShaclViolationException::line)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        return context + ": " + total + " SHACL violation" + (total == 1 ? "" : "s")
                + (total > LISTED ? ", first " + LISTED : "") + ":" + first;
    }

    private static String line(ReportEntry e) {
        StringBuilder sb = new StringBuilder().append(e.focusNode());
        if (e.resultPath() != null) {
            sb.append(' ').append(e.resultPath());
        }
        if (e.value() != null) {
            sb.append(" = ").append(e.value());
        }
        return sb.append(": ").append(e.message()).toString();
    }
}
