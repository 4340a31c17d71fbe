package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.papergraph.extractor.Extraction;
import org.papergraph.extractor.ExtractionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Extract concepts from papers into a JSON Lines file.",
        description = "Writes one JSON object per paper: its id and title, and its concepts with type, aliases, "
                + "role, confidence and mentions (field and character offsets). See the README for the schema.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", required = true,
            description = "Where to write the concepts; '-' writes to standard output.")
    String output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Extraction.Result r = Runs.extract(input, err);
        if (r.read().papers().isEmpty()) {
            err.println("papergraph: no paper could be read");
            return 1;
        }
        try (OutputStream out = "-".equals(output) ? new NonClosingStdout() : new BufferedOutputStream(
                Files.newOutputStream(Path.of(output)));
             ExtractionWriter w = new ExtractionWriter(out)) {
            r.papers().forEach(w::write);
        }
        Runs.printExtractionSummary(err, r);
        return input.strict && r.read().skipped() > 0 ? 1 : 0;
    }

    /** Standard output, flushed but left open. */
    private static final class NonClosingStdout extends java.io.FilterOutputStream {
        NonClosingStdout() {
            super(System.out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
