package org.papergraph.ontology.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extractor.model.PaperConcepts;
import org.papergraph.ontology.Fixtures;

/** A first load through TDB2's bulk loader against the transactional write, on real TDB2 databases. */
class FirstLoadIT {

    @TempDir
    Path dir;

    @Test
    void holdsExactlyWhatTransactionalWritesHold() {
        List<PaperConcepts> papers = List.of(Fixtures.paperA(), Fixtures.paperB());
        StoreChange loaded;
        try (FirstLoad load = FirstLoad.into(dir.resolve("bulk"))) {
            load.add(List.of(papers.get(0)));
            load.add(List.of(papers.get(1)));
            loaded = load.finish();
        }
        assertEquals(Set.of(Fixtures.PAPER_A, Fixtures.PAPER_B), loaded.papers());
        assertEquals(1, loaded.revision());
        assertFalse(Files.exists(dir.resolve("bulk.loading")));

        try (PapergraphStore bulk = PapergraphStore.open(dir.resolve("bulk"));
             PapergraphStore written = PapergraphStore.open(dir.resolve("written"))) {
            written.write(papers);
            Txn.executeRead(bulk.dataset(), () -> Txn.executeRead(written.dataset(), () -> assertTrue(
                    IsoMatcher.isomorphic(written.dataset().asDatasetGraph(), bulk.dataset().asDatasetGraph()),
                    "same quads, concept descriptions as the last paper naming them gives them")));
            assertEquals(written.revision(), bulk.revision());
            assertEquals(PapergraphStore.StoredCopy.SAME, bulk.storedCopy(Fixtures.paperA().paper()));
            assertTrue(bulk.write(papers).isEmpty(), "a build after the first load finds the papers stored as they are");
        }
    }

    @Test
    void aLoadNotFinishedLeavesNoStoreAndTheNextStartsOver() throws IOException {
        try (FirstLoad load = FirstLoad.into(dir.resolve("tdb2"))) {
            load.add(List.of(Fixtures.paperA()));
        }
        assertFalse(Files.exists(dir.resolve("tdb2")));
        assertFalse(Files.exists(dir.resolve("tdb2.loading")), "what it wrote is removed");

        Files.createDirectories(dir.resolve("tdb2.loading/Data-0001"));
        Files.writeString(dir.resolve("tdb2.loading/Data-0001/stale"), "left by a killed load");
        try (FirstLoad load = FirstLoad.into(dir.resolve("tdb2"))) {
            load.add(List.of(Fixtures.paperB()));
            load.finish();
        }
        try (PapergraphStore store = PapergraphStore.open(dir.resolve("tdb2"))) {
            assertEquals(1, store.paperCount());
        }
        assertThrows(IllegalStateException.class, () -> FirstLoad.into(dir.resolve("tdb2")), "only a new store");
    }
}
