package dev.galley.core.diagnostic;

import dev.galley.core.model.SourcePos;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one file. Readers report into it and keep going, so an editor sees
 * every problem of a run at once. Not thread-safe: one collector per file being read.
 */
public final class Diagnostics {

    private final String file;
    private final List<Diagnostic> collected = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    /** The file these diagnostics are about, as shown to editors. */
    public String file() {
        return file;
    }

    public void error(SourcePos pos, String code, String message) {
        collected.add(new Diagnostic(Severity.ERROR, file, pos, code, message));
    }

    public void warning(SourcePos pos, String code, String message) {
        collected.add(new Diagnostic(Severity.WARNING, file, pos, code, message));
    }

    public boolean hasErrors() {
        return collected.stream().anyMatch(Diagnostic::isError);
    }

    /** What was reported so far, in report order. */
    public List<Diagnostic> all() {
        return List.copyOf(collected);
    }
}
