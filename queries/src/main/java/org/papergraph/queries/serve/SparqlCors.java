package org.papergraph.queries.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Cross-origin access to the SPARQL side, so that a page from another origin (a notebook, a YASGUI elsewhere) can
 * query the endpoint: it answers CORS preflights and marks answers to the allowed origins readable. It wraps
 * Fuseki's whole handler, ahead of its authentication, because browsers send preflights without credentials.
 *
 * <p>Any origin gets {@code Access-Control-Allow-Origin: *}, which browsers never combine with credentials; a
 * listed origin gets itself back. Credentials are not allowed ({@code Access-Control-Allow-Credentials} is never
 * sent): a page that has the password sends its own {@code Authorization} header. Jetty's and Fuseki's
 * cross-origin filters echo any origin back and allow credentials, hence this one.
 */
final class SparqlCors extends Handler.Wrapper {

    /** Every origin. */
    static final String ANY = "*";
    private static final String ALLOWED_HEADERS = "Accept, Authorization, Content-Type, X-Requested-With";
    private static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;
    private final String methods;

    /**
     * @param origins {@link #ANY} alone, or the origins allowed, as {@link #origin} gives them
     * @param writes whether writing methods (PUT, DELETE) are announced, for a server that accepts writes
     */
    SparqlCors(Set<String> origins, boolean writes) {
        this.origins = Set.copyOf(origins);
        this.methods = writes ? "GET, POST, HEAD, PUT, DELETE" : "GET, POST, HEAD";
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        boolean allowed = origin != null && (origins.contains(ANY) || origins.contains(origin));
        HttpFields.Mutable headers = response.getHeaders();
        if (!origins.contains(ANY)) {
            headers.ensureField(new HttpField(HttpHeader.VARY, "Origin"));
        }
        if (!allowed) {
            return super.handle(request, response, callback);
        }
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origins.contains(ANY) ? ANY : origin);
        if (HttpMethod.OPTIONS.is(request.getMethod())
                && request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD)) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, methods);
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS);
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
            return true;
        }
        return super.handle(request, response, callback);
    }

    /**
     * An origin as browsers send it in {@code Origin}: scheme, host and a port other than the scheme's default,
     * lower case; or {@link #ANY}.
     *
     * @throws IllegalArgumentException for anything else, such as a URL with a path
     */
    static String origin(String text) {
        String s = text.strip();
        if (s.equals(ANY)) {
            return ANY;
        }
        try {
            URI u = new URI(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!List.of("http", "https").contains(scheme) || u.getHost() == null || u.getRawUserInfo() != null
                    || !u.getRawPath().isEmpty() || u.getRawQuery() != null || u.getRawFragment() != null) {
                throw new URISyntaxException(s, "not an origin");
            }
            int defaultPort = scheme.equals("http") ? 80 : 443;
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT)
                    + (u.getPort() == -1 || u.getPort() == defaultPort ? "" : ":" + u.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a web origin: write scheme://host[:port], as "
                    + "browsers send it (e.g. https://example.org), or * for any", e);
        }
    }
}
