package dev.galley.core.read;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.SourcePos;

import java.util.Optional;

/**
 * The YAML block at the top of a briefing, between a first line {@code ---} and the next line
 * {@code ---} (or {@code ...}). Cut out here, by lines, so that the YAML library sees exactly the
 * YAML and every position can be mapped back to the file.
 *
 * @param yaml      the YAML text, without the fences
 * @param firstLine the file line the YAML starts on (2 when the file starts with the fence)
 * @param body      the whole file with the front matter's lines blanked, so that offsets in the
 *                  body are offsets in the file and Markdown positions need no shifting
 */
public record FrontMatter(String yaml, int firstLine, String body) {

    private static final String FENCE = "---";
    private static final String TOML_FENCE = "+++";

    /**
     * Splits {@code source}. Empty when the file does not start with a fence line; an unclosed
     * fence is reported and the file is read as having no front matter.
     */
    public static Optional<FrontMatter> split(SourceText source, Diagnostics diagnostics) {
        String text = source.text();
        if (source.lineCount() >= 1 && line(source, 1).stripTrailing().equals(TOML_FENCE)) {
            return tomlRefused(source, diagnostics);
        }
        if (source.lineCount() < 1 || !isFence(line(source, 1), false)) {
            return Optional.empty();
        }
        for (int line = 2; line <= source.lineCount(); line++) {
            if (isFence(line(source, line), true)) {
                int yamlStart = source.lineStart(2);
                int yamlEnd = source.lineStart(line);
                int bodyStart = line < source.lineCount() ? source.lineStart(line + 1) : text.length();
                String yaml = text.substring(Math.min(yamlStart, yamlEnd), yamlEnd);
                String blanked = "\n".repeat(line) + text.substring(bodyStart);
                return Optional.of(new FrontMatter(yaml, 2, blanked));
            }
        }
        diagnostics.error(SourcePos.START, "front-matter-unclosed",
                "front matter opened with '---' on line 1 is never closed; add a line '---' after it");
        return Optional.empty();
    }

    /**
     * TOML front matter, as Hugo writes it between {@code +++} lines, is refused at 1:1 with a
     * message that says so, and its lines are kept out of the body: never shown as text.
     */
    private static Optional<FrontMatter> tomlRefused(SourceText source, Diagnostics diagnostics) {
        for (int line = 2; line <= source.lineCount(); line++) {
            if (line(source, line).stripTrailing().equals(TOML_FENCE)) {
                diagnostics.error(SourcePos.START, "front-matter-toml", "this front matter is TOML"
                        + " (between '+++' lines, as Hugo writes it); Galley reads YAML: put it between '---'"
                        + " lines and write each 'key = value' as 'key: value' (lists stay [a, b])");
                int bodyStart = line < source.lineCount() ? source.lineStart(line + 1) : source.text().length();
                return Optional.of(new FrontMatter("", 2, "\n".repeat(line) + source.text().substring(bodyStart)));
            }
        }
        diagnostics.error(SourcePos.START, "front-matter-unclosed",
                "front matter opened with '+++' on line 1 is never closed; add a line '+++' after it");
        return Optional.empty();
    }

    private static String line(SourceText source, int line) {
        int start = source.lineStart(line);
        int end = line < source.lineCount() ? source.lineStart(line + 1) - 1 : source.text().length();
        return source.text().substring(start, end);
    }

    private static boolean isFence(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals(FENCE) || (closing && trimmed.equals("..."));
    }
}
