package dev.galley.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A whole content folder written in one string, for tests that read like the site they build:
 * <pre>
 * -- galley.yaml --
 * title: Desk
 * -- briefings/a.md --
 * ---
 * title: A
 * ---
 * Body.
 * </pre>
 */
public final class ContentFixture {

    private ContentFixture() {
    }

    /** The files of {@code spec}, by path, in order. */
    public static Map<String, String> files(String spec) {
        Map<String, String> files = new LinkedHashMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : spec.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (current != null) {
                    files.put(current, text.toString());
                }
                current = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        if (current != null) {
            files.put(current, text.toString());
        }
        return files;
    }

    /** Writes {@code spec}'s files under {@code dir} (UTF-8) and returns {@code dir}. */
    public static Path write(Path dir, String spec) {
        try {
            for (Map.Entry<String, String> file : files(spec).entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed briefing as the content module ships it: the source text with front matter. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("content/galley.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the Galley repository");
        }
        return dir;
    }
}
