package dev.galley.core.diagnostic;

import dev.galley.core.model.SourcePos;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in the content, located precisely enough for an editor to jump to it.
 *
 * @param severity how bad it is
 * @param file     the file, as shown to the editor (relative to where the build was started
 *                 when possible)
 * @param pos      line and column in that file
 * @param code     a short stable name of the rule, such as {@code front-matter-date}
 * @param message  what is wrong, in the editor's words, and what to do about it
 */
public record Diagnostic(Severity severity, String file, SourcePos pos, String code, String message) {

    /** By file, then position, then code: the order diagnostics are printed in. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::file)
            .thenComparing(Diagnostic::pos)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(file);
        Objects.requireNonNull(pos);
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: severity: message [code]}, the form editors' tools recognise. */
    public String format() {
        return file + ":" + pos.line() + ":" + pos.column() + ": " + severity.label() + ": "
                + message + " [" + code + "]";
    }

    @Override
    public String toString() {
        return format();
    }
}
