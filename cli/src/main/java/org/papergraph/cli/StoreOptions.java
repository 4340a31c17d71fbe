package org.papergraph.cli;

import java.nio.file.Path;
import org.papergraph.graph.neo4j.Neo4jConnection;
import picocli.CommandLine.Option;

/** Where the graph lives: the data directory, and the Neo4j to use (in-process by default). */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "papergraph-data",
            description = "Data directory: RDF store (tdb2/), in-process Neo4j (neo4j/) and exports (export/). "
                    + "Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--neo4j-uri", paramLabel = "URI",
            description = "Load into / query this Neo4j (e.g. bolt://localhost:7687) instead of the in-process one.")
    String neo4jUri;

    @Option(names = "--neo4j-user", paramLabel = "USER", defaultValue = "neo4j",
            description = "User for --neo4j-uri (default: ${DEFAULT-VALUE}).")
    String neo4jUser;

    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "Password for --neo4j-uri (default: the NEO4J_PASSWORD environment variable).")
    String neo4jPassword;

    Path tdb2() {
        return data.resolve("tdb2");
    }

    /** The in-process Neo4j's home. */
    Path neo4jHome() {
        return data.resolve("neo4j");
    }

    Neo4jConnection neo4j() {
        return neo4jUri == null ? Neo4jConnection.embedded(neo4jHome())
                : Neo4jConnection.remote(neo4jUri, neo4jUser, neo4jPassword);
    }

    String neo4jName() {
        return neo4jUri == null ? "in-process Neo4j over " + neo4jHome() : neo4jUri;
    }
}
