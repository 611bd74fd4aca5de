package dev.galley.core.serve;

import dev.galley.core.publish.SkippedFiles;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches a content folder (briefings, images, templates, {@code galley.yaml}) and hands over
 * the set of changed files once a burst of saves has settled. Folders it must not watch (the
 * output, hidden folders such as {@code .git}) are skipped, and so are the files no build reads
 * ({@link SkippedFiles}: an editor's swap file changes with every keystroke).
 */
final class ContentWatcher implements AutoCloseable {

    /**
     * Editors save in bursts (temp file, rename, touch), the events of one burst a fraction of a
     * millisecond apart; one rebuild per burst. The JDK's watch service on Linux is inotify's
     * (events arrive as they happen, no polling), so this quiet time is all the watcher adds to a
     * save's latency; it was 25 ms, a quarter of the edited page's budget.
     */
    private static final long SETTLE_MILLIS = 5;

    private final Path root;
    private final Path ignored;
    private final WatchService service;

    /**
     * @param root    the content folder
     * @param ignored a folder inside it that is not content (where the output goes), or null
     */
    ContentWatcher(Path root, Path ignored) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.ignored = ignored == null ? null : ignored.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(this.root);
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (skip(d)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private boolean skip(Path dir) {
        if (ignored != null && dir.startsWith(ignored)) {
            return true;
        }
        return !dir.equals(root) && SkippedFiles.skipped(dir.getFileName().toString());
    }

    /**
     * Waits for the next burst of changes and returns the changed files, relative to the content
     * folder; empty when interrupted or closed.
     */
    Set<String> next() throws InterruptedException {
        Set<String> changed = new TreeSet<>();
        Set<String> created = new TreeSet<>();
        try {
            WatchKey key = service.take();
            collect(key, changed, created);
            while ((key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                collect(key, changed, created);
            }
        } catch (ClosedWatchServiceException e) {
            return Set.of();
        }
        // Editors and tools save through temporary files that are created and gone again within
        // the burst (sed's sedXXXX, an editor's .swp): they are not content changes.
        created.removeIf(path -> Files.exists(root.resolve(path)));
        changed.removeAll(created);
        return changed;
    }

    private void collect(WatchKey key, Set<String> changed, Set<String> created) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add("");
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (skip(path.getParent()) || (ignored != null && path.startsWith(ignored))) {
                continue;
            }
            if (SkippedFiles.skipped(path.getFileName().toString())) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // a folder that vanished again; nothing to watch
                }
            }
            String relative = root.relativize(path).toString().replace('\\', '/');
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                created.add(relative);
            }
            changed.add(relative);
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
