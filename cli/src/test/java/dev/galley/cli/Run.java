package dev.galley.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in this JVM: its exit code and what it printed. */
record Run(int code, String out, String err) {

    /** Runs {@code galley args…} as {@link GalleyCommand#main} would, capturing both streams. */
    static Run galley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GalleyCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
