package dev.galley.core.serve;

import dev.galley.core.diagnostic.DiagnosticJson;
import dev.galley.core.publish.BuildMemory;
import dev.galley.core.publish.FirstPages;
import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The editor's loop: publish, serve the site (on 127.0.0.1 unless told otherwise, and only to
 * its own names: see {@link PreviewAccess}), and on every saved change publish
 * again and tell open pages to reload, or show the problems over them while the content is broken.
 * The server keeps running through broken content; {@link #close()} (Ctrl-C) stops it cleanly.
 *
 * <p>A save that changes only briefings' Markdown is shown in two steps. The publisher first
 * renders the edited briefings' own pages, PDFs and images into memory ({@link FirstPages}); the
 * server serves those over the site and reloads the pages that show one of them. Then the rest of
 * the rebuild (the neighbours' pages, listings, feed, search index, the staged output's swap)
 * runs as before, and every other page reloads once the site is whole. The output folder itself
 * is only ever replaced whole, by the staged commit: the first pages live in the server's memory,
 * not in the folder, and are the bytes the rebuild then writes there (the server checks, and
 * reloads a page again if they were not).
 */
public final class LivePreview implements AutoCloseable {

    private final Publisher publisher;
    private final PublishRequest request;
    private final Consumer<String> log;
    private final PreviewServer server;
    private final ContentWatcher watcher;
    private final Thread loop;
    private final BuildMemory memory = new BuildMemory();
    private volatile boolean closed;

    /**
     * Publishes once, then starts serving on 127.0.0.1 and watching.
     *
     * @param port a port, or 0 for any free one
     * @param log  where one line per rebuild goes
     */
    public LivePreview(Publisher publisher, PublishRequest request, int port, Consumer<String> log)
            throws IOException {
        this(publisher, request, PreviewAccess.loopback(port), log);
    }

    /**
     * Publishes once, then starts serving where {@code access} says and watching.
     *
     * @param log where one line per rebuild goes, and a warning when other machines can reach the preview
     */
    public LivePreview(Publisher publisher, PublishRequest request, PreviewAccess access, Consumer<String> log)
            throws IOException {
        this.publisher = publisher;
        this.request = request;
        this.log = log;
        this.watcher = new ContentWatcher(request.contentDir(), outputArea(request));
        try {
            rebuild(Set.of(), null);
            this.server = new PreviewServer(request.outputDir(), access);
        } catch (IOException | RuntimeException e) {
            // A port in use must not leave the folder watched, nor the old output half deleted.
            try {
                watcher.close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            memory.awaitCleanup();
            throw e;
        }
        if (!access.bind().isLoopbackAddress()) {
            log.accept("galley serve: other machines can reach this preview (listening on "
                    + access.bind().getHostAddress() + "); whoever opens it reads drafts and embargoed briefings too");
        }
        this.loop = new Thread(this::watch, "galley-watch");
        this.loop.setDaemon(true);
        this.loop.start();
    }

    /**
     * The folder the output and its staging siblings live in, when it lies inside the content
     * folder (as {@code content/target/site} does): changes there are Galley's own, not the editor's.
     */
    private static Path outputArea(PublishRequest request) {
        Path parent = request.outputDir().getParent();
        return parent != null && parent.startsWith(request.contentDir()) && !parent.equals(request.contentDir())
                ? parent : request.outputDir();
    }

    public URI address() {
        return server.address();
    }

    private void watch() {
        while (!closed) {
            try {
                Set<String> changed = watcher.next();
                if (closed) {
                    return;
                }
                if (!changed.isEmpty()) {
                    rebuild(changed, server);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.accept("galley serve: rebuild failed: " + e);
            }
        }
    }

    private void rebuild(Set<String> changed, PreviewServer to) {
        long started = System.nanoTime();
        long[] first = {0};
        PublishReport report;
        try {
            report = to == null ? publisher.publish(request, memory, changed)
                    : publisher.publish(request, memory, changed, pages -> {
                        to.showFirst(pages.files());
                        first[0] = System.nanoTime();
                    });
        } catch (RuntimeException e) {
            if (to != null && first[0] != 0) {
                // The first pages were shown but the site was not rebuilt: back to the site as it is.
                to.reload();
            }
            throw e;
        }
        if (report.hasErrors() || !report.written()) {
            report.diagnostics().forEach(d -> log.accept(d.format()));
            if (to != null) {
                to.problems(DiagnosticJson.of(report.diagnostics()));
            }
        } else if (to != null) {
            to.reload();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String edited = first[0] == 0 ? "" : "; edited pages shown after " + (first[0] - started) / 1_000_000 + " ms";
        log.accept("galley serve: " + (changed.isEmpty() ? "" : String.join(", ", changed) + " changed; ")
                + report.summary() + edited
                + (changed.isEmpty() ? "" : "; pages notified " + millis + " ms after the change"));
    }

    @Override
    public void close() throws IOException {
        closed = true;
        loop.interrupt();
        watcher.close();
        server.close();
        memory.awaitCleanup();
    }
}
