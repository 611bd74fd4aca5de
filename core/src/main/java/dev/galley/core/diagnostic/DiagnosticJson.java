package dev.galley.core.diagnostic;

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

    /**
     * A JSON string literal. Besides what JSON requires, {@code <}, {@code >} and {@code &} are
     * escaped so the text is also safe inside an HTML {@code <script>}.
     */
    public static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
