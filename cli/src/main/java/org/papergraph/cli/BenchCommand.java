package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.io.file.PathUtils;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.nlp.NlpPipeline;
import org.papergraph.extractor.nlp.PosOnlyLimit;
import org.papergraph.extractor.nlp.RuleBasedExtractor;
import org.papergraph.extractor.read.CorpusReader;
import org.papergraph.queries.bench.BuildBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure extraction speed and memory.",
        description = {"Loads the CoreNLP pipeline once, warms it up, then extracts all papers of INPUT several "
                + "times for each thread count and reports papers per second (best and median round), CoreNLP's "
                + "tokenize, ssplit and pos alone on the same papers and threads right after each round (median papers "
                + "per second, and the median of the rounds' ratios of extraction to it, in papers per second and in "
                + "process CPU time), and peak heap.",
                "With --papers N: makes a synthetic corpus of N papers from INPUT's titles and sentences (with invented "
                        + "names, so concepts keep growing with N), builds it fresh, and reports each step's time, "
                        + "extraction against CoreNLP's POS tagging alone on the same texts, the RDF and Neo4j loads "
                        + "against TDB2's bulk loader and neo4j-admin import on the same data, peak memory, and every "
                        + "named query's p50/p95 in SPARQL and Cypher.",
                "Speeds vary by about 30%% between runs on a shared machine: compare figures within one run.",
                "Example: papergraph bench examples/trending-papers.txt --threads 1,2 --append bench/results.md"})
final class BenchCommand implements Callable<Integer> {

    private static final int WARM_UP_PAPERS = 500;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", defaultValue = "examples/trending-papers.txt",
            description = "Papers to extract (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(names = "--threads", split = ",", paramLabel = "N", defaultValue = "1,2",
            description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Rounds per thread count (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--papers", paramLabel = "N",
            description = "Benchmark a fresh build of a synthetic corpus of N papers instead of extraction rounds.")
    Integer papers;

    @Option(names = "--query-rounds", paramLabel = "N", defaultValue = "20",
            description = "With --papers: warm runs of each named query in each engine (default: ${DEFAULT-VALUE}; "
                    + "fewer for a query whose runs pass 5 s).")
    int queryRounds;

    @Option(names = "--work", paramLabel = "DIR",
            description = "With --papers: keep the corpus and the built data directory in DIR (default: a temporary "
                    + "directory, deleted afterwards).")
    Path work;

    @Option(names = "--append", paramLabel = "FILE", description = "Also append the results as a Markdown table row block to FILE.")
    Path append;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<Paper> papers = CorpusReader.create().read(List.of(input)).papers();
        if (papers.isEmpty()) {
            throw new IllegalArgumentException("no paper could be read from " + input);
        }
        if (this.papers != null) {
            return benchmarkBuild(papers, out);
        }
        long t0 = System.nanoTime();
        NlpPipeline.get();
        double load = (System.nanoTime() - t0) / 1e9;
        PosOnlyLimit posOnly = PosOnlyLimit.load();
        StringBuilder md = new StringBuilder();
        md.append(String.format("%n### %s: %d papers from %s, %d cores, pipeline load %.1f s%n%n", LocalDate.now(),
                papers.size(), input, Runtime.getRuntime().availableProcessors(), load));
        md.append("| threads | best papers/s | median papers/s | POS-only papers/s | ratio | CPU ratio | peak heap MB |\n"
                + "|---|---|---|---|---|---|---|\n");
        out.printf("pipeline load: %.1f s; %d papers%n", load, papers.size());
        for (int n : threads) {
            RuleBasedExtractor ex = new RuleBasedExtractor(n);
            // Long enough for the JIT to have compiled the rules too, so that rounds do not pay for it.
            List<Paper> warmUp = papers.subList(0, Math.min(WARM_UP_PAPERS, papers.size()));
            ex.extract(warmUp);
            posOnly.papersPerSecond(warmUp, n);
            double[] rates = new double[rounds];
            double[] posRates = new double[rounds];
            double[] ratios = new double[rounds];
            double[] cpuRatios = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long c0 = processCpuNanos();
                long s = System.nanoTime();
                ex.extract(papers);
                rates[i] = papers.size() / ((System.nanoTime() - s) / 1e9);
                long c1 = processCpuNanos();
                // Right after, on the same papers and threads: a busy spell on a shared machine slows both alike.
                posRates[i] = posOnly.papersPerSecond(papers, n);
                long c2 = processCpuNanos();
                ratios[i] = rates[i] / posRates[i];
                cpuRatios[i] = (double) (c2 - c1) / (c1 - c0);
            }
            Arrays.sort(rates);
            Arrays.sort(posRates);
            Arrays.sort(ratios);
            Arrays.sort(cpuRatios);
            int mid = rounds / 2;
            long heap = peakHeapMb();
            out.printf("threads %d: best %.1f papers/s, median %.1f papers/s, POS-only median %.1f papers/s, "
                    + "ratio %.2f, CPU ratio %.2f, peak heap %d MB%n", n, rates[rounds - 1], rates[mid], posRates[mid],
                    ratios[mid], cpuRatios[mid], heap);
            md.append(String.format("| %d | %.1f | %.1f | %.1f | %.2f | %.2f | %d |%n", n, rates[rounds - 1], rates[mid],
                    posRates[mid], ratios[mid], cpuRatios[mid], heap));
        }
        out.flush();
        if (append != null) {
            Files.writeString(append, md.toString(), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        return 0;
    }

    private int benchmarkBuild(List<Paper> source, PrintWriter out) throws IOException, InterruptedException {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("papergraph-bench-");
        try {
            int threadCount = threads.get(threads.size() - 1);
            BuildBenchmark.Report r = BuildBenchmark.create().source(source).papers(papers).threads(threadCount)
                    .rounds(queryRounds).work(dir).listener(new ConsoleListener(spec.commandLine().getErr())).run();
            String header = String.format("%n### %s: fresh build of %d synthetic papers from %s, %d threads, %d cores%n%n"
                    + "| papers | concepts | build s | extract s | rdf s | neo4j s | exports s | extract papers/s "
                    + "| POS-only papers/s | ratio | TDB2 bulk s | rdf ratio | neo4j import s | neo4j ratio | peak RSS MB "
                    + "| peak anon MB | add papers | remove papers |%n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|%n",
                    LocalDate.now(), papers, input, threadCount, Runtime.getRuntime().availableProcessors());
            String md = header + BuildBenchmark.markdown(r) + "\n" + BuildBenchmark.latencies(r);
            out.print(md);
            out.flush();
            if (append != null) {
                Files.writeString(append, md, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            return 0;
        } finally {
            if (work == null) {
                PathUtils.deleteDirectory(dir);
            }
        }
    }

    /** CPU time of the whole process, every thread (the collector's too): a busy machine shares it out, not inflates it. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
