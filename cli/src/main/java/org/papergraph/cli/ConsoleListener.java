package org.papergraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.papergraph.queries.build.BuildListener;

/** A build's warnings as lines on standard error, and its long steps as progress bars (on a terminal only). */
final class ConsoleListener implements BuildListener {

    private final PrintWriter err;
    private Progress bar;

    ConsoleListener(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void warning(String message) {
        err.println("warning: " + message);
        err.flush();
    }

    @Override
    public void rdfWritten(Path store, long papers, long concepts, long mentions, long results) {
        err.printf("rdf:      %d papers, %d concepts, %d mentions, %d results in %s%n", papers, concepts, mentions,
                results, store);
        err.flush();
    }

    @Override
    public synchronized void stepStarted(String step, int total) {
        stepEnded();
        bar = new Progress(err, step, total);
    }

    @Override
    public synchronized void stepProgress(int done) {
        if (bar != null) {
            bar.update(done);
        }
    }

    @Override
    public synchronized void stepEnded() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
