package org.papergraph.graph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.server.CommunityBootstrapper;

/**
 * A Neo4j server in this process over a home directory that keeps its data between runs, so a new
 * user needs no separate install. Bolt (and, when asked, HTTP with Neo4j Browser) listen on the given
 * host; authentication is off on loopback and required anywhere else.
 *
 * <p>Whoever can connect can do no more than query and load the graph: the system database refuses every change
 * (users, passwords, databases) unless {@link Builder#administration}; {@code LOAD CSV} reads no file and fetches
 * no URL; only the procedures clients need to explore a graph are loaded; and Neo4j's HTTP side answers
 * cross-origin requests only for its own pages.
 *
 * <pre>{@code
 * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.create().home(dir.resolve("neo4j")).boltPort(0).start()) {
 *     Driver driver = GraphDatabase.driver(neo4j.boltUri());
 * }
 * }</pre>
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final String USER_LOGS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Configuration status="ERROR">
              <Appenders>
                <File name="file" fileName="LOGFILE" append="true">
                  <PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/>
                </File>
              </Appenders>
              <Loggers>
                <Root level="INFO"><AppenderRef ref="file"/></Root>
              </Loggers>
            </Configuration>
            """;

    /**
     * The procedures loaded: what Neo4j Browser and the drivers call to show and route to a graph. Everything else
     * (configuration listings, query caches, JMX, transaction listings) is not loaded.
     */
    static final List<String> PROCEDURES = List.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.*", "db.info", "db.ping", "db.awaitIndex", "db.awaitIndexes", "dbms.components",
            "dbms.clientConfig", "dbms.showCurrentUser", "dbms.routing.getRoutingTable",
            "dbms.cluster.routing.getRoutingTable", "tx.getMetaData");
    /** Every IPv4 and IPv6 address: URLs in {@code LOAD CSV} reach no host. */
    static final String EVERY_ADDRESS = "0.0.0.0/0,::/0";
    /** Names the process running a server over a home, so another process that finds it locked can say who has it. */
    static final String OWNER_FILE = "papergraph.pid";

    private final CommunityBootstrapper bootstrapper;
    private final String host;
    private final int boltPort;
    private final int httpPort;

    private final Path owner;

    private EmbeddedNeo4j(CommunityBootstrapper bootstrapper, Path owner, String host, int boltPort, int httpPort) {
        this.bootstrapper = bootstrapper;
        this.owner = owner;
        this.host = host;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The Bolt URI clients use: the advertised host and the Bolt port. */
    public String boltUri() {
        return "bolt://" + host + ":" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    /** The HTTP port, or -1 when HTTP is off. */
    public int httpPort() {
        return httpPort;
    }

    public String browserUrl() {
        return httpPort < 0 ? null : "http://" + host + ":" + httpPort + "/browser/";
    }

    /**
     * Stops the server. While the JVM shuts down (Ctrl-C), Neo4j's own shutdown hook is already stopping it, and
     * stopping it here as well would race that hook, so this leaves it to the hook.
     */
    @Override
    public void close() {
        if (!jvmShuttingDown()) {
            bootstrapper.stop();
        }
        try {
            Files.deleteIfExists(owner);
        } catch (IOException e) {
            // A left-over owner file names a process that no longer runs, and is ignored as such.
        }
    }

    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** {@code host} as it appears in a URL: IPv6 addresses in brackets. */
    public static String urlHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Whether the host is a loopback address (127.0.0.0/8, ::1, localhost), reachable only from this machine. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    /** Settings for an {@link EmbeddedNeo4j}; {@link #start()} starts it. */
    public static final class Builder {
        private Path home;
        private String host = "127.0.0.1";
        private String advertisedHost;
        private int boltPort = 0;
        private int httpPort = -1;
        private String password;
        private boolean administration;
        private final Map<String, String> extra = new HashMap<>();

        /** The directory holding the database, its configuration and its logs. */
        public Builder home(Path home) {
            // Neo4j resolves relative settings against its home: an absolute home keeps them from doubling up.
            this.home = home.toAbsolutePath().normalize();
            return this;
        }

        /** The address to listen on; anything but loopback needs {@link #password}. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * The host name clients are told to connect to (discovery, routing tables, Neo4j Browser); by default
         * the listen host. Needed when listening on a wildcard address such as {@code 0.0.0.0}.
         */
        public Builder advertisedHost(String advertisedHost) {
            this.advertisedHost = advertisedHost;
            return this;
        }

        /** The Bolt port; 0 takes a free one. */
        public Builder boltPort(int port) {
            this.boltPort = port;
            return this;
        }

        /** Serve HTTP and Neo4j Browser on this port; 0 takes a free one; -1 (the default) serves none. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** Turns authentication on, as user {@code neo4j} with this initial password. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Lets clients change users, passwords and databases through the system database; refused by default.
         * Only sensible with a {@link #password}, since Community Edition makes every user an administrator.
         */
        public Builder administration(boolean administration) {
            this.administration = administration;
            return this;
        }

        /** Any other Neo4j setting. */
        public Builder setting(String key, String value) {
            extra.put(key, value);
            return this;
        }

        public EmbeddedNeo4j start() {
            if (home == null) {
                throw new IllegalStateException("home directory not set");
            }
            if (!isLoopback(host) && password == null) {
                throw new IllegalArgumentException("binding Neo4j to " + host + " needs a password");
            }
            int bolt = boltPort == 0 ? freePort(host) : boltPort;
            int http = httpPort == 0 ? freePort(host) : httpPort;
            checkFree(host, bolt, "Bolt");
            if (http > 0) {
                checkFree(host, http, "HTTP");
            }
            try {
                Files.createDirectories(home.resolve("conf"));
                Files.createDirectories(home.resolve("logs"));
                // Neo4j's own log goes to a file: the console belongs to papergraph's progress and summary.
                Path userLogs = home.resolve("conf/user-logs.xml");
                Files.writeString(userLogs, USER_LOGS.replace("LOGFILE",
                        home.resolve("logs/neo4j.log").toAbsolutePath().toString().replace("&", "&amp;")));
                if (password != null) {
                    Files.createDirectories(home.resolve("data/dbms"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create Neo4j home " + home, e);
            }
            Map<String, String> config = new HashMap<>();
            config.put("server.default_listen_address", host);
            String advertised = advertisedHost == null ? host : advertisedHost;
            config.put("server.default_advertised_address", advertised);
            config.put("server.bolt.listen_address", host + ":" + bolt);
            config.put("server.bolt.advertised_address", advertised + ":" + bolt);
            config.put("server.http.enabled", Boolean.toString(http > 0));
            if (http > 0) {
                config.put("server.http.listen_address", host + ":" + http);
                config.put("server.http.advertised_address", advertised + ":" + http);
            }
            config.put("server.https.enabled", "false");
            if (http > 0) {
                // Neo4j Browser is served from this origin; no other page may read Neo4j's answers.
                config.put("dbms.security.http_access_control_allow_origin", "http://" + urlHost(advertised) + ":" + http);
            }
            config.put("dbms.security.allow_csv_import_from_file_urls", "false");
            config.put("server.directories.import", home.resolve("import").toString());
            config.put("internal.dbms.cypher_ip_blocklist", EVERY_ADDRESS);
            config.put("dbms.security.auth_enabled", Boolean.toString(password != null));
            config.put("server.memory.pagecache.size", "256m");
            config.put("dbms.usage_report.enabled", "false");
            config.put("server.directories.logs", home.resolve("logs").toString());
            config.put("db.logs.query.enabled", "OFF");
            config.put("server.logs.user.config", home.resolve("conf/user-logs.xml").toString());
            // Bolt's netty shutdown otherwise idles out a 2 s quiet period and a 10 s wait on every stop;
            // papergraph has closed its driver by then, so nothing is cut short.
            config.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
            config.put("internal.dbms.bolt.netty_server_shutdown_timeout", "1s");
            config.putAll(extra);
            CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
            Path debugLog = home.resolve("logs/debug.log");
            long logged = debugLog.toFile().length();
            int code = bootstrapper.start(home, config);
            if (code != 0) {
                String owner = ownerHint();
                throw new Neo4jStartException("Neo4j did not start over " + home + " (code " + code + ")" + owner
                        + firstError(debugLog, logged) + "; see " + home.resolve("logs"), !owner.isEmpty());
            }
            Path owner = home.resolve(OWNER_FILE);
            try {
                if (password != null) {
                    InitialPassword.set(bootstrapper.getDatabaseManagementService(), password);
                }
                if (!administration) {
                    SystemDatabaseGuard.install(bootstrapper.getDatabaseManagementService());
                }
                ProcedureAllowlist.apply(bootstrapper.getDatabaseManagementService(), PROCEDURES);
                Files.writeString(owner, Long.toString(ProcessHandle.current().pid()));
            } catch (IOException e) {
                bootstrapper.stop();
                throw new UncheckedIOException("cannot write " + owner, e);
            } catch (RuntimeException e) {
                bootstrapper.stop();
                throw e;
            }
            return new EmbeddedNeo4j(bootstrapper, owner, advertised, bolt, http);
        }

        /** Who holds the home, when a live process other than this one wrote its owner file. */
        private String ownerHint() {
            try {
                long pid = Long.parseLong(Files.readString(home.resolve(OWNER_FILE)).trim());
                return ProcessHandle.of(pid).filter(p -> p.pid() != ProcessHandle.current().pid() && p.isAlive())
                        .map(p -> "; process " + pid + p.info().commandLine().map(c -> " (" + abbreviate(c) + ")").orElse("")
                                + " has it open: stop that process first, or connect to its Bolt port")
                        .orElse("");
            } catch (IOException | NumberFormatException e) {
                return "";
            }
        }

        /** The first error Neo4j logged after {@code from} bytes of its debug log, as {@code ": message"}. */
        private static String firstError(Path debugLog, long from) {
            try (java.io.RandomAccessFile log = new java.io.RandomAccessFile(debugLog.toFile(), "r")) {
                log.seek(Math.min(from, log.length()));
                byte[] tail = new byte[(int) Math.min(1 << 20, log.length() - log.getFilePointer())];
                log.readFully(tail);
                return new String(tail, java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(l -> l.contains(" ERROR ")).findFirst()
                        .map(l -> l.substring(l.indexOf(" ERROR ") + 7).strip())
                        .map(l -> ": " + (l.length() <= 300 ? l : l.substring(0, 297) + "..."))
                        .orElse("");
            } catch (IOException e) {
                return "";
            }
        }

        private static String abbreviate(String commandLine) {
            return commandLine.length() <= 120 ? commandLine : commandLine.substring(0, 117) + "...";
        }



        private static int freePort(String host) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("no free port on " + host, e);
            }
        }

        private static void checkFree(String host, int port, String what) {
            try (ServerSocket s = new ServerSocket()) {
                s.setReuseAddress(true);
                s.bind(new InetSocketAddress(host, port));
            } catch (IOException e) {
                throw new IllegalStateException(what + " port " + host + ":" + port + " is already in use; choose another with --"
                        + (what.equals("Bolt") ? "bolt" : "http") + "-port");
            }
        }
    }
}
