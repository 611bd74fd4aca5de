package dev.galley.core.diagnostic;

import dev.galley.core.text.Json;

import java.util.List;

/**
 * Diagnostics as JSON, for CI annotations and the preview's error overlay: an array of objects
 * with {@code file}, {@code line}, {@code column}, {@code severity}, {@code code} and
 * {@code message}.
 */
public final class DiagnosticJson {

    private DiagnosticJson() {
    }

    public static String of(List<Diagnostic> diagnostics) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            json.append(i == 0 ? "\n  " : ",\n  ")
                    .append("{\"file\": ").append(string(d.file()))
                    .append(", \"line\": ").append(d.pos().line())
                    .append(", \"column\": ").append(d.pos().column())
                    .append(", \"severity\": ").append(string(d.severity().label()))
                    .append(", \"code\": ").append(string(d.code()))
                    .append(", \"message\": ").append(string(d.message()))
                    .append('}');
        }
        return json.append(diagnostics.isEmpty() ? "]" : "\n]").toString();
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        Json.string(text, out);
        return out.toString();
    }
}
