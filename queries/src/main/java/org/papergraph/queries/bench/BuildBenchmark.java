package org.papergraph.queries.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.ARQ;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.query.QueryCancelledException;
import org.papergraph.extractor.bench.SyntheticCorpus;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.nlp.PosOnlyLimit;
import org.papergraph.graph.load.ImportCsvExporter;
import org.papergraph.graph.load.ImportLimit;
import org.papergraph.graph.neo4j.Neo4jConnection;
import org.papergraph.ontology.store.BulkLoadLimit;
import org.papergraph.ontology.store.PapergraphStore;
import org.papergraph.queries.build.BuildListener;
import org.papergraph.queries.build.GraphBuild;
import org.papergraph.queries.catalog.Engine;
import org.papergraph.queries.catalog.NamedQuery;
import org.papergraph.queries.catalog.QueryCatalog;
import org.papergraph.queries.catalog.QueryParameter;
import org.papergraph.queries.run.CypherRunner;
import org.papergraph.queries.run.ResultTable;

/**
 * A fresh build of a synthetic corpus of N papers, measured step by step, beside the limits measured in the same run
 * (CoreNLP's POS tagging alone on the same texts, TDB2's bulk loader on the same quads, neo4j-admin import of the same
 * nodes and relationships), then every named query timed in both engines on the built graph.
 *
 * <pre>{@code
 * BuildBenchmark.Report r = BuildBenchmark.create().source(realPapers).papers(10_000).work(dir).run();
 * }</pre>
 */
public final class BuildBenchmark {

    /**
     * A named query's latency over {@code runs} warm runs with the same parameters, and the rows it answered; infinite
     * with no run when its first run passed the time limit (30 s, SPARQL).
     */
    public record QueryLatency(String query, Engine engine, double p50Millis, double p95Millis, int rows, int runs) {
    }

    /**
     * @param papers                 the papers the build read
     * @param posOnlyPapersPerSecond CoreNLP tokenize+ssplit+pos alone on the same papers and threads
     * @param rdfBulkSeconds         TDB2's bulk loader on the built store's quads
     * @param neo4jImportSeconds     neo4j-admin database import full on the built graph's nodes and relationships
     * @param peakRssMb              this process's peak resident memory so far (VmHWM), or -1 where unknown
     * @param peakAnonMb             the peak of its anonymous resident memory during the run ({@link AnonMemoryPeak}),
     *                               or -1 where unknown
     */
    public record Report(int papers, long concepts, GraphBuild.Result build, double posOnlyPapersPerSecond,
                         double rdfBulkSeconds, double neo4jImportSeconds, long peakRssMb, long peakAnonMb,
                         List<QueryLatency> queries,
                         Change change) {

        /** The store's write speed as a share of TDB2's bulk loader on the same quads. */
        public double rdfRatio() {
            return rdfBulkSeconds / build.seconds().rdf();
        }

        /** The Neo4j load's speed as a share of neo4j-admin import on the same nodes and relationships. */
        public double neo4jRatio() {
            return neo4jImportSeconds / build.seconds().neo4j();
        }

        public double extractionPapersPerSecond() {
            return papers / build.seconds().extract();
        }

        /** Extraction speed as a share of the POS-only limit. */
        public double extractionRatio() {
            return extractionPapersPerSecond() / posOnlyPapersPerSecond;
        }
    }

    /** Builds after the first: papers added to the graph (those extracted) and removed, and the seconds each took. */
    public record Change(int added, double addSeconds, int removed, double removeSeconds) {
    }

    private static final int POS_SAMPLE = 10_000;
    private static final long QUERY_BUDGET_NANOS = 5_000_000_000L;
    private static final long QUERY_TIMEOUT_MILLIS = 30_000;

    private List<Paper> source = List.of();
    private int papers = 1000;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int rounds = 20;
    private Path work;
    private BuildListener listener = new BuildListener() { };

    private BuildBenchmark() {
    }

    public static BuildBenchmark create() {
        return new BuildBenchmark();
    }

    /** Real papers whose titles and sentences the synthetic corpus recombines. */
    public BuildBenchmark source(List<Paper> source) {
        this.source = List.copyOf(source);
        return this;
    }

    public BuildBenchmark papers(int papers) {
        this.papers = papers;
        return this;
    }

    public BuildBenchmark seed(long seed) {
        this.seed = seed;
        return this;
    }

    public BuildBenchmark threads(int threads) {
        this.threads = threads;
        return this;
    }

    /** Warm runs of each named query in each engine (fewer for a query whose runs pass 5 s in all). */
    public BuildBenchmark rounds(int rounds) {
        this.rounds = rounds;
        return this;
    }

    /** An empty directory for the corpus file and the data directory. */
    public BuildBenchmark work(Path work) {
        this.work = work;
        return this;
    }

    public BuildBenchmark listener(BuildListener listener) {
        this.listener = listener;
        return this;
    }

