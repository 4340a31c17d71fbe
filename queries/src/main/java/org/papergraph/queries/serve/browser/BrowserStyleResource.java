package org.papergraph.queries.serve.browser;

import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * Serves papergraph's Neo4j Browser style (a colour per concept type, papers captioned by title) from Neo4j's
 * own HTTP server, as an unmanaged extension, so the Browser fetches it from its own origin with
 * {@code :style <url>} right after it connects. Neo4j's Jersey finds this class by scanning this package.
 */
@Path("/")
public final class BrowserStyleResource {

    /** The path under the extension's mount point. */
    public static final String FILE = "papergraph.grass";

    @GET
    @Path(FILE)
    @Produces("text/plain; charset=utf-8")
    public Response grass() throws IOException {
        try (InputStream in = BrowserStyleResource.class.getResourceAsStream(FILE)) {
            if (in == null) {
                return Response.status(Response.Status.NOT_FOUND).build();
            }
            return Response.ok(in.readAllBytes()).build();
        }
    }
}
