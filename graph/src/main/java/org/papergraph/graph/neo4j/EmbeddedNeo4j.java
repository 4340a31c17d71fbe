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
import java.util.Map;
import org.neo4j.server.CommunityBootstrapper;

/**
 * A Neo4j server in this process over a home directory that keeps its data between runs, so a new
 * user needs no separate install. Bolt (and, when asked, HTTP with Neo4j Browser) listen on the given
 * host; authentication is off on loopback and required anywhere else.
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

    private final CommunityBootstrapper bootstrapper;
    private final String host;
    private final int boltPort;
    private final int httpPort;

    private EmbeddedNeo4j(CommunityBootstrapper bootstrapper, String host, int boltPort, int httpPort) {
        this.bootstrapper = bootstrapper;
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
            int code = bootstrapper.start(home, config);
            if (code != 0) {
                throw new IllegalStateException("Neo4j did not start over " + home + " (code " + code + "); see "
                        + home.resolve("logs"));
            }
            if (password != null) {
                InitialPassword.set(bootstrapper.getDatabaseManagementService(), password);
            }
            return new EmbeddedNeo4j(bootstrapper, advertised, bolt, http);
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
