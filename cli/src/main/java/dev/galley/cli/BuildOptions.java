package dev.galley.cli;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.DiagnosticJson;
import dev.galley.core.diagnostic.ProblemSummary;
import dev.galley.core.diagnostic.SarifLog;
import dev.galley.core.diagnostic.WorkflowCommands;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Options that publish, check and serve share, and how publish and check report. */
final class BuildOptions {

    static final Syntax.Operand CONTENT_DIR = new Syntax.Operand("CONTENT-DIR",
            "The content folder, holding galley.yaml and briefings/ (default: .).");

    static final List<Option> OPTIONS = List.of(
            Option.value("--out", "DIR", "Where the site goes (default: CONTENT-DIR/target/site)."),
            Option.value("--cache", "DIR", "Where PDFs are kept between runs, so unchanged briefings are not set again"
                    + " (default: the output folder's name plus -cache, beside it)."),
            Option.flag("Set every briefing afresh; use and keep no cache.", "--no-cache"),
            // For benchmarks and quick looks: the named outputs only. Hidden because a site published
            // with --only html links to PDFs it does not contain.
            Option.value("--only", "NAME", "Make only these outputs (html, pdf).").hiddenAndRepeatable(),
            Option.flag("Publish briefings marked 'status: draft' too.", "--drafts"),
            Option.flag("Treat warnings as errors.", "--fail-on-warnings"),
            Option.value("--threads", "N", "Briefings worked on at once (default: one per processor)."),
            Option.value("--now", "TIME",
                    "Judge embargoes as of TIME (e.g. 2026-12-01T09:00:00Z; default: SOURCE_DATE_EPOCH, else now)."),
            Option.value("--format", "FORMAT",
                    "How problems are printed: text (file:line:col: …, default), json (an array, on stdout),"
                            + " github (workflow commands, on stdout, which GitHub Actions shows on the lines) or"
                            + " sarif (a SARIF 2.1.0 log, on stdout, for code scanning)."),
            Option.flag("Print problems only, no summary.", "-q", "--quiet"));

    /**
     * The options of a run that ends with its report (publish, check): {@link #OPTIONS} and
     * {@code --verbose}, which names what the summary only counts. A preview logs every rebuild's
     * summary as it goes and has no such report.
     */
    static final List<Option> REPORTING_OPTIONS = Stream.concat(OPTIONS.stream(), Stream.of(
            Option.flag("Name the files skipped as hidden or editor files.", "-v", "--verbose"),
            Option.flag("End with the problems grouped by kind, with counts and the first of each"
                    + " (check: the groups only, not every problem).", "--summary"))).toList();

    /** {@code publish}'s options: {@link #REPORTING_OPTIONS} and {@code --keep-going}. */
    static final List<Option> PUBLISH_OPTIONS = Stream.concat(REPORTING_OPTIONS.stream(), Stream.of(
            Option.flag("Publish the briefings without errors, leaving out those with errors of their own"
                    + " (the run still fails; for a desk moving its posts).", "--keep-going"))).toList();

    /** How problems are printed. */
    enum Format { text, json, github, sarif }

    final Path contentDir;
    final Path outputDir;
    final Path cacheDir;
    final boolean noCache;
    final List<String> only;
    boolean includeDrafts; // not final: serve always includes drafts
    final boolean failOnWarnings;
    final int threads;
    final Instant now;
    final Format format;
    final boolean quiet;
    final boolean verbose;
    final boolean summary;
    final boolean keepGoing;

    /** Reads the options; a value that is not of the option's kind is a {@link UsageException}. */
    BuildOptions(Arguments arguments) {
        contentDir = arguments.operandPath(".");
        outputDir = arguments.path("--out");
        cacheDir = arguments.path("--cache");
        noCache = arguments.flag("--no-cache");
        only = arguments.list("--only");
        includeDrafts = arguments.flag("--drafts");
        failOnWarnings = arguments.flag("--fail-on-warnings");
        threads = arguments.integer("--threads", 0, 0, 1024);
        now = arguments.instant("--now");
        format = arguments.choice("--format", Format.values(), Format.text);
        quiet = arguments.flag("--quiet");
        verbose = arguments.syntax().option("--verbose") != null && arguments.flag("--verbose");
        summary = arguments.syntax().option("--summary") != null && arguments.flag("--summary");
        keepGoing = arguments.syntax().option("--keep-going") != null && arguments.flag("--keep-going");
        if (quiet && verbose) {
            throw new UsageException(arguments.syntax(), "options '--quiet' and '--verbose' contradict each other");
        }
    }

    private TerminalProgress progress;

    /** The publisher with every installed renderer, showing progress when a person is watching. */
    Publisher publisher(PrintWriter err) {
        Publisher publisher = Publisher.withInstalledRenderers();
        if (!only.isEmpty()) {
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
        if (keepGoing) {
            request = request.keepingGoing();
        }
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
        return report(report, out, err, false);
    }

    /**
     * The same; a check ({@code checking}) ends with the problems grouped by kind whenever it
     * found more than one, and with {@code --summary} prints only the groups.
     */
    int report(PublishReport report, PrintWriter out, PrintWriter err, boolean checking) {
        if (progress != null) {
            progress.finish();
        }
        if (format == Format.json) {
            out.println(DiagnosticJson.of(report.diagnostics()));
        } else if (format == Format.github) {
            out.print(WorkflowCommands.of(report.diagnostics(), Path.of("")));
        } else if (format == Format.sarif) {
            out.print(SarifLog.of(report.diagnostics(), Path.of("")));
        } else if (!(checking && summary)) {
            for (Diagnostic d : report.diagnostics()) {
                err.println(d.format());
            }
        }
        // one problem needs no grouping; a check that found several ends with what to fix first
        int found = report.diagnostics().size();
        if (format == Format.text && found > 0 && (summary || (checking && found > 1))) {
            ProblemSummary kinds = ProblemSummary.of(report.diagnostics());
            err.println("galley: " + kinds.heading());
            kinds.lines().forEach(line -> err.println("  " + line));
        }
        if (!quiet) {
            PrintWriter summary = format == Format.text ? out : err;
            if (verbose) {
                report.skipped().forEach(path -> summary.println("galley: skipped " + path));
            }
            summary.println("galley: " + report.summary());
        }
        err.flush();
        out.flush();
        return report.exitCode(failOnWarnings);
    }
}