    public Report run() throws IOException, InterruptedException {
        try (AnonMemoryPeak anon = AnonMemoryPeak.start()) {
            return run(anon);
        }
    }

    private Report run(AnonMemoryPeak anon) throws IOException, InterruptedException {
        int added = Math.min(1000, Math.max(1, papers / 10));
        List<Paper> grown = SyntheticCorpus.from(source).seed(seed).papers(papers + added);
        List<Paper> corpus = grown.subList(0, papers);
        Path file = work.resolve("corpus.jsonl");
        write(corpus, file);
        Path data = work.resolve("data");
        GraphBuild.Result build = GraphBuild.create().inputs(List.of(file.toString())).data(data).threads(threads)
                .listener(listener).run();
        // The limit is a speed: a sample of the same papers measures it as well as all of them, in less time.
        double posOnly = PosOnlyLimit.load().papersPerSecond(corpus.subList(0, Math.min(corpus.size(), POS_SAMPLE)), threads);
        double rdfBulkSeconds;
        try (PapergraphStore store = PapergraphStore.open(data.resolve("tdb2"))) {
            rdfBulkSeconds = BulkLoadLimit.measure(store, work.resolve("bulk-limit")).seconds();
        }
        PathUtils.deleteDirectory(work.resolve("bulk-limit"));
        double neo4jImportSeconds = importLimit(data.resolve("neo4j"), work.resolve("import-limit")).seconds();
        PathUtils.deleteDirectory(work.resolve("import-limit"));
        List<QueryLatency> latencies = queryLatencies(data);

        // The corpus grows as a file of papers does: new records after the old ones, then a few papers leave.
        write(grown, file);
        long a0 = System.nanoTime();
        GraphBuild.Result add = GraphBuild.create().inputs(List.of(file.toString())).data(data).threads(threads)
                .listener(listener).run();
        long a1 = System.nanoTime();
        int removed = Math.min(100, Math.max(1, papers / 10));
        GraphBuild.create().data(data).listener(listener)
                .remove(corpus.subList(0, removed).stream().map(Paper::id).toList());
        long a2 = System.nanoTime();
        long anonPeak = anon.peakMb(); // before VmHWM, which can only have grown since
        return new Report(build.extraction().read(), build.rdfConcepts(), build, posOnly, rdfBulkSeconds,
                neo4jImportSeconds, peakRssMb(), anonPeak, latencies,
                new Change(add.extraction().extracted(), (a1 - a0) / 1e9, removed, (a2 - a1) / 1e9));
    }

    /**
     * neo4j-admin import of the built graph's nodes and relationships into a new database under {@code scratch}; the
     * built Neo4j is stopped before the import starts, so that the two do not share the machine.
     */
    private static ImportLimit.Measure importLimit(Path neo4jHome, Path scratch) throws IOException {
        ImportCsvExporter.Csv csv;
        try (Neo4jConnection neo4j = Neo4jConnection.embedded(neo4jHome)) {
            csv = new ImportCsvExporter(neo4j.driver()).export(scratch.resolve("csv"));
        }
        return ImportLimit.measure(csv, scratch.resolve("neo4j"));
    }

    private List<QueryLatency> queryLatencies(Path data) {
        List<QueryLatency> latencies = new ArrayList<>();
        try (PapergraphStore store = PapergraphStore.open(data.resolve("tdb2"));
             Neo4jConnection neo4j = Neo4jConnection.embedded(data.resolve("neo4j"))) {
            // A query that runs past the limit is reported as such rather than holding the benchmark for hours.
            store.dataset().getContext().set(ARQ.queryTimeout, Long.toString(QUERY_TIMEOUT_MILLIS));
            Map<String, String> values = parameterValues(neo4j);
            for (NamedQuery q : QueryCatalog.standard().queries()) {
                Map<String, String> given = new HashMap<>();
                for (QueryParameter p : q.parameters()) {
                    if (values.containsKey(p.name())) {
                        given.put(p.name(), values.get(p.name()));
                    }
                }
                // What papers evaluate on is a benchmark: a method would time a query that finds nothing.
                if (q.name().equals("papers-evaluating-on") && values.containsKey("benchmark")) {
                    given.put("concept", values.get("benchmark"));
                }
                for (Engine engine : Engine.values()) {
                    latencies.add(time(q, engine, store, neo4j, given));
                }
            }
        }
        return latencies;
    }

