package org.papergraph.queries.serve;

import java.net.BindException;
import java.net.InetAddress;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.papergraph.graph.neo4j.EmbeddedNeo4j;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.ontology.vocab.PG;
import org.papergraph.queries.catalog.QueryCatalog;
import org.papergraph.queries.run.SparqlRunner;
import org.papergraph.queries.serve.browser.BrowserExtension;

/**
 * The graph a {@code build} made, served in one process: a SPARQL 1.1 endpoint (embedded Jena Fuseki) with the
 * Fuseki web UI over the RDF store, and the in-process Neo4j with Bolt, Neo4j Browser and its Query API over the
 * property graph.
 *
 * <pre>{@code
 * try (PapergraphServer server = PapergraphServer.create().data(dir).build().start()) {
 *     System.out.println(server.sparqlUrl());   // http://127.0.0.1:3030/papergraph/sparql
 * }
 * }</pre>
 *
 * Both listen on 127.0.0.1 by default. Anywhere else needs a password: then Fuseki asks for HTTP basic auth and
 * Neo4j for its own, user {@value #USER} for both. The endpoint is read-only (SPARQL query and graph store reads),
 * and so is Neo4j's database, unless {@link Builder#allowUpdate}. Every SPARQL query and Neo4j transaction has a
 * time limit and fails when it passes it: Fuseki answers 503, Neo4j a transaction timeout error. Web pages from other
 * origins may query the SPARQL side (CORS): from any origin without a password, from those {@link Builder#corsOrigins}
 * lists with one.
 */
public final class PapergraphServer implements AutoCloseable {

    /** The dataset's name in Fuseki, the first segment of its URLs. */
    public static final String DATASET = "papergraph";
    /** The user for Fuseki and Neo4j when a password is set. */
    public static final String USER = "neo4j";
    /** Where Neo4j's HTTP server mounts papergraph's extension (the Browser's start page, guide and style). */
    static final String EXTENSION_MOUNT = "/papergraph";
    private static final String REALM = "papergraph";

    private final Path data;
    private final String host;
    private final String advertisedHost;
    private final int sparqlPort;
    private final int httpPort;
    private final int boltPort;
    private final boolean allowUpdate;
    private final boolean allowService;
    private final Duration queryTimeout;
    private final String password;
    private final Set<String> corsOrigins;

    private PapergraphStore store;
    private FusekiServer fuseki;
    private EmbeddedNeo4j neo4j;
    private long papers;
    private int sparqlBound;
    private int httpBound;
    private int boltBound;

