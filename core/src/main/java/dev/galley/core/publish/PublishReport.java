package dev.galley.core.publish;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;

import java.time.Duration;
import java.util.List;

/**
 * What a publish or check run found and did.
 *
 * @param diagnostics every problem, sorted by file and position
 * @param briefings   briefings read
 * @param published   briefings published (drafts and failures left out); 0 when nothing was written
 * @param draftsLeftOut slugs of drafts not published
 * @param embargoed   briefings held back by their embargo, with the time it lifts
 * @param written     whether the output folder was replaced
 * @param elapsed     wall time of the run, for the summary line only (never in output)
 * @param pdfPages    pages of print PDF published, as the PDF renderer recorded them
 * @param skipped     files and folders under {@code briefings/} left out as {@link SkippedFiles hidden or
 *                    editor files}, as editors see their paths (a folder ends with a slash)
 * @param expired     briefings left out because their {@code expiryDate} has passed, with it
 * @param failing     briefings left out for their errors, as editors see their files, when the
 *                    request {@linkplain PublishRequest#keepGoing keeps going}; empty otherwise
 */
public record PublishReport(List<Diagnostic> diagnostics, int briefings, int published,
                            List<String> draftsLeftOut, List<String> embargoed, boolean written,
                            Duration elapsed, int pdfPages, List<String> skipped, List<String> expired,
                            List<String> failing) {

    public PublishReport {
        failing = List.copyOf(failing);
        diagnostics = List.copyOf(diagnostics);
        draftsLeftOut = List.copyOf(draftsLeftOut);
        embargoed = List.copyOf(embargoed);
        skipped = List.copyOf(skipped);
        expired = List.copyOf(expired);
    }

    PublishReport(List<Diagnostic> diagnostics, int briefings, int published, List<String> draftsLeftOut,
                  List<String> embargoed, boolean written, Duration elapsed, List<String> skipped) {
        this(diagnostics, briefings, published, draftsLeftOut, embargoed, written, elapsed, 0, skipped, List.of(),
                List.of());
    }

    PublishReport withPdfPages(int pages) {
        return new PublishReport(diagnostics, briefings, published, draftsLeftOut, embargoed, written, elapsed, pages,
                skipped, expired, failing);
    }

    PublishReport withExpired(List<String> left) {
        return new PublishReport(diagnostics, briefings, published, draftsLeftOut, embargoed, written, elapsed, pdfPages,
                skipped, left, failing);
    }

    PublishReport withFailing(List<String> left) {
        return new PublishReport(diagnostics, briefings, published, draftsLeftOut, embargoed, written, elapsed, pdfPages,
                skipped, expired, left);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Diagnostic codes that mean the build could not run, rather than that the content is wrong. */
    static final java.util.Set<String> ENVIRONMENT_CODES = java.util.Set.of("io", "content-missing",
            "output-overlaps", "internal");

    /**
     * The exit status for command-line tools: 0 when the run succeeded, 1 when the content has
     * errors (or warnings, when they fail the build), 2 when the build could not run (no content
     * folder, an output folder holding it, a disk that failed, a renderer that failed). A file the
     * editor can fix (a link out of the folder, a file without read permission) is a problem in
     * the content: 1.
     */
    public int exitCode(boolean failOnWarnings) {
        if (diagnostics.stream().anyMatch(d -> d.isError()
                && (ENVIRONMENT_CODES.contains(d.code()) || d.code().startsWith("render-")))) {
            return 2;
        }
        if (hasErrors() || (failOnWarnings && count(Severity.WARNING) > 0)) {
            return 1;
        }
        return 0;
    }

    /** One line for the end of a run: what was done and what is wrong. */
    public String summary() {
        String done = written
                ? "published " + published + " of " + briefings + " briefing" + (briefings == 1 ? "" : "s")
                        + (pdfPages > 0 ? " (" + pdfPages + " PDF page" + (pdfPages == 1 ? "" : "s") + ")" : "")
                : "read " + briefings + " briefing" + (briefings == 1 ? "" : "s") + ", wrote nothing";
        String drafts = draftsLeftOut.isEmpty() ? "" : " (" + draftsLeftOut.size() + " draft"
                + (draftsLeftOut.size() == 1 ? "" : "s") + " left out)";
        String held = embargoed.isEmpty() ? "" : " (embargoed: " + String.join(", ", embargoed) + ")";
        held += expired.isEmpty() ? "" : " (expired: " + String.join(", ", expired) + ")";
        held += failing.isEmpty() ? "" : " (left out for their errors: " + String.join(", ", failing) + ")";
        String left = skipped.isEmpty() ? "" : ", " + skipped.size() + " file" + (skipped.size() == 1 ? "" : "s")
                + " skipped (" + SkippedFiles.REASON + ")";
        return done + drafts + held + left + "; " + count(Severity.ERROR) + " error" + (count(Severity.ERROR) == 1 ? "" : "s")
                + ", " + count(Severity.WARNING) + " warning" + (count(Severity.WARNING) == 1 ? "" : "s")
                + " in " + elapsed.toMillis() + " ms";
    }
}
