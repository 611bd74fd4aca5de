package dev.galley.cli;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.DiagnosticJson;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Options that publish and check share, and how both report. */
final class BuildOptions {

    @Parameters(index = "0", paramLabel = "CONTENT-DIR", defaultValue = ".",
            description = "The content folder, holding galley.yaml and briefings/ (default: .).")
    Path contentDir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the site goes (default: CONTENT-DIR/target/site).")
    Path outputDir;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where PDFs are kept between runs, so unchanged briefings are not set again"
                    + " (default: the output folder's name plus -cache, beside it).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Set every briefing afresh; use and keep no cache.")
    boolean noCache;

    /**
     * For benchmarks and quick looks: the named outputs only. Hidden because a site published
     * with {@code --only html} links to PDFs it does not contain.
     */
    @Option(names = "--only", paramLabel = "NAME", split = ",", hidden = true,
            description = "Make only these outputs (html, pdf).")
    List<String> only;

    @Option(names = "--drafts", description = "Publish briefings marked 'status: draft' too.")
    boolean includeDrafts;

    @Option(names = "--fail-on-warnings", description = "Treat warnings as errors.")
    boolean failOnWarnings;

    @Option(names = "--threads", paramLabel = "N", description = "Briefings worked on at once (default: one per processor).")
    int threads;

    @Option(names = "--now", paramLabel = "TIME", converter = InstantConverter.class,
            description = "Judge embargoes as of TIME (e.g. 2026-12-01T09:00:00Z; default: SOURCE_DATE_EPOCH, else now).")
    Instant now;

    /** How problems are printed. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How problems are printed: text (file:line:col: …, default) or json (an array, on stdout).")
    Format format = Format.text;

    @Option(names = {"-q", "--quiet"}, description = "Print problems only, no summary.")
    boolean quiet;

    private TerminalProgress progress;

    /** The publisher with every installed renderer, showing progress when a person is watching. */
    Publisher publisher(PrintWriter err) {
        Publisher publisher = Publisher.withInstalledRenderers();
        if (only != null && !only.isEmpty()) {
            publisher = new Publisher(publisher.renderers().stream().filter(r -> only.contains(r.name())).toList());
        }
        if (System.console() != null && !quiet && format == Format.text) {
            progress = new TerminalProgress(err);
            return publisher.withProgress(progress);
        }
        return publisher;
    }

    PublishRequest request() {
        BuildContext build = BuildContext.of(Optional.ofNullable(now), BuildContext.sourceDateEpoch(), threads,
                includeDrafts);
        Path out = outputDir != null ? outputDir : contentDir.resolve("target/site");
        PublishRequest request = new PublishRequest(contentDir, out, build, Path.of("").toAbsolutePath(),
                failOnWarnings);
        if (noCache || (cacheDir == null && out.toAbsolutePath().normalize().getFileName() == null)) {
            return request;
        }
        Path absolute = out.toAbsolutePath().normalize();
        Path cache = cacheDir != null ? cacheDir
                : absolute.resolveSibling(absolute.getFileName() + "-cache");
        return request.withCache(cache);
    }

    /** Prints problems to {@code err}, the summary to {@code out}; returns the exit code. */
    int report(PublishReport report, PrintWriter out, PrintWriter err) {
        if (progress != null) {
            progress.finish();
        }
        if (format == Format.json) {
            out.println(DiagnosticJson.of(report.diagnostics()));
        } else {
            for (Diagnostic d : report.diagnostics()) {
                err.println(d.format());
            }
        }
        if (!quiet) {
            (format == Format.json ? err : out).println("galley: " + report.summary());
        }
        err.flush();
        out.flush();
        return report.exitCode(failOnWarnings);
    }
}
