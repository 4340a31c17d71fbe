package org.papergraph.queries.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak of this process's anonymous resident memory while a run lasts: the Java heap, native memory and Neo4j's
 * page cache, without the store files the OS maps into the process (TDB2's indexes), which VmHWM counts too and the
 * OS can drop at will. Linux keeps no peak of it, so it is sampled.
 */
final class AnonMemoryPeak implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 200;

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakKb = -1;

    private AnonMemoryPeak() {
        sampler = new Thread(this::sample, "papergraph-memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static AnonMemoryPeak start() {
        return new AnonMemoryPeak();
    }

    /** The highest RssAnon seen so far, in MB, or -1 where the system does not tell it. */
    long peakMb() {
        long kb = Math.max(peakKb, rssAnonKb());
        return kb < 0 ? -1 : kb / 1024;
    }

    private void sample() {
        while (running) {
            peakKb = Math.max(peakKb, rssAnonKb());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long rssAnonKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("RssAnon:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(-1L);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
