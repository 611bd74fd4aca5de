package dev.galley.core.publish;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.DiagnosticSink;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.image.SvgSanitizer;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.SourcePos;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A renderer's door to the outside: the output folder (a staging folder that is moved into place
 * only when every renderer succeeded), the content folder's assets, the build's settings, the
 * diagnostics, and the build's threads.
 */
public final class RenderContext {

    private final Path outputDir;
    private final Path contentDir;
    private final BuildContext build;
    /** A content-relative path as editors see it in diagnostics. */
    private final Function<String, String> displayPath;
    private final DiagnosticSink sink;
    private final ExecutorService executor;
    private final Optional<BuildCache> cache;
    private final SvgFiles svgs;
    private final Map<String, Artifact> artifacts = new ConcurrentHashMap<>();
    /** The files written, by output-relative path, when this run keeps them in memory; null when it writes to disk. */
    private final Map<String, byte[]> inMemory;
    /** Outputs kept by an earlier run of the same build, whether or not the build has a cache; or null. */
    private volatile Map<String, byte[]> keptInBuild;
    private volatile Set<String> dirty;
    private volatile Progress progress = Progress.NONE;
    private volatile String stage = "render";

    /** A context whose SVG files are cleaned as renderers ask for them (for renderers run on their own). */
    RenderContext(Path outputDir, Path contentDir, BuildContext build,
                  Function<String, String> displayPath, DiagnosticSink sink,
                  ExecutorService executor, Optional<BuildCache> cache) {
        this(outputDir, contentDir, build, displayPath, sink, executor, cache, null);
    }

    /** @param svgs the SVG files the build cleaned while checking the content */
    RenderContext(Path outputDir, Path contentDir, BuildContext build,
                  Function<String, String> displayPath, DiagnosticSink sink,
                  ExecutorService executor, Optional<BuildCache> cache, SvgFiles svgs) {
        this(outputDir, contentDir, build, displayPath, sink, executor, cache, svgs, null);
    }

    /**
     * A context for a run that makes only the briefings' own outputs ({@link #briefingsOnly()})
     * and keeps its files in memory ({@link #written()}), nothing under {@code outputDir}: the
     * live preview serves them while the whole site is built after it.
     */
    static RenderContext briefingsInMemory(Path outputDir, Path contentDir, BuildContext build,
                                           Function<String, String> displayPath, DiagnosticSink sink,
                                           ExecutorService executor, Optional<BuildCache> cache, SvgFiles svgs) {
        return new RenderContext(outputDir, contentDir, build, displayPath, sink, executor, cache, svgs,
                new ConcurrentHashMap<>());
    }

    private RenderContext(Path outputDir, Path contentDir, BuildContext build,
                          Function<String, String> displayPath, DiagnosticSink sink,
                          ExecutorService executor, Optional<BuildCache> cache, SvgFiles svgs,
                          Map<String, byte[]> inMemory) {
        this.inMemory = inMemory;
        this.svgs = svgs != null ? svgs : new SvgFiles((path, limit) -> {
            try (InputStream in = Files.newInputStream(contentFile(path))) {
                return in.readNBytes(limit + 1);
            }
        }, new BuildMemory());
        this.outputDir = outputDir.toAbsolutePath().normalize();
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.build = Objects.requireNonNull(build);
        this.displayPath = displayPath;
        this.sink = sink;
        this.executor = executor;
        this.cache = cache;
    }

    public BuildContext build() {
        return build;
    }

    /**
     * The briefings whose own outputs (everything under {@link dev.galley.core.model.Site#briefingDir})
     * must be rendered in this run. In an incremental run the others' outputs are carried over from
     * the last build when it is committed; pages that list briefings are always rendered. Those own
     * outputs may depend only on the briefing, its neighbours in the site's order, the settings and
     * the renderer's templates.
     */
    public List<Briefing> toRender(List<Briefing> briefings) {
        Set<String> only = dirty;
        return only == null ? briefings : briefings.stream().filter(b -> only.contains(b.slug())).toList();
    }

    /**
     * Whether this run makes only the own outputs of the briefings {@link #toRender} names, and
     * nothing that lists or gathers briefings (index and topic pages, the feed, the search index,
     * the sitemap) nor the site's shared assets. The live preview runs so first, on the edited
     * briefings, to show their pages at once; it does so only when the settings and templates are
     * those of the last build, so the shared assets already on the site are the ones these pages
     * name. What such a run writes must be byte for byte what the full run after it writes.
     */
    public boolean briefingsOnly() {
        return inMemory != null;
    }

    /** What this run wrote, by output-relative path, when it keeps its files in memory; else empty. */
    Map<String, byte[]> written() {
        return inMemory == null ? Map.of() : Map.copyOf(inMemory);
    }

    /**
     * Lets this run recall what another run of the same build kept ({@link #keep}), cache or no
     * cache: the full run after a {@link #briefingsOnly()} run then does not set the same PDF twice.
     */
    void shareKept(Map<String, byte[]> kept) {
        this.keptInBuild = kept;
    }

    void reportProgress(Progress progress) {
        this.progress = progress;
    }

    void stage(String name) {
        this.stage = name;
    }

    void renderOnly(Set<String> slugs) {
        this.dirty = Set.copyOf(slugs);
    }

    Map<String, Artifact> artifacts() {
        return Map.copyOf(artifacts);
    }

