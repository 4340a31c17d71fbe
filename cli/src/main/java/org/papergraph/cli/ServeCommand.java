package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.papergraph.queries.run.ResultTable;
import org.papergraph.queries.serve.PapergraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the graph: a SPARQL endpoint with the Fuseki UI, and Neo4j Browser, until Ctrl-C.",
        description = {"Serves the graph 'build' made, in one process: a SPARQL 1.1 endpoint (Jena Fuseki) with its "
                + "web UI (papergraph's prefixes and named queries as examples) over the RDF store, and Neo4j with Bolt, "
                + "Neo4j Browser (papergraph's style and guide) and Neo4j's Query API over the property graph. Both are "
                + "read-only unless --allow-update, and every query has a time limit.",
                "Both listen on 127.0.0.1; with --host anywhere else, a password is required and both servers ask "
                        + "for user neo4j and that password. Pages from other origins may query the SPARQL endpoint: "
                        + "any without a password, those --cors-origin lists with one."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "papergraph-data",
            description = "The data directory 'build' wrote. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); any other than loopback needs --password.")
    String host;

    @Option(names = "--sparql-port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port of the SPARQL endpoint and the Fuseki UI (default: ${DEFAULT-VALUE}).")
    int sparqlPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "Port of Neo4j Browser (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687",
            description = "Port of Neo4j's Bolt protocol (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--allow-update",
            description = "Accept SPARQL Update and graph store writes, and Cypher writes (default: read-only); "
                    + "with --password also user and password changes in Neo4j.")
    boolean allowUpdate;

    @Option(names = "--allow-service",
            description = "Let SPARQL queries use SERVICE, which makes the server fetch the URLs a query names "
                    + "(default: refused).")
    boolean allowService;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a SPARQL query or Cypher transaction may run (default: ${DEFAULT-VALUE}).")
    double queryTimeout;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:PAPERGRAPH_PASSWORD}",
            description = "Require user neo4j with this password (8 characters or more) on both servers "
                    + "(default: the PAPERGRAPH_PASSWORD environment variable; none on loopback).")
    String password;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let web pages from this origin (scheme://host[:port], or * for any; repeatable) query the "
                    + "SPARQL endpoint from a browser (CORS). Default: any origin without a password, none with one.")
    List<String> corsOrigins = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PapergraphServer server = PapergraphServer.create()
                .data(data)
                .host(host)
                .sparqlPort(sparqlPort)
                .httpPort(httpPort)
                .boltPort(boltPort)
                .allowUpdate(allowUpdate)
                .allowService(allowService)
                .queryTimeout(Duration.ofMillis(Math.round(queryTimeout * 1000)))
                .password(password == null || password.isEmpty() ? null : password)
                .corsOrigins(corsOrigins)
                .build();
        out.printf("papergraph: starting on %s (%s) ...%n", host, data);
        out.flush();
        server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            out.println("papergraph: stopping ...");
            out.flush();
            server.close();
            stopped.countDown();
        }, "papergraph-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf("papergraph: serving %d papers%n", server.paperCount());
        out.printf("  SPARQL endpoint  %s%n", server.sparqlUrl());
        out.printf("  Fuseki UI        %s%n", server.fusekiUiUrl());
        out.printf("  Neo4j Browser    %s%n", server.browserUrl());
        out.printf("  Query API        %s%n", server.queryApiUrl());
        out.printf("  Bolt             %s%n", server.boltUri());
        out.printf("%s; queries time out after %s s%s. Press Ctrl-C to stop.%n",
                allowUpdate ? "Updates allowed" : "Read-only", ResultTable.number(queryTimeout),
                password == null || password.isEmpty() ? "" : "; log in as " + PapergraphServer.USER);
        out.flush();
        stopped.await();
        return 0;
    }

}
