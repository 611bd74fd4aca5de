package dev.galley.render.pdf.text;

import dev.galley.core.model.SourcePos;

/** Where layout reports problems in the content; the renderer forwards them as diagnostics. */
@FunctionalInterface
public interface Reporter {
    void warning(SourcePos pos, String code, String message);

    /** Drops everything; for measuring text whose problems are reported elsewhere. */
    Reporter SILENT = (pos, code, message) -> { };
}
