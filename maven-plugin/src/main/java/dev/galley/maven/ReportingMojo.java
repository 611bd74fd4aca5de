package dev.galley.maven;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.ProblemSummary;
import dev.galley.core.diagnostic.SarifLog;
import dev.galley.core.diagnostic.WorkflowCommands;
import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * A goal that runs once and reports: every diagnostic as a Maven error or warning, a summary line,
 * and a build failure (without a stack trace) when the content has problems.
 */
abstract class ReportingMojo extends AbstractGalleyMojo {

    /**
     * How problems are printed: {@code text} (Maven's log, the default), {@code github}
     * (GitHub Actions workflow commands, printed as they are so that each starts its line, which
     * the workflow's log turns into annotations on the pull request) or {@code sarif} (a SARIF
     * 2.1.0 log, printed as it is, for code scanning). The problems are in Maven's log as well.
     */
    @org.apache.maven.plugins.annotations.Parameter(property = "galley.format", defaultValue = "text")
    String format = "text";

    abstract PublishReport run(Publisher publisher, PublishRequest request);

    abstract String verb();

    /** What a goal does after a run without problems; nothing by default. */
    void afterSuccess(PublishReport report, PublishRequest request) throws MojoExecutionException {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Galley " + verb() + " skipped (galley.skip)");
            return;
        }
        if (!List.of("text", "github", "sarif").contains(format)) {
            throw new MojoExecutionException("galley.format must be text, github or sarif, not '" + format + "'");
        }
        PublishRequest request = request(includeDrafts);
        PublishReport report = run(Publisher.withInstalledRenderers(), request);
        if (!format.equals("text")) {
            Path root = executionRoot == null ? Path.of("") : executionRoot.toPath();
            System.out.print(format.equals("github") ? WorkflowCommands.of(report.diagnostics(), root)
                    : SarifLog.of(report.diagnostics(), root));
            System.out.flush();
        }
        for (Diagnostic d : report.diagnostics()) {
            if (d.isError()) {
                getLog().error(d.format());
            } else {
                getLog().warn(d.format());
            }
        }
        // A log of many problems ends with them grouped, so that a desk moving its posts sees
        // what to fix first without scrolling back through hundreds.
        if (report.diagnostics().size() > 1) {
            ProblemSummary kinds = ProblemSummary.of(report.diagnostics());
            getLog().info("Galley: " + kinds.heading());
            kinds.lines().forEach(line -> getLog().info("  " + line));
        }
        // The summary counts the skipped files; their names are for -X, as a build's log is read
        // for what went wrong and an editor's swap file is not that.
        if (getLog().isDebugEnabled()) {
            report.skipped().forEach(path -> getLog().debug("Galley: skipped " + path));
        }
        getLog().info("Galley: " + report.summary());
        switch (report.exitCode(failOnWarnings)) {
            case 0 -> {
                if (report.written()) {
                    getLog().info("Galley: site written to " + outputDirectory + File.separator + "index.html");
                }
                afterSuccess(report, request);
            }
            case 1 -> throw new MojoFailureException(report.written()
                    ? "Galley left out " + report.failing().size() + " briefing" + (report.failing().size() == 1 ? "" : "s")
                            + " for their errors (listed above) and published the rest (galley.keepGoing)"
                    : "Galley found problems in the content (listed above); the previous output is unchanged");
            default -> throw new MojoExecutionException("Galley could not " + verb() + " (see above);"
                    + " the previous output is unchanged");
        }
    }
}
