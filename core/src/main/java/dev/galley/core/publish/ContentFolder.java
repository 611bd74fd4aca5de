package dev.galley.core.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * What lies under {@code briefings/}: its Markdown files, and the files and folders left out
     * because {@link SkippedFiles} says they are no one's content. Skipped folders are not walked
     * into, and links to folders are not followed.
     *
     * @param briefings Markdown files (and links named {@code *.md}), relative to the content folder, sorted
     * @param skipped   skipped files and folders (a folder with a trailing slash), the same way
     * @param closed    folders the permissions kept Galley from looking into, the same way
     */
    record Listing(List<String> briefings, List<String> skipped, List<String> closed) {
        Listing {
            briefings = List.copyOf(briefings);
            skipped = List.copyOf(skipped);
            closed = List.copyOf(closed);
        }
    }

    /** The briefings and the skipped files under {@code briefings/}. */
    Listing briefings() throws IOException {
        Path dir = root.resolve(BRIEFINGS);
        if (!Files.isDirectory(dir)) {
            return new Listing(List.of(), List.of(), List.of());
        }
        List<String> briefings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                if (!folder.equals(dir) && SkippedFiles.skipped(folder.getFileName().toString())) {
                    skipped.add(relative(folder) + "/");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                if (SkippedFiles.skipped(name)) {
                    skipped.add(relative(file));
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".md")
                        && (attributes.isRegularFile() || (attributes.isSymbolicLink() && !Files.isDirectory(file)))) {
                    // Links are listed whatever they point at, so that reading reports one that
                    // leads out of the folder or nowhere instead of leaving the briefing out unsaid.
                    briefings.add(relative(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof AccessDeniedException) {
                    closed.add(relative(file));
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        briefings.sort(null);
        skipped.sort(null);
        closed.sort(null);
        return new Listing(briefings, skipped, closed);
    }

    /** The folder of a desk's own labels files, one per language: {@code labels/de.yaml}. */
    static final String LABELS = "labels";

    /**
     * The labels files: {@code labels/*.yaml} (not hidden or editor files), relative to the
     * content folder, sorted. Links are listed as briefings' are, for reading to judge.
     */
    List<String> labelFiles() throws IOException {
        Path dir = root.resolve(LABELS);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        try (var entries = Files.newDirectoryStream(dir)) {
            for (Path file : entries) {
                String name = file.getFileName().toString();
                if (!SkippedFiles.skipped(name) && name.toLowerCase(Locale.ROOT).endsWith(".yaml")
                        && !Files.isDirectory(file)) {
                    files.add(relative(file));
                }
            }
        }
        files.sort(null);
        return files;
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
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

    /**
     * The bytes of a file of the folder. A file the editor must fix before it can be read (a link
     * out of the folder or to nothing, a folder where a file should be, a file Galley may not
     * read) is a {@link Refusal}; any other exception means the disk failed the build.
     */
    byte[] read(String relativePath) throws IOException {
        try {
            return Files.readAllBytes(inside(relativePath));
        } catch (AccessDeniedException e) {
            throw unreadable(e);
        }
    }

    /** The file's first {@code limit} + 1 bytes at most: enough to tell that it is too large, without reading it all. */
    byte[] read(String relativePath, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(inside(relativePath))) {
            return in.readNBytes(limit + 1);
        } catch (AccessDeniedException e) {
            throw unreadable(e);
        }
    }

    /** The path of a file of the folder that may be read, or the {@link Refusal} that says why not. */

    private Path inside(String relativePath) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new Refusal("path-outside", "this path leads out of the content folder");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            if (!Files.isSymbolicLink(file)) {
                throw e; // gone since the folder was listed
            }
            throw new Refusal("symlink-broken", "this is a symbolic link to " + Files.readSymbolicLink(file)
                    + ", which does not exist; point it at a file inside the content folder, or put the file here");
        }
        if (!real.startsWith(realRoot)) {
            throw new Refusal("symlink-outside", "this is a symbolic link to " + real
                    + ", outside the content folder " + realRoot + "; a link may point only to a file inside"
                    + " that folder: move or copy the file into it and link to that");
        }
        if (Files.isDirectory(real)) {
            throw new Refusal("not-a-file", "this is a folder, not a file; rename it or move the file here");
        }
        return file;
    }

    /** A file the permissions keep Galley from reading: its owner can fix that, the build cannot. */
    static Refusal unreadable(AccessDeniedException e) {
        return new Refusal("unreadable", "Galley may not read this file (permission denied);"
                + " give it read permission, for example chmod a+r");
    }

    /**
     * Why a file of the content folder cannot be read that lies with the content, not with the
     * machine: reported as a problem of that file ({@code code}), so the run exits with 1 and
     * goes on to report every other file.
     */
    static final class Refusal extends IOException {
        private final String code;

        Refusal(String code, String message) {
            super(message);
            this.code = code;
        }

        String code() {
            return code;
        }
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

    /**
     * Whether there is anything called {@code galley.yaml}: a link to nowhere or a folder of
     * that name is a mistake {@link #read} reports, not a desk without settings.
     */
    boolean hasConfig() {
        return Files.exists(root.resolve(CONFIG), LinkOption.NOFOLLOW_LINKS);
    }
}
