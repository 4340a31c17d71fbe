package org.papergraph.queries.serve.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

/**
 * papergraph's part of Neo4j Browser, served from Neo4j's own HTTP server as an unmanaged extension (Neo4j's Jersey
 * finds this class by scanning this package), so that the Browser reads it from its own origin:
 * <ul>
 * <li>{@value #START}: the page to open the Browser with. It stores papergraph's style (a colour per concept type,
 *     captions whole) where the Browser keeps its style, then opens the Browser: the style applies without a
 *     {@code :style} frame, which would print the whole stylesheet.</li>
 * <li>{@value #GUIDE}: the guide the Browser plays when it connects ({@code browser.post_connect_cmd}), with
 *     queries to click.</li>
 * <li>{@value #STYLE}: the style itself, for {@code :style <url>}.</li>
 * </ul>
 */
@Path("/")
public final class BrowserExtension {

    public static final String START = "browser";
    public static final String GUIDE = "guide.html";
    public static final String STYLE = "papergraph.grass";
    /** Where Neo4j Browser keeps its style in the browser's local storage, as JSON (neo4j-browser 5). */
    static final String STORED_STYLE = "neo4j.grass";
    /** A rule of a grass file: selector, then its declarations, in which quoted values may hold braces. */
    private static final Pattern RULE = Pattern.compile("([\\w.:-]+)\\s*\\{((?:\"[^\"]*\"|[^\"}])*)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Context
    UriInfo uri;

    @GET
    @Path(STYLE)
    @Produces("text/plain; charset=utf-8")
    public String style() {
        return read(STYLE);
    }

    @GET
    @Path(GUIDE)
    @Produces("text/html; charset=utf-8")
    public String guide() {
        return read(GUIDE).replace("{{style}}", uri.getBaseUri().resolve(STYLE).toString());
    }

    /** Stores the style, then opens the Browser with this page's query (such as {@code ?preselectAuthMethod=...}). */
    @GET
    @Path(START)
    @Produces("text/html; charset=utf-8")
    public String start() {
        String style = json(rules(read(STYLE))).replace("</", "<\\/");
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Neo4j Browser: papergraph</title></head>
                <body>
                <p>Opening <a href="/browser/">Neo4j Browser</a> with papergraph's style...</p>
                <script>
                localStorage.setItem(%s, JSON.stringify(%s));
                location.replace("/browser/" + location.search);
                </script>
                </body>
                </html>
                """.formatted(json(STORED_STYLE), style);
    }

    /**
     * A grass file's rules as Neo4j Browser stores them: selector, then property to value, quotes dropped (as the
     * Browser's own grass parser does).
     */
    static Map<String, Map<String, String>> rules(String grass) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Matcher rule = RULE.matcher(grass);
        while (rule.find()) {
            Map<String, String> properties = new LinkedHashMap<>();
            for (String declaration : rule.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    properties.put(declaration.substring(0, colon).strip(),
                            declaration.substring(colon + 1).strip().replace("\"", ""));
                }
            }
            rules.put(rule.group(1), properties);
        }
        return rules;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(String file) {
        try (InputStream in = BrowserExtension.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
