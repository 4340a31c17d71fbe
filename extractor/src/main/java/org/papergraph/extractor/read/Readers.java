package org.papergraph.extractor.read;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The known input formats, in the order detection asks them: binary and markup formats first, then the JSON formats
 * of OpenAlex and Semantic Scholar, which papergraph's own JSON readers would also take, then text.
 */
public final class Readers {

    private static final List<PaperReader> ALL =
            List.of(new PdfReader(), new ArxivAtomReader(), new BibTexReader(), new RisReader(), new OpenAlexReader(),
                    new SemanticScholarReader(), new JsonLinesReader(), new JsonArrayReader(), new TrendingTextReader());

    private Readers() {
    }

    /** The reader whose format is named {@code format}, or an exception listing the known ones. */
    public static PaperReader byFormat(String format) {
        return ALL.stream().filter(r -> r.format().equalsIgnoreCase(format)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + format + "'; known: " + formats()));
    }

    /** The first reader that recognises {@code head}, if any. */
    public static Optional<PaperReader> detect(String head) {
        return ALL.stream().filter(r -> r.detect(head)).findFirst();
    }

    /** Every reader, in the order detection asks them. */
    public static List<PaperReader> all() {
        return ALL;
    }

    /** The format names, comma-separated, in the order detection asks them. */
    public static String formats() {
        return ALL.stream().map(PaperReader::format).collect(Collectors.joining(", "));
    }
}
