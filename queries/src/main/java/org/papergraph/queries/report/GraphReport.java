package org.papergraph.queries.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.ontology.store.MentionRecord;
import org.papergraph.ontology.store.PapergraphStore;

/**
 * Writes a built graph as one self-contained HTML page that opens from disk with no network: an interactive graph of
 * papers and concepts, charts, a page per paper with its mentions highlighted, a page per concept listing its
 * papers by role, and a leaderboard page per benchmark that results are reported on. The scripts (Cytoscape.js, Chart.js) come from WebJars on the classpath and are inlined with the
 * page's own; the data goes in as JSON. What the page shows is bounded by {@link Limits}, whatever the store holds,
 * and the page says how much of the store it shows.
 *
 * <pre>{@code
 * GraphReport.Result r = GraphReport.create().data(Path.of("papergraph-data")).write(Path.of("report.html"));
 * }</pre>
 */
public final class GraphReport {

    /**
     * How much the page holds.
     *
     * @param graphConcepts concepts in the graph: those most papers name
     * @param graphPapers   papers in the graph: those naming the most of its concepts
     * @param paperPages    papers with a page (at least the graph's papers)
     * @param conceptPages  concepts with a page, besides those the page refers to elsewhere
     * @param papersPerRole papers a concept's page lists in each role
     * @param leaderboardRows results a benchmark's leaderboard page lists: its best
     */
    public record Limits(int graphConcepts, int graphPapers, int paperPages, int conceptPages, int papersPerRole,
                         int leaderboardRows) {
        public static final Limits DEFAULT = new Limits(150, 150, 1000, 2000, 50, 100);

        public Limits {
            for (int n : new int[] {graphConcepts, graphPapers, paperPages, conceptPages, papersPerRole,
                    leaderboardRows}) {
                if (n < 0) {
                    throw new IllegalArgumentException("a report limit must be 0 or more, not " + n);
                }
            }
        }
    }

    /**
     * How many papers and concepts the store holds, how many of them the graph and the pages show, and how many
     * benchmarks have a leaderboard page (every one some result is on).
     */
    public record Shown(int papers, int concepts, int graphPapers, int graphConcepts, int paperPages,
                        int conceptPages, int leaderboards) {
    }

    /** The page written: where, its size in bytes, what it shows and how long writing it took. */
    public record Result(Path file, long bytes, Shown shown, Duration took) {
    }

    private static final String RESOURCES = "org/papergraph/queries/report/";
    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z.]+)}}");
    private static final Pattern SOURCE_MAP = Pattern.compile("(?m)^//# sourceMappingURL=.*$");

    private Path data;
    private Limits limits = Limits.DEFAULT;

    private GraphReport() {
    }

    public static GraphReport create() {
        return new GraphReport();
    }

    /** The data directory a build wrote; the report reads its RDF store ({@code tdb2/}). */
    public GraphReport data(Path data) {
        this.data = data;
        return this;
    }

    public GraphReport limits(Limits limits) {
        this.limits = limits;
        return this;
    }

    /**
     * Reads the store and writes the page to {@code file}, replacing it only once the page is whole.
     *
     * @throws IllegalStateException    when the data directory holds no graph, or one without papers
     * @throws IllegalArgumentException when the file's directory does not exist
     */
    public Result write(Path file) throws IOException {
        long t0 = System.nanoTime();
        Path absolute = file.toAbsolutePath();
        if (!Files.isDirectory(absolute.getParent())) {
            throw new IllegalArgumentException("cannot write " + file + ": no directory " + absolute.getParent());
        }
        Path tdb2 = data.resolve("tdb2");
        if (!Files.isDirectory(tdb2)) {
            throw new IllegalStateException("no graph in " + data + ": run 'papergraph build' first");
        }
        ReportContent content;
        Map<String, ReportContent.PaperText> texts = new HashMap<>();
        try (PapergraphStore store = PapergraphStore.open(tdb2)) {
            CorpusDigest digest = CorpusDigest.read(store);
            if (digest.papers() == 0) {
                throw new IllegalStateException("the graph in " + data + " has no papers: run 'papergraph build' first");
            }
            content = new ReportContent(digest, limits);
            List<String> ids = Arrays.stream(content.pagePapers).mapToObj(digest.paperIds::get).toList();
            Map<String, List<MentionRecord>> mentions = store.mentions(ids);
            store.forEachPaper(ids, p -> texts.put(p.id(),
                    new ReportContent.PaperText(p.abstractText(), mentions.get(p.id()))));
        }
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
            fill(out, content, texts);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
        return new Result(file, Files.size(absolute), content.shown(), Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Writes the page template with each {@code {{slot}}} filled: the page's style and scripts, the libraries, the data. */
    private static void fill(Writer out, ReportContent content, Map<String, ReportContent.PaperText> texts)
            throws IOException {
        String template = resource("report.html");
        Matcher slot = SLOT.matcher(template);
        int from = 0;
        while (slot.find()) {
            out.write(template, from, slot.start() - from);
            switch (slot.group(1)) {
                case "style" -> out.write(resource("report.css"));
                case "app" -> out.write(inlineScript(resource("report.js")));
                case "cytoscape" -> out.write(inlineScript(new WebJarAsset("cytoscape", "dist/cytoscape.min.js").read()));
                case "chart.js" -> out.write(inlineScript(new WebJarAsset("chart.js", "dist/chart.umd.min.js").read()));
                case "data" -> {
                    JsonGenerator json = ScriptSafeJson.generator(out);
                    content.write(json, texts);
                    json.flush();
                }
                default -> throw new IllegalStateException("report.html has an unknown slot " + slot.group());
            }
            from = slot.end();
        }
        out.write(template, from, template.length() - from);
    }

    /**
     * A script as it can stand inside {@code <script>}: "</" becomes "<\/", the same in any string, regular expression
     * or comment, so nothing in it ends the element early; and the source map reference goes, as the map is not
     * inlined.
     */
    static String inlineScript(String script) {
        return SOURCE_MAP.matcher(script).replaceAll("").replace("</", "<\\/");
    }

    private static String resource(String name) {
        try (InputStream in = GraphReport.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