    /**
     * Opens a file of the output for writing, creating its folders. {@code relativePath} uses
     * forward slashes and may not leave the output folder.
     */
    public OutputStream create(String relativePath) throws IOException {
        if (inMemory != null) {
            String path = memoryPath(relativePath);
            return new ByteArrayOutputStream(1 << 16) {
                @Override
                public void close() {
                    inMemory.put(path, toByteArray());
                }
            };
        }
        return new BufferedOutputStream(Files.newOutputStream(freshFile(relativePath)), 1 << 16);
    }

    /** Writes a whole output file at once. */
    public void write(String relativePath, byte[] bytes) throws IOException {
        if (inMemory != null) {
            inMemory.put(memoryPath(relativePath), bytes.clone());
            return;
        }
        Files.write(freshFile(relativePath), bytes);
    }

    /** The output-relative path, with forward slashes, of a file kept in memory. */
    private String memoryPath(String relativePath) throws IOException {
        return outputDir.relativize(resolveOutput(relativePath)).toString().replace('\\', '/');
    }

    /**
     * A file of the content folder (an image, say), by its path relative to the content folder as
     * the model gives it. The reader has already checked that it stays inside the folder; this
     * checks again so that no renderer can be led outside.
     */
    public Path contentFile(String relativePath) throws IOException {
        Path file = contentDir.resolve(relativePath).normalize();
        if (!file.startsWith(contentDir)) {
            throw new IOException("refusing to read outside the content folder: " + relativePath);
        }
        return file;
    }

    /**
     * The content folder's SVG file {@code relativePath} as the site may publish it: rewritten by
     * {@link SvgSanitizer} without scripts, handlers or references out of the image, or refused
     * (a problem the build has reported wherever a briefing uses the file). Each file is cleaned
     * once per build, while the content is checked, and every renderer gets that same form: an
     * SVG is never published from {@link #contentFile} as it is.
     */
    public SvgSanitizer.Result svg(String relativePath) {
        return svgs.get(relativePath);
    }

    /**
     * The output file's path, its folders made and any file already there removed, so that no
     * file is ever written through a hard link to another build's output.
     */
        private Path freshFile(String relativePath) throws IOException {
        Path target = resolveOutput(relativePath);
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        return target;
    }

    private Path resolveOutput(String relativePath) throws IOException {
        Path target = outputDir.resolve(relativePath).normalize();
        if (!target.startsWith(outputDir) || target.equals(outputDir)) {
            throw new IOException("refusing to write outside the output folder: " + relativePath);
        }
        return target;
    }

    /**
     * Whether this build keeps outputs between builds, or between the runs of one build (see
     * {@link #briefingsOnly()}); otherwise keys need not be made.
     */
    public boolean caches() {
        return cache.isPresent() || keptInBuild != null;
    }

    /**
     * What a renderer kept under {@code key} (see {@link CacheKey}) in an earlier build, when
     * this build has a cache and the cache has it.
     */
    public Optional<byte[]> recall(String key) {
        Map<String, byte[]> kept = keptInBuild;
        byte[] inBuild = kept == null ? null : kept.get(key);
        return inBuild != null ? Optional.of(inBuild) : cache.flatMap(c -> c.get(key));
    }

    /** Keeps {@code value} under {@code key} for later builds, when this build has a cache. */
    public void keep(String key, byte[] value) {
        Map<String, byte[]> kept = keptInBuild;
        if (kept != null) {
            kept.put(key, value);
        }
        cache.ifPresent(c -> c.put(key, value));
    }

    /** Records facts about an output file for renderers that run later. */
    public void recordArtifact(Artifact artifact) {
        artifacts.put(artifact.path(), artifact);
    }

    /** Facts an earlier renderer recorded about {@code relativePath}, if any. */
    public Optional<Artifact> artifact(String relativePath) {
        return Optional.ofNullable(artifacts.get(relativePath));
    }

    /** Reports a problem found while rendering {@code briefing}, at {@code pos} in its source. */
    public void report(Severity severity, Briefing briefing, SourcePos pos, String code, String message) {
        sink.report(new Diagnostic(severity, displayPath.apply(briefing.source()), pos, code, message));
    }

    /**
     * Reports a problem in a file of the content folder that is not a briefing, such as a
     * template in {@code templates/}, at {@code pos} in it.
     */
    public void reportFile(Severity severity, String contentPath, SourcePos pos, String code, String message) {
        sink.report(new Diagnostic(severity, displayPath.apply(contentPath), pos, code, message));
    }

    /**
     * Runs {@code task} once per item on the build's threads and waits for all of them. Output
     * must not depend on which thread ran what: each task writes its own files.
     */
    public <T> void forEach(List<T> items, IoTask<T> task) throws IOException {
        List<Future<?>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(executor.submit(() -> {
                task.run(item);
                return null;
            }));
        }
        IOException failure = null;
        int done = 0;
        String current = stage;
        for (Future<?> future : futures) {
            try {
                future.get();
                progress.step(current, ++done, futures.size());
            } catch (ExecutionException e) {
                failure = accumulate(failure, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while rendering", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static IOException accumulate(IOException failure, Throwable cause) {
        if (failure != null) {
            failure.addSuppressed(cause);
            return failure;
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException || cause instanceof Error) {
            return new IOException(cause.toString(), cause);
        }
        return new IOException(cause);
    }

    /** A piece of rendering work on one item that may fail with an I/O error. */
    @FunctionalInterface
    public interface IoTask<T> {
        void run(T item) throws IOException;
    }
}
