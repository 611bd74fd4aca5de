package dev.galley.core.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renderers' outputs kept between builds on disk, each under a key that digests everything the
 * output was made from ({@link CacheKey}), so a briefing whose inputs did not change is not set
 * again: not in the next {@code galley publish}, not in the next Maven build, not in the live
 * preview. The values are opaque to core; each renderer reads back what it wrote.
 *
 * <p>An entry is written to a temporary file and moved into place, so a crash leaves no torn
 * entry; a value a renderer cannot read back counts as a miss. After a full build, entries the
 * build did not use are removed, so the folder holds one site's worth. One build at a time may
 * use a cache folder.
 */
public final class BuildCache {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private BuildCache(Path dir) {
        this.dir = dir;
    }

    /** A cache in {@code dir}, created when first written to. */
    static BuildCache in(Path dir) {
        return new BuildCache(dir.toAbsolutePath().normalize());
    }

    /** The value kept under {@code key} by an earlier build, if any. */
    Optional<byte[]> get(String key) {
        Path file = file(key);
        used.add(key);
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // an unreadable entry is a miss; rendering makes it again
        }
    }

    /** Keeps {@code value} under {@code key}; a cache that cannot be written is only slower. */
    void put(String key, byte[] value) {
        Path file = file(key);
        used.add(key);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".", ".part");
            try {
                Files.write(temp, value);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // Not fatal: the output is already made; the next build renders this briefing again.
        }
    }

    /** Removes the entries this build did not use (after a full build only: it used all it needs). */
    void prune() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir, 2)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !used.contains(f.getFileName().toString()))
                    .forEach(f -> {
                        try {
                            Files.deleteIfExists(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // Left-over entries cost only disk space.
        }
    }

    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }
}
