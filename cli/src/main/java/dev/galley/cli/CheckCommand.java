package dev.galley.cli;

import java.io.PrintWriter;

/** {@code galley check}: reports every problem, writes nothing. */
final class CheckCommand implements Command {

    static final Syntax SYNTAX = Syntax.of("galley check",
            "Report every problem in the content folder without writing anything.",
            BuildOptions.CONTENT_DIR, BuildOptions.REPORTING_OPTIONS);

    @Override
    public Syntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        BuildOptions options = new BuildOptions(arguments);
        var report = options.publisher(err).check(options.request());
        return options.report(report, out, err, true);
    }
}
