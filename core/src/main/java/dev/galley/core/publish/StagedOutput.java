package dev.galley.core.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A staging folder beside the output folder. Renderers write into it; only when all of them
 * succeeded does it replace the output folder, by renames, so a failed build leaves the previous
 * output exactly as it was.
 */
final class StagedOutput implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    StagedOutput(Path target) throws IOException {
        this.target = target;
        Path parent = target.getParent();
        Files.createDirectories(parent);
        this.staging = parent.resolve("." + target.getFileName() + ".staging");
        deleteTree(staging); // left by a run that was killed
        Files.createDirectories(staging);
    }

    Path dir() {
        return staging;
    }

    /**
     * Puts the staged output in place of the target, by two renames. Returns the folder the
     * replaced output was moved to, for the caller to delete (at once, or after telling the
     * browser to reload).
     */
    Path commit() throws IOException {
        Path previous = target.getParent().resolve("." + target.getFileName() + ".previous");
        deleteTree(previous); // left by a run that was killed
        if (Files.exists(target)) {
            move(target, previous);
        }
        move(staging, target);
        committed = true;
        return previous;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Discards the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    /** Recreates {@code from}'s files under {@code to}, hard-linked where possible, else copied. */
    static void linkTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                try {
                    Files.createLink(target, file);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, target);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
