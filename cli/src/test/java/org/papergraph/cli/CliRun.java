package org.papergraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the papergraph command line, as a user would type it, with what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        CommandLine cmd = Papergraph.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
