package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.extractor.model.Paper;
import org.papergraph.extractor.nlp.NlpPipeline;
import org.papergraph.extractor.nlp.RuleBasedExtractor;
import org.papergraph.extractor.read.CorpusReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure extraction speed and memory.",
        description = {"Loads the CoreNLP pipeline once, warms it up, then extracts all papers of INPUT several "
                + "times for each thread count and reports papers per second (best and median round) and peak heap.",
                "Speeds vary by about 30% between runs on a shared machine: compare figures within one run.",
                "Example: papergraph bench examples/trending-papers.txt --threads 1,2 --append bench/results.md"})
final class BenchCommand implements Callable<Integer> {

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

    @Option(names = "--append", paramLabel = "FILE", description = "Also append the results as a Markdown table row block to FILE.")
    Path append;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Paper> papers = CorpusReader.create().read(List.of(input)).papers();
        if (papers.isEmpty()) {
            throw new IllegalArgumentException("no paper could be read from " + input);
        }
        long t0 = System.nanoTime();
        NlpPipeline.get();
        double load = (System.nanoTime() - t0) / 1e9;
        StringBuilder md = new StringBuilder();
        md.append(String.format("%n### %s: %d papers from %s, %d cores, pipeline load %.1f s%n%n", LocalDate.now(),
                papers.size(), input, Runtime.getRuntime().availableProcessors(), load));
        md.append("| threads | best papers/s | median papers/s | peak heap MB |\n|---|---|---|---|\n");
        out.printf("pipeline load: %.1f s; %d papers%n", load, papers.size());
        for (int n : threads) {
            RuleBasedExtractor ex = new RuleBasedExtractor(n);
            ex.extract(papers.subList(0, Math.min(20, papers.size())));
            double[] rates = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long s = System.nanoTime();
                ex.extract(papers);
                rates[i] = papers.size() / ((System.nanoTime() - s) / 1e9);
            }
            java.util.Arrays.sort(rates);
            double best = rates[rounds - 1];
            double median = rates[rounds / 2];
            long heap = peakHeapMb();
            out.printf("threads %d: best %.1f papers/s, median %.1f papers/s, peak heap %d MB%n", n, best, median, heap);
            md.append(String.format("| %d | %.1f | %.1f | %d |%n", n, best, median, heap));
        }
        out.flush();
        if (append != null) {
            Files.writeString(append, md.toString(), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        return 0;
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
