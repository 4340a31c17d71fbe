package org.papergraph.extractor.read;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The sample inputs under src/test/resources/formats, each written for these tests in its format's real shape. */
final class Samples {

    static final Path DIR = Path.of("src/test/resources/formats");

    private Samples() {
    }

    static String path(String name) {
        return DIR.resolve(name).toString();
    }

    /** The samples read as papergraph reads them: each file's format detected. */
    static CorpusReader.Result read(String... names) {
        return CorpusReader.create().read(Arrays.stream(names).map(Samples::path).toList());
    }

    static List<String> ids(CorpusReader.Result r) {
        return r.papers().stream().map(p -> p.id()).toList();
    }
}
