package org.papergraph.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The papers to read, shared by the commands that read them. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = {"Files or folders of papers (a folder: every file under it, hidden ones aside); '-' reads "
                    + "standard input.",
                    "Each file's format is detected from its content: pdf (a paper's PDF: title and abstract from its "
                    + "first pages), arxiv-atom (an arXiv API answer), bibtex, ris (reference-manager exports), "
                    + "openalex (works: JSON Lines, an API page, one work), semantic-scholar (papers: one, an array, "
                    + "JSON Lines, an API page), jsonl (papergraph's fields, or the arXiv metadata snapshot), json (an "
                    + "array of papergraph's fields), trending-text (a trending-papers page copied as text)."})
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every input in this format instead of detecting it: pdf, arxiv-atom, bibtex, ris, "
                    + "openalex, semantic-scholar, jsonl, json or trending-text.")
    String format;

    @Option(names = "--strict", description = "Exit with code 1 if any record could not be read.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for CoreNLP (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();
}