    private PapergraphServer(Builder b, String advertisedHost) {
        this.data = b.data;
        this.host = b.host;
        this.advertisedHost = advertisedHost;
        this.sparqlPort = b.sparqlPort;
        this.httpPort = b.httpPort;
        this.boltPort = b.boltPort;
        this.allowUpdate = b.allowUpdate;
        this.allowService = b.allowService;
        this.queryTimeout = b.queryTimeout;
        this.password = b.password;
        this.corsOrigins = b.corsOrigins.isEmpty() && b.password == null ? Set.of(SparqlCors.ANY)
                : Set.copyOf(b.corsOrigins);
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Starts Fuseki, then Neo4j. Ports are checked first, so a taken port fails before anything starts.
     *
     * @throws IllegalStateException naming a port in use and its option, an empty graph, or a server that failed
     */
    public synchronized PapergraphServer start() {
        if (store != null) {
            throw new IllegalStateException("already started");
        }
        sparqlBound = Ports.resolve(host, sparqlPort, "SPARQL", "--sparql-port");
        httpBound = Ports.resolve(host, httpPort, "HTTP", "--http-port");
        boltBound = Ports.resolve(host, boltPort, "Bolt", "--bolt-port");
        if (sparqlBound == httpBound || sparqlBound == boltBound || httpBound == boltBound) {
            throw new IllegalArgumentException("--sparql-port, --http-port and --bolt-port must differ (" + sparqlBound
                    + ", " + httpBound + ", " + boltBound + ")");
        }
        store = PapergraphStore.open(data.resolve("tdb2"));
        try {
            papers = store.paperCount();
            if (papers == 0) {
                throw new IllegalStateException("the graph in " + data + " has no papers: run 'papergraph build' first");
            }
            fuseki = startFuseki();
            neo4j = startNeo4j();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private FusekiServer startFuseki() {
        Context limit = new Context();
        limit.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        // SERVICE would make this server fetch any URL a client names, reaching hosts only the server can reach.
        limit.set(ARQ.httpServiceAllowed, allowService);
        DataService.Builder service = DataService.newBuilder(store.dataset().asDatasetGraph());
        // The conventional endpoints of a Fuseki dataset, with the time limit on every query endpoint.
        for (String name : new String[] {"sparql", "query", null}) {
            service.addEndpoint(endpoint(Operation.Query, name, limit));
        }
        service.addEndpoint(endpoint(Operation.GSP_R, "get", null));
        if (allowUpdate) {
            service.addEndpoint(endpoint(Operation.Update, "update", null));
            service.addEndpoint(endpoint(Operation.Update, null, null));
            service.addEndpoint(endpoint(Operation.GSP_RW, "data", null));
            service.addEndpoint(endpoint(Operation.GSP_RW, null, null));
        } else {
            service.addEndpoint(endpoint(Operation.GSP_R, "data", null));
            service.addEndpoint(endpoint(Operation.GSP_R, null, null));
        }
        FusekiQueryPage queryPage = FusekiQueryPage.of(
                FusekiQueryPage.examples(QueryCatalog.standard(), examplePapers()), FusekiQueryPage.prefixes());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(sparqlBound)
                .add(DATASET, service)
                // The web UI: its files, its query page with papergraph's examples, and the server functions it calls
                // (/$/ping, /$/server, /$/stats).
                .staticFileBase(fusekiUiFiles())
                .addServlet(queryPage.path(), queryPage)
                .addServlet("/$/server", new ActionServerStatus())
                .enablePing(true)
                .enableStats(true);
        if (password != null) {
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(REALM,
                            JettySecurityLib.makeUserStore(USER, password), AuthScheme.BASIC))
                    .serverAuthPolicy(Auth.policyAllowSpecific(USER));
        }
        FusekiServer server = builder.build();
        if (!corsOrigins.isEmpty()) {
            SparqlCors cors = new SparqlCors(corsOrigins, allowUpdate);
            cors.setHandler(server.getJettyServer().getHandler());
            server.getJettyServer().setHandler(cors);
        }
        // Fuseki's builder knows "loopback or everywhere"; listen on exactly the host asked for.
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setHost(host);
            }
        }
        try {
            return server.start();
        } catch (FusekiException e) {
            if (causedBy(e, BindException.class)) {
                throw new IllegalStateException("SPARQL port " + host + ":" + sparqlBound
                        + " is already in use; choose another with --sparql-port", e);
            }
            throw new IllegalStateException("Fuseki did not start on " + host + ":" + sparqlBound + ": " + e.getMessage(), e);
        }
    }

    /** The two papers that name the most specific concepts: the examples' papers, each with much to show. */
    private List<String> examplePapers() {
        return SparqlRunner.run(store.dataset(), """
                PREFIX pg: <%s>
                SELECT ?id WHERE { ?p pg:paperId ?id ; pg:relatesTo ?c . ?c pg:specific true }
                GROUP BY ?id ORDER BY DESC(COUNT(?c)) ?id LIMIT 2""".formatted(PG.NS))
                .rows().stream().map(row -> row.get(0)).toList();
    }

    private static Endpoint endpoint(Operation operation, String name, Context context) {
        Endpoint.Builder b = Endpoint.create().operation(operation).context(context);
        if (name != null) {
            b.endpointName(name);
        }
        return b.build();
    }

