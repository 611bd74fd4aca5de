package dev.galley.core.text;

import java.util.Arrays;
import java.util.Optional;

/** Paths that settings give to files of the content folder. */
public final class ContentPaths {

    private ContentPaths() {
    }

    /**
     * {@code text} as a relative path inside the content folder, with slashes; empty when it
     * would leave the folder ({@code ..}, a leading slash, a drive) or has an empty segment.
     */
    public static Optional<String> relative(String text) {
        String path = text.strip().replace('\\', '/');
        boolean inside = !path.isEmpty() && !path.startsWith("/") && !path.contains(":")
                && Arrays.stream(path.split("/")).noneMatch(s -> s.equals("..") || s.isEmpty());
        return inside ? Optional.of(path) : Optional.empty();
    }
}