    /** Values that have answers in the built graph: its most named method and benchmark, and a linked pair of papers. */
    private static Map<String, String> parameterValues(Neo4jConnection neo4j) {
        Map<String, String> values = new LinkedHashMap<>();
        ResultTable method = CypherRunner.run(neo4j.driver(), "MATCH (p:Paper)-[]->(c:Method) "
                + "RETURN c.name AS name, count(p) AS n ORDER BY n DESC, name LIMIT 1", Map.of());
        ResultTable benchmark = CypherRunner.run(neo4j.driver(), "MATCH (p:Paper)-[:EVALUATES_ON]->(c:Benchmark) "
                + "RETURN c.name AS name, count(p) AS n ORDER BY n DESC, name LIMIT 1", Map.of());
        if (!benchmark.rows().isEmpty()) {
            values.put("benchmark", benchmark.rows().get(0).get(0));
        }
        ResultTable pair = CypherRunner.run(neo4j.driver(), "MATCH (a:Paper)-[:SHARES_CONCEPT]->(b:Paper) "
                + "RETURN a.id AS a, b.id AS b ORDER BY a, b LIMIT 1", Map.of());
        if (!method.rows().isEmpty()) {
            values.put("concept", method.rows().get(0).get(0));
            values.put("method", method.rows().get(0).get(0));
        }
        if (!pair.rows().isEmpty()) {
            values.put("paper", pair.rows().get(0).get(0));
            values.put("from", pair.rows().get(0).get(0));
            values.put("to", pair.rows().get(0).get(1));
        }
        return values;
    }

    private QueryLatency time(NamedQuery q, Engine engine, PapergraphStore store, Neo4jConnection neo4j,
                              Map<String, String> given) {
        int rows;
        try {
            rows = q.run(engine, store.dataset(), neo4j.driver(), given).rows().size();
        } catch (QueryCancelledException e) {
            return new QueryLatency(q.name(), engine, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, -1, 0);
        }
        // A slow query gets fewer runs: the benchmark shows it is slow without taking minutes to say so.
        long budget = System.nanoTime() + QUERY_BUDGET_NANOS;
        double[] millis = new double[rounds];
        int runs = 0;
        while (runs < rounds && (runs == 0 || System.nanoTime() < budget)) {
            long t0 = System.nanoTime();
            try {
                q.run(engine, store.dataset(), neo4j.driver(), given);
            } catch (QueryCancelledException e) {
                // The warm-up finished in time but this run did not: it counts as past the limit.
                millis[runs++] = Double.POSITIVE_INFINITY;
                continue;
            }
            millis[runs++] = (System.nanoTime() - t0) / 1e6;
        }
        double[] sorted = Arrays.copyOf(millis, runs);
        Arrays.sort(sorted);
        return new QueryLatency(q.name(), engine, percentile(sorted, 0.50), percentile(sorted, 0.95), rows, runs);
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static void write(List<Paper> corpus, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Paper p : corpus) {
                Map<String, String> record = new LinkedHashMap<>();
                record.put("id", p.id());
                record.put("title", p.title());
                record.put("abstract", p.abstractText());
                record.put("date", p.date());
                out.write(json.writeValueAsString(record));
                out.newLine();
            }
        }
    }

    private static String millis(double ms) {
        return Double.isInfinite(ms) ? "> " + QUERY_TIMEOUT_MILLIS / 1000 + " s" : String.format("%.1f", ms);
    }

    /** This process's peak resident set (Linux), in MB; -1 elsewhere. */
    static long peakRssMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(-1L);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** One Markdown table row block: steps, limits and query latencies. */
    public static String markdown(Report r) {
        GraphBuild.Timings t = r.build().seconds();
        StringBuilder md = new StringBuilder();
        md.append(String.format("| %d | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f | %.2f | %.0f | %.2f "
                        + "| %.1f | %.2f | %d | %d | %d: %.0f s | %d: %.0f s |%n",
                r.papers(), r.concepts(), t.total(), t.extract(), t.rdf(), t.neo4j(), t.exports(),
                r.extractionPapersPerSecond(), r.posOnlyPapersPerSecond(), r.extractionRatio(), r.rdfBulkSeconds(),
                r.rdfRatio(), r.neo4jImportSeconds(), r.neo4jRatio(), r.peakRssMb(), r.peakAnonMb(),
                r.change().added(), r.change().addSeconds(), r.change().removed(), r.change().removeSeconds()));
        return md.toString();
    }

    /** The query latencies as "name: SPARQL p50/p95, Cypher p50/p95" lines. */
    public static String latencies(Report r) {
        Map<String, List<QueryLatency>> byQuery = r.queries().stream()
                .collect(Collectors.groupingBy(QueryLatency::query, LinkedHashMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder("| query | rows | SPARQL p50 ms | SPARQL p95 ms | Cypher p50 ms "
                + "| Cypher p95 ms |\n|---|---|---|---|---|---|\n");
        byQuery.forEach((name, ls) -> {
            QueryLatency s = ls.stream().filter(l -> l.engine() == Engine.SPARQL).findFirst().orElseThrow();
            QueryLatency c = ls.stream().filter(l -> l.engine() == Engine.CYPHER).findFirst().orElseThrow();
            out.append(String.format("| %s | %d | %s | %s | %s | %s |%n", name, Math.max(s.rows(), c.rows()),
                    millis(s.p50Millis()), millis(s.p95Millis()), millis(c.p50Millis()), millis(c.p95Millis())));
        });
        return out.toString();
    }
}