    private EmbeddedNeo4j startNeo4j() {
        EmbeddedNeo4j.Builder b = EmbeddedNeo4j.create()
                .home(data.resolve("neo4j"))
                .host(host)
                .advertisedHost(advertisedHost)
                .boltPort(boltBound)
                .httpPort(httpBound)
                // Neo4j Browser: papergraph's guide, fetched from this server once the Browser connects.
                .setting("browser.post_connect_cmd", "play " + browserGuideUrl())
                .setting("browser.remote_content_hostname_whitelist", EmbeddedNeo4j.urlHost(advertisedHost))
                .setting("server.unmanaged_extension_classes",
                        BrowserExtension.class.getPackageName() + "=" + EXTENSION_MOUNT)
                .setting("dbms.security.http_auth_allowlist", "/,/browser.*," + EXTENSION_MOUNT + "/.*")
                // No product analytics from the Browser.
                .setting("client.allow_telemetry", "false")
                .setting("server.databases.default_to_read_only", Boolean.toString(!allowUpdate))
                .setting("db.transaction.timeout", queryTimeout.toMillis() + "ms")
                // Users and databases change only where someone both asked for updates and set a password.
                .administration(allowUpdate && password != null);
        if (password != null) {
            b.password(password);
        }
        return b.start();
    }

    /** The files of the Fuseki UI, from the jena-fuseki-ui jar. */
    private static String fusekiUiFiles() {
        URL index = PapergraphServer.class.getResource("/webapp/index.html");
        if (index == null) {
            throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) is not on the classpath");
        }
        String s = index.toString();
        return s.substring(0, s.length() - "/index.html".length());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private String base(int port) {
        return "http://" + EmbeddedNeo4j.urlHost(advertisedHost) + ":" + port;
    }

    /** The SPARQL 1.1 query endpoint (protocol GET and POST). */
    public String sparqlUrl() {
        return base(sparqlBound) + "/" + DATASET + "/sparql";
    }

    /** The SPARQL Update endpoint, answering only with {@link Builder#allowUpdate}. */
    public String updateUrl() {
        return base(sparqlBound) + "/" + DATASET + "/update";
    }

    /** The Fuseki UI's query page for the dataset. */
    public String fusekiUiUrl() {
        return base(sparqlBound) + "/#/dataset/" + DATASET + "/query";
    }

    /**
     * Neo4j Browser, by papergraph's start page, which gives it papergraph's style. Its connect form is filled from
     * Neo4j's discovery answer (the advertised Bolt address); without authentication, the URL also selects "No
     * authentication", so the Browser connects on opening, and plays {@link #browserGuideUrl()}.
     */
    public String browserUrl() {
        return base(httpBound) + EXTENSION_MOUNT + "/" + BrowserExtension.START
                + (password == null ? "?preselectAuthMethod=NO_AUTH" : "");
    }

    /** The style the start page gives Neo4j Browser, for {@code :style <url>}. */
    public String browserStyleUrl() {
        return base(httpBound) + EXTENSION_MOUNT + "/" + BrowserExtension.STYLE;
    }

    /** The guide Neo4j Browser plays when it connects. */
    public String browserGuideUrl() {
        return base(httpBound) + EXTENSION_MOUNT + "/" + BrowserExtension.GUIDE;
    }

    /**
     * Neo4j's Query API for the graph: {@code POST} a JSON body {@code {"statement": ..., "parameters": {...}}} and
     * get the rows as JSON, read-only and with the credentials Bolt asks for, as the discovery document at
     * {@code /} advertises it.
     */
    public String queryApiUrl() {
        return base(httpBound) + "/db/neo4j/query/v2";
    }

    public String boltUri() {
        return "bolt://" + EmbeddedNeo4j.urlHost(advertisedHost) + ":" + boltBound;
    }

    public int sparqlPort() {
        return sparqlBound;
    }

    public int httpPort() {
        return httpBound;
    }

    public int boltPort() {
        return boltBound;
    }

    /** The papers the graph holds. */
    public long paperCount() {
        return papers;
    }

    public boolean allowsUpdate() {
        return allowUpdate;
    }

    public boolean allowsService() {
        return allowService;
    }

    public Duration queryTimeout() {
        return queryTimeout;
    }

    /** The origins whose pages may read the SPARQL side's answers: {@code *} for any, those listed, or none. */
    public Set<String> corsOrigins() {
        return corsOrigins;
    }

