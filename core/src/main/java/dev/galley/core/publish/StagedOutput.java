package dev.galley.core.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Moves the folders {@code dirs} (unchanged briefings' outputs, relative paths) from the live
     * output {@code live} into the staging folder, just before {@link #commit}: one rename each,
     * where linking their files one by one took a third of a preview's rebuild at a thousand
     * briefings, and the replaced output left to delete is that much smaller. For the
     * milliseconds between these renames and the commit the live site lacks those folders, as it
     * lacks everything between the commit's own two renames. A folder a renderer also wrote into
     * is merged by links instead. If a move fails, those already made are moved back, so the live
     * output is as it was.
     */
    void carry(Path live, List<String> dirs) throws IOException {
        List<String> moved = new ArrayList<>();
        try {
            for (String dir : dirs) {
                Path from = live.resolve(dir);
                Path to = staging.resolve(dir);
                if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                    linkTree(from, to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                move(from, to);
                moved.add(dir);
            }
        } catch (IOException | RuntimeException e) {
            for (String dir : moved) {
                try {
                    move(staging.resolve(dir), live.resolve(dir));
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
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
