package org.papergraph.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on the terminal, redrawn in place. When the output is not a terminal (a
 * log file, CI) it prints nothing, so logs stay short.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String label;
    private final int total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private int lastDrawn = -1;

    Progress(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = System.console() != null && total > 0;
    }

    synchronized void update(int done) {
        if (!enabled) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / total);
        if (filled == lastDrawn && done != total) {
            return;
        }
        lastDrawn = filled;
        double secs = (System.nanoTime() - started) / 1e9;
        err.printf("\r%-10s [%s%s] %d/%d %.1fs", label, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, secs);
        err.flush();
    }

    @Override
    public void close() {
        if (enabled && lastDrawn >= 0) {
            err.print("\r" + " ".repeat(WIDTH + label.length() + 40) + "\r");
            err.flush();
        }
    }
}