    /** Stops both servers and releases the store; safe to call more than once. */
    @Override
    public synchronized void close() {
        List<RuntimeException> failures = new ArrayList<>();
        if (fuseki != null) {
            try {
                fuseki.stop();
            } catch (RuntimeException e) {
                failures.add(e);
            }
            fuseki = null;
        }
        if (neo4j != null) {
            try {
                neo4j.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
            neo4j = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
        if (!failures.isEmpty()) {
            RuntimeException e = failures.get(0);
            failures.subList(1, failures.size()).forEach(e::addSuppressed);
            throw e;
        }
    }

    /** Settings for a {@link PapergraphServer}; {@link #build()} checks them. */
    public static final class Builder {
        private Path data;
        private String host = "127.0.0.1";
        private int sparqlPort = 3030;
        private int httpPort = 7474;
        private int boltPort = 7687;
        private boolean allowUpdate;
        private boolean allowService;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private String password;
        private final Set<String> corsOrigins = new LinkedHashSet<>();

        private Builder() {
        }

        /** The data directory {@code build} wrote: {@code tdb2/} and {@code neo4j/}. */
        public Builder data(Path data) {
            this.data = data;
            return this;
        }

        /** The address both servers listen on; anything but loopback needs {@link #password}. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Fuseki's port (SPARQL endpoint and UI); 0 takes a free one. Default 3030. */
        public Builder sparqlPort(int port) {
            this.sparqlPort = port;
            return this;
        }

        /** Neo4j's HTTP port (Neo4j Browser); 0 takes a free one. Default 7474. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** Neo4j's Bolt port; 0 takes a free one. Default 7687. */
        public Builder boltPort(int port) {
            this.boltPort = port;
            return this;
        }

        /** Lets SPARQL Update and graph store writes change the RDF store, and Cypher write to Neo4j. */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** Lets SPARQL queries use {@code SERVICE}, which makes the server fetch the URLs a query names. */
        public Builder allowService(boolean allowService) {
            this.allowService = allowService;
            return this;
        }

        /** The longest a SPARQL query (or Neo4j transaction) may run. Default 30 s. */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = queryTimeout;
            return this;
        }

        /** Turns authentication on for both servers, user {@value PapergraphServer#USER}; null turns it off. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * The origins (scheme://host[:port], or {@code *} for any) whose web pages may query the SPARQL side from a
         * browser: Fuseki answers their CORS preflights and marks its answers readable to them. None given: any
         * origin without a password, none with one.
         *
         * @throws IllegalArgumentException for something that is not an origin
         */
        public Builder corsOrigins(Collection<String> origins) {
            corsOrigins.clear();
            origins.forEach(o -> corsOrigins.add(SparqlCors.origin(o)));
            return this;
        }

        /**
         * Checks the settings and that the data directory holds a graph.
         *
         * @throws IllegalArgumentException for a bad setting, or a non-loopback host without a password
         * @throws IllegalStateException when the data directory holds no graph
         */
        public PapergraphServer build() {
            if (data == null) {
                throw new IllegalArgumentException("no data directory");
            }
            if (!Files.isDirectory(data.resolve("tdb2")) || !Files.isDirectory(data.resolve("neo4j"))) {
                throw new IllegalStateException("no graph in " + data + ": run 'papergraph build' first");
            }
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("no host to listen on");
            }
            if (!EmbeddedNeo4j.isLoopback(host) && password == null) {
                throw new IllegalArgumentException("listening on " + host + " lets other machines in, so it needs "
                        + "credentials: give a password (--password or PAPERGRAPH_PASSWORD)");
            }
            if (password != null && password.length() < 8) {
                throw new IllegalArgumentException("the password must have at least 8 characters (Neo4j's minimum)");
            }
            if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("the query time limit must be positive");
            }
            return new PapergraphServer(this, advertised(host));
        }

        /** The name clients reach a listen address by: itself, or this machine's name for a wildcard. */
        private static String advertised(String host) {
            try {
                return InetAddress.getByName(host).isAnyLocalAddress() ? InetAddress.getLocalHost().getHostName() : host;
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host " + host, e);
            }
        }
    }
}
