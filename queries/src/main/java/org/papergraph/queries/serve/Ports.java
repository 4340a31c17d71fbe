package org.papergraph.queries.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Choosing and checking the ports a server listens on, before anything starts. */
final class Ports {

    private Ports() {
    }

    /**
     * The port to use: a free one for 0, else {@code port} once it is known to be free.
     *
     * @param what what listens there, for the message ("SPARQL", "HTTP", "Bolt")
     * @param option the command-line option that changes the port, for the message
     * @throws IllegalStateException naming the port and the option when it is taken
     */
    static int resolve(String host, int port, String what, String option) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(what + " port " + port + " is not a port number (0-65535); see " + option);
        }
        if (port == 0) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(host))) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("no free port on " + host, e);
            }
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new IllegalStateException(what + " port " + host + ":" + port + " is already in use; choose another with "
                    + option);
        }
        return port;
    }
}
