package dev.galley.core.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content folder on disk: where {@code galley.yaml} and the briefings are, and which files
 * may be read. Files reached through links that lead out of the folder are not content.
 */
final class ContentFolder {

    static final String CONFIG = "galley.yaml";
    static final String BRIEFINGS = "briefings";

    private final Path root;
    private final Path realRoot;

    ContentFolder(Path root) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
    }

    Path root() {
        return root;
    }

    /** Markdown files under {@code briefings/}, relative to the content folder, sorted. */
    List<String> briefingPaths() throws IOException {
        Path dir = root.resolve(BRIEFINGS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> Files.isRegularFile(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** Whether {@code relativePath} names a regular file that really lies inside the folder. */
    boolean isInside(String relativePath) {
        try {
            Path file = root.resolve(relativePath).normalize();
            return file.startsWith(root) && Files.isRegularFile(file)
                    && file.toRealPath().startsWith(realRoot);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    byte[] read(String relativePath) throws IOException {
        return Files.readAllBytes(inside(relativePath));
    }

    /** The file's first {@code limit} + 1 bytes at most: enough to tell that it is too large, without reading it all. */
    byte[] read(String relativePath, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(inside(relativePath))) {
            return in.readNBytes(limit + 1);
        }
    }

    private Path inside(String relativePath) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || !file.toRealPath().startsWith(realRoot)) {
            throw new IOException("it is a link to a file outside the content folder");
        }
        return file;
    }

    /**
     * A plain file's size, modification time and identity, which change whenever it is saved;
     * empty for links (their target's changes would not show) and for files that cannot be read.
     */
    Optional<Stamp> stamp(String relativePath) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(root.resolve(relativePath).normalize(),
                    BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile()
                    ? Optional.of(new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What {@link #stamp} tells of a file; {@code identity} is the file system's own key, if it has one. */
    record Stamp(long size, FileTime modified, Object identity) {
    }

    boolean hasConfig() {
        return Files.isRegularFile(root.resolve(CONFIG));
    }
}
