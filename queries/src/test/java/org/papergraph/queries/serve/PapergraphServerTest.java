package org.papergraph.queries.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.neo4j.EmbeddedNeo4j;

/** What {@link PapergraphServer.Builder#build()} refuses, before anything starts. */
class PapergraphServerTest {

    @TempDir
    Path dir;

    private Path fakeGraph() throws IOException {
        Files.createDirectories(dir.resolve("tdb2"));
        Files.createDirectories(dir.resolve("neo4j"));
        return dir;
    }

    @Test
    void aDirectoryWithoutAGraphSaysToRunBuild() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PapergraphServer.create().data(dir.resolve("nothing")).build());
        assertEquals("no graph in " + dir.resolve("nothing") + ": run 'papergraph build' first", e.getMessage());
    }

    @Test
    void listeningBeyondLoopbackNeedsAPassword() throws IOException {
        Path data = fakeGraph();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PapergraphServer.create().data(data).host("0.0.0.0").build());
        assertTrue(e.getMessage().contains("listening on 0.0.0.0") && e.getMessage().contains("--password"), e.getMessage());
        PapergraphServer.create().data(data).host("0.0.0.0").password("long enough").build();
        PapergraphServer.create().data(data).host("127.0.0.2").build(); // all of 127/8 is loopback
    }

    @Test
    void badSettingsAreRefused() throws IOException {
        Path data = fakeGraph();
        assertThrows(IllegalArgumentException.class, () -> PapergraphServer.create().data(data).password("short").build());
        assertThrows(IllegalArgumentException.class,
                () -> PapergraphServer.create().data(data).queryTimeout(Duration.ZERO).build());
    }

    @Test
    void ipv6HostsAreBracketedInUrls() {
        assertEquals("[::1]", EmbeddedNeo4j.urlHost("::1"));
        assertEquals("127.0.0.1", EmbeddedNeo4j.urlHost("127.0.0.1"));
    }
}
