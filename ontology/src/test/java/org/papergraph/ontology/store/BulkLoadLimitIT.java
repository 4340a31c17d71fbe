package org.papergraph.ontology.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ontology.Fixtures;

/** TDB2's bulk loader, as the benchmark runs it, loads every quad of a real store into a new database. */
class BulkLoadLimitIT {

    @TempDir
    Path dir;

    @Test
    void loadsEveryQuadOfTheStore() {
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("tdb2"))) {
            store.write(List.of(Fixtures.paperA(), Fixtures.paperB()));
            long quads = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().stream().count());

            BulkLoadLimit.Measure m = BulkLoadLimit.measure(store, dir.resolve("scratch"));

            assertEquals(quads, m.quads());
            assertTrue(m.seconds() > 0);
            DatasetGraph loaded = DatabaseMgr.connectDatasetGraph(dir.resolve("scratch/tdb2").toString());
            assertEquals(quads, (long) Txn.calculateRead(loaded, () -> loaded.stream().count()), "the quads are there");
        }
    }
}
