package org.papergraph.queries.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.ontology.vocab.PG;
import org.papergraph.queries.catalog.NamedQuery;
import org.papergraph.queries.catalog.QueryCatalog;
import org.papergraph.queries.catalog.QueryParameter;

/**
 * The Fuseki UI's query page opened on papergraph: its prefix buttons are papergraph's prefixes, its example queries
 * are the named queries, and the editor starts with the first of them. The UI (jena-fuseki-ui 5.5) has no setting
 * for these: they are constants in the page's script, {@code static/Query-HASH.js}, which {@code static/index-HASH.js}
 * loads, which {@code index.html} loads. So this servlet serves that script, at its own path ahead of the UI's other
 * files, with those three constants replaced; a UI whose script no longer has them fails here, not in a browser.
 */
final class FusekiQueryPage extends HttpServlet {

    /** An example query: the button's label and the query it puts in the editor. */
    record Example(String title, String query) {
    }

    /** The page's example and prefix buttons, as its script declares them. */
    private record ExampleButton(String value, String text) {
    }

    private record PrefixButton(String uri, String text) {
    }

    private static final String UI = "/webapp/";
    private static final Pattern INDEX_SCRIPT = Pattern.compile("static/index-[\\w-]+\\.js");
    private static final Pattern QUERY_SCRIPT = Pattern.compile("Query-[\\w-]+\\.js");
    /** The page's examples, its prefix buttons, and YASQE's first query. */
    private static final Pattern EXAMPLES = Pattern.compile("queries:\\[\\{value:SELECT_TRIPLES_QUERY.*?}]");
    private static final Pattern PREFIXES =
            Pattern.compile("prefixes:\\[\\{uri:\"http://www\\.w3\\.org/1999/02/22-rdf-syntax-ns#\".*?}]");
    private static final Pattern FIRST_QUERY = Pattern.compile("mode:\"sparql11\",value:`[^`]*`");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String path;
    private final byte[] script;

    private FusekiQueryPage(String path, byte[] script) {
        this.path = path;
        this.script = script;
    }

    /**
     * The query page's script with these examples (the first also in the editor) and prefixes (in their order).
     *
     * @throws IllegalStateException when the Fuseki UI on the classpath is not laid out as described above
     */
    static FusekiQueryPage of(List<Example> examples, Map<String, String> prefixes) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no example query");
        }
        String index = find(INDEX_SCRIPT, read("index.html"), "index.html");
        String name = find(QUERY_SCRIPT, read(index), index);
        String path = "static/" + name;
        List<ExampleButton> buttons = examples.stream().map(e -> new ExampleButton(e.query(), e.title())).toList();
        List<PrefixButton> prefixButtons = new ArrayList<>();
        prefixes.forEach((prefix, uri) -> prefixButtons.add(new PrefixButton(uri, prefix)));
        String text = read(path);
        text = replaceOnce(text, EXAMPLES, "queries:" + json(buttons), path);
        text = replaceOnce(text, PREFIXES, "prefixes:" + json(prefixButtons), path);
        text = replaceOnce(text, FIRST_QUERY, "mode:\"sparql11\",value:" + json(examples.get(0).query()), path);
        return new FusekiQueryPage("/" + path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The path the script is served at, under the UI's root. */
    String path() {
        return path;
    }

    /** The script, as served. */
    String script() {
        return new String(script, StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/javascript; charset=utf-8");
        // Same name as the UI's own script: a browser that cached that one must not keep using it.
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(script.length);
        response.getOutputStream().write(script);
    }

    /**
     * The named queries as examples: each one's SPARQL form with its parameters' values in place, headed by its title
     * and description. The required parameters (papers, in the standard catalog) take {@code papers} in order; a query
     * that needs more of them than there are is left out.
     */
    static List<Example> examples(QueryCatalog catalog, List<String> papers) {
        List<Example> examples = new ArrayList<>();
        for (NamedQuery q : catalog.queries()) {
            List<QueryParameter> required = q.parameters().stream().filter(QueryParameter::required).toList();
            if (required.size() > papers.size()) {
                continue;
            }
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < required.size(); i++) {
                given.put(required.get(i).name(), papers.get(i));
            }
            StringBuilder text = new StringBuilder("# ").append(q.title()).append('\n');
            q.descriptionLines(100).forEach(line -> text.append("# ").append(line).append('\n'));
            text.append("# The same as: papergraph query --named ").append(q.name());
            given.forEach((k, v) -> text.append(" --param ").append(k).append("='").append(v).append('\''));
            text.append("\n\n").append(q.sparqlQuery(given).serialize());
            examples.add(new Example(q.title(), text.toString()));
        }
        return examples;
    }

    /** The prefixes papergraph writes RDF with ({@link PG#PREFIXES}): pg first, then by name. */
    static Map<String, String> prefixes() {
        Map<String, String> all = new HashMap<>(PG.PREFIXES.getNsPrefixMap());
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("pg", all.remove("pg"));
        all.keySet().stream().sorted().forEach(p -> ordered.put(p, all.get(p)));
        return ordered;
    }

    private static String find(Pattern pattern, String text, String where) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw changed(where, pattern);
        }
        return m.group();
    }

    private static String replaceOnce(String text, Pattern pattern, String replacement, String where) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw changed(where, pattern);
        }
        int start = m.start();
        int end = m.end();
        if (m.find()) {
            throw changed(where, pattern);
        }
        return text.substring(0, start) + replacement + text.substring(end);
    }

    private static IllegalStateException changed(String where, Pattern pattern) {
        return new IllegalStateException("the Fuseki UI (jena-fuseki-ui) has changed: " + UI + where + " does not have "
                + "exactly one " + pattern.pattern() + ", where papergraph puts its example queries and prefixes");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String file) {
        try (InputStream in = FusekiQueryPage.class.getResourceAsStream(UI + file)) {
            if (in == null) {
                throw new IllegalStateException("the Fuseki UI (jena-fuseki-ui) has no " + UI + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + UI + file, e);
        }
    }
}
