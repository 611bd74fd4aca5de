package dev.galley.cli;

import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;

import java.io.PrintWriter;

/**
 * {@code galley publish}: writes the site and the PDFs, or nothing if anything is wrong (with
 * {@code --keep-going}, everything but the briefings that are wrong).
 */
final class PublishCommand implements Command {

    static final Syntax SYNTAX = Syntax.of("galley publish",
            "Publish the content folder as a microsite with a PDF per briefing.",
            BuildOptions.CONTENT_DIR, BuildOptions.PUBLISH_OPTIONS);

    @Override
    public Syntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        BuildOptions options = new BuildOptions(arguments);
        PublishRequest request = options.request();
        PublishReport report = options.publisher(err).publish(request);
        int code = options.report(report, out, err);
        if ((code == 0 || (report.written() && !report.failing().isEmpty())) && !options.quiet) {
            out.println("galley: open " + request.outputDir().resolve("index.html"));
        }
        return code;
    }
}
