package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} says when it cannot start; nothing here gets as far as starting a server. */
class ServeCommandTest {

    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** A data directory that looks built, so serve gets as far as its ports. */
    private Path builtLooking() throws IOException {
        Files.createDirectories(dir.resolve("data/tdb2"));
        Files.createDirectories(dir.resolve("data/neo4j"));
        return dir.resolve("data");
    }

    @Test
    void noGraphSaysToRunBuildFirst() {
        CliRun r = run("serve", "--data", dir.resolve("empty").toString());
        assertEquals(1, r.code());
        assertEquals("papergraph: no graph in " + dir.resolve("empty") + ": run 'papergraph build' first", r.err().strip());
    }

    @Test
    void aPortInUseIsNamedWithItsOption() throws IOException {
        Path data = builtLooking();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            CliRun r = run("serve", "--data", data.toString(), "--sparql-port", "0", "--http-port", Integer.toString(port),
                    "--bolt-port", "0");
            assertEquals(1, r.code());
            assertEquals("papergraph: HTTP port 127.0.0.1:" + port + " is already in use; choose another with --http-port",
                    r.err().strip());
        }
    }

    @Test
    void anotherHostNeedsAPassword() throws IOException {
        Path data = builtLooking();
        CliRun r = run("serve", "--data", data.toString(), "--host", "0.0.0.0", "--password", "");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("listening on 0.0.0.0 lets other machines in, so it needs credentials"), r.err());
    }

    @Test
    void aCorsOriginThatIsNoOriginIsRefusedBeforeAnythingStarts() throws IOException {
        Path data = builtLooking();
        CliRun r = run("serve", "--data", data.toString(), "--cors-origin", "https://notebook.example/lab");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'https://notebook.example/lab' is not a web origin: write scheme://host[:port]"),
                r.err());
    }

    @Test
    void helpListsTheOptions() {
        CliRun r = run("help", "serve");
        assertEquals(0, r.code());
        for (String option : new String[] {"--data", "--host", "--sparql-port", "--http-port", "--bolt-port",
                "--allow-update", "--query-timeout", "--password", "--cors-origin"}) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
