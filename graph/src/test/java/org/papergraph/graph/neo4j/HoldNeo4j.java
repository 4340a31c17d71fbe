package org.papergraph.graph.neo4j;

import java.nio.file.Path;

/** A second process for tests: starts Neo4j over the home given, says so, and holds it until its input closes. */
public final class HoldNeo4j {

    private HoldNeo4j() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.create().home(Path.of(args[0])).start()) {
            System.out.println("started " + neo4j.boltUri());
            System.out.flush();
            System.in.read();
        }
    }
}
