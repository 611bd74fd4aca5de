package dev.galley.cli;

import java.io.PrintWriter;

/** A command under {@code galley}: what it accepts, and what it does with what it was given. */
interface Command {

    Syntax syntax();

    /** Runs with arguments already parsed against {@link #syntax()}; returns the exit code. */
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception;
}
