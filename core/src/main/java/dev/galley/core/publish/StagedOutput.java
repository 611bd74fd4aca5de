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
 * output exactly as it was. (An incremental build moves unchanged folders out of the live output
 * just before the commit, {@link #carry}; if the commit fails they are moved back.)
 */
final class StagedOutput implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;
    /** Folders {@link #carry} moved here from the live output, to put back unless committed. */
    private final List<String> carried = new ArrayList<>();
    private Path carriedFrom;

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
        boolean replaced = false;
        try {
            deleteTree(previous); // left by a run that was killed, or by a cleanup that failed
            if (Files.exists(target)) {
                move(target, previous);
                replaced = true;
            }
            move(staging, target);
        } catch (IOException | RuntimeException e) {
            if (replaced) {
                try {
                    move(previous, target);
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e; // close() puts the carried folders back
        }
        committed = true;
        carried.clear();
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
        carriedFrom = live;
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
                carried.add(dir);
            }
        } catch (IOException | RuntimeException e) {
            putBack(e);
            throw e;
        }
    }

    /** Moves the carried folders back to the live output; failures are added to {@code failure}. */
    private void putBack(Throwable failure) {
        for (String dir : carried) {
            try {
                move(staging.resolve(dir), carriedFrom.resolve(dir));
            } catch (IOException undo) {
                if (failure != null) {
                    failure.addSuppressed(undo);
                }
            }
        }
        carried.clear();
    }

    /**
     * Discards the staging folder unless it was committed, after putting back what {@link #carry}
     * took from the live output: a build that fails at its very end still loses nothing.
     */
    @Override
    public void close() throws IOException {
        if (!committed) {
            putBack(null);
            deleteTree(staging);
        }
    }

    /**
     * Recreates {@code from}'s files under {@code to}, hard-linked where possible, else copied;
     * files already under {@code to} are kept.
     */
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
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    return FileVisitResult.CONTINUE; // written in this build: the new file wins
                }
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
