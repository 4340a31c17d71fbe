package org.papergraph.extractor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The first papers of the example corpus as an input file of their own: CoreNLP over all 119 takes too long. */
public final class ExamplePapers {

    private ExamplePapers() {
    }

    /** Writes the example's two header lines and its first {@code n} papers (two lines each) to {@code file}. */
    public static Path first(int n, Path file) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../examples/trending-papers.txt"));
        return Files.write(file, lines.subList(0, 2 + 2 * n));
    }
}
