package dev.galley.core.publish;

import java.util.Objects;

/**
 * Facts about one output file that other renderers may show, such as the print PDF's size and
 * page count on the briefing's web page.
 *
 * @param path  the file, relative to the site root
 * @param bytes its size
 * @param pages its page count, 0 when it has no pages
 */
public record Artifact(String path, long bytes, int pages) {
    public Artifact {
        Objects.requireNonNull(path);
    }
}
