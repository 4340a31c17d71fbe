package org.papergraph.queries.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** The HTTP requests the server tests send, with java.net.http. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;

    Http() {
        this(null, null);
    }

    /** Sends HTTP basic credentials with every request when user is not null. */
    Http(String user, String password) {
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response header's first value, or "" when there is none. */
    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String url, String accept) {
        return send(request(url).header("Accept", accept).GET());
    }

    /** SPARQL protocol: query via GET. */
    HttpResponse<String> query(String endpoint, String query, String accept) {
        return get(endpoint + "?query=" + encode(query), accept);
    }

    /** SPARQL protocol: query via URL-encoded POST. */
    HttpResponse<String> queryForm(String endpoint, String query, String accept) {
        return send(request(endpoint).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query))));
    }

    /** SPARQL protocol: query via POST directly. */
    HttpResponse<String> queryPost(String endpoint, String query, String accept) {
        return send(request(endpoint).header("Accept", accept).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    HttpResponse<String> postForm(String url, String form) {
        return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> put(String url, String contentType, String body) {
        return send(request(url).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postJson(String url, String json) {
        return send(request(url).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method with any headers; a null body sends none. */
    HttpResponse<String> send(String method, String url, Map<String, String> headers, String body) {
        HttpRequest.Builder b = request(url).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b);
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        HttpRequest request = b.build();
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException closed) {
                // A server may close a kept-alive connection after refusing a request whose body it did not read, and
                // the next request sent on it gets no byte back; on a new connection it gets its answer.
                return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                        .send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
