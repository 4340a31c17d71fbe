package org.papergraph.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The papers to read, shared by the commands that read them. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files of papers: trending-papers text, JSON Lines (also the arXiv metadata snapshot) "
                    + "or a JSON array; '-' reads standard input. The format is detected from the content.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every input in this format instead of detecting it: trending-text, jsonl or json.")
    String format;

    @Option(names = "--strict", description = "Exit with code 1 if any record could not be read.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for CoreNLP (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();
}
