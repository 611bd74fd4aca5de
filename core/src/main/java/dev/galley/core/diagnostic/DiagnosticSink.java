package dev.galley.core.diagnostic;

/**
 * Where renderers report problems they find while rendering (a character no font has, say).
 * Implementations are safe to call from several threads.
 */
@FunctionalInterface
public interface DiagnosticSink {
    void report(Diagnostic diagnostic);
}
