package org.papergraph.queries.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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
    void corsOriginsAreReadAsBrowsersSendThem() {
        assertEquals("https://notebook.example", SparqlCors.origin("HTTPS://Notebook.Example:443/"));
        assertEquals("http://127.0.0.1:8888", SparqlCors.origin("http://127.0.0.1:8888"));
        assertEquals("http://[::1]:8080", SparqlCors.origin("http://[::1]:8080"));
        assertEquals("*", SparqlCors.origin(" * "));
        for (String notAnOrigin : List.of("notebook.example", "https://notebook.example/lab", "ftp://notebook.example",
                "https://user@notebook.example", "https://notebook.example?x=1", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparqlCors.origin(notAnOrigin));
            assertTrue(e.getMessage().startsWith("'" + notAnOrigin + "' is not a web origin"), e.getMessage());
        }
    }

    @Test
    void withoutAPasswordAnyOriginMayQueryWithOneOnlyThoseListed() throws IOException {
        Path data = fakeGraph();
        assertEquals(Set.of("*"), PapergraphServer.create().data(data).build().corsOrigins());
        assertEquals(Set.of(), PapergraphServer.create().data(data).password("long enough").build().corsOrigins());
        assertEquals(Set.of("https://notebook.example"), PapergraphServer.create().data(data).password("long enough")
                .corsOrigins(List.of("https://notebook.example/")).build().corsOrigins());
        assertEquals(Set.of("http://localhost:8888"),
                PapergraphServer.create().data(data).corsOrigins(List.of("http://localhost:8888")).build().corsOrigins());
    }

    @Test
    void ipv6HostsAreBracketedInUrls() {
        assertEquals("[::1]", EmbeddedNeo4j.urlHost("::1"));
        assertEquals("127.0.0.1", EmbeddedNeo4j.urlHost("127.0.0.1"));
    }
}
