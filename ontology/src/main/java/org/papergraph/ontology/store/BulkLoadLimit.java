package org.papergraph.ontology.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The speed writing the RDF store cannot beat: TDB2's own parallel bulk loader putting the same quads into an empty
 * database. Benchmarks report the store's write time as a ratio of it, measured in the same run.
 */
public final class BulkLoadLimit {

    private BulkLoadLimit() {
    }

    /**
     * Seconds TDB2's parallel loader takes to load every quad of the store into a new database under {@code scratch};
     * writing the quads out as N-Quads first is not counted.
     *
     * @return the seconds, and how many quads were loaded
     */
    public static Measure measure(PapergraphStore store, Path scratch) {
        try {
            Files.createDirectories(scratch);
            Path quads = scratch.resolve("store.nq");
            try (OutputStream out = Files.newOutputStream(quads)) {
                Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out, store.dataset().asDatasetGraph(),
                        RDFFormat.NQUADS));
            }
            DatasetGraph empty = DatabaseMgr.connectDatasetGraph(scratch.resolve("tdb2").toString());
            try {
                // The loader's own progress lines would go to the benchmark's output.
                DataLoader loader = LoaderFactory.parallelLoader(empty, (format, args) -> { });
                long t0 = System.nanoTime();
                loader.startBulk();
                loader.load(List.of(quads.toString()));
                loader.finishBulk();
                return new Measure((System.nanoTime() - t0) / 1e9, loader.countQuads());
            } finally {
                TDBInternal.expel(empty);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure TDB2's bulk loader in " + scratch, e);
        }
    }

    /** What the bulk loader took. */
    public record Measure(double seconds, long quads) {
    }
}
