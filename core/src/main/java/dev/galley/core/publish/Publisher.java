package dev.galley.core.publish;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.BriefingList;
import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SourcePos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a whole build: reads the settings and every briefing (in parallel), reports every
 * problem of every file, and only if there is no error runs the renderers into a staging folder
 * that then replaces the output folder. The Maven plugin and the command line are thin wrappers
 * around this class, so both behave the same.
 */
public final class Publisher {

    /**
     * Stack for reading and rendering threads. Markdown nests (lists in quotes in lists), and a
     * hostile file can nest thousands deep; a large stack turns that into a clear diagnostic
     * instead of a crash.
     */
    private static final long THREAD_STACK_BYTES = 64L * 1024 * 1024;

    private final List<Renderer> renderers;
    private final AtomicBoolean prepared = new AtomicBoolean();
    /** The renderers whose {@link Renderer#prepare} no thread has begun. */
    private final Queue<Renderer> unprepared = new ConcurrentLinkedQueue<>();
    private final Progress progress;

    private static final Comparator<Renderer> ORDER = Comparator.comparingInt(Renderer::order)
            .thenComparing(Renderer::name);

    /** @param renderers the outputs to produce, run one after the other by {@link Renderer#order()} */
    public Publisher(List<Renderer> renderers) {
        this(renderers, Progress.NONE);
    }

    private Publisher(List<Renderer> renderers, Progress progress) {
        this.renderers = renderers.stream().sorted(ORDER).toList();
        this.progress = progress;
    }

    /** This publisher, telling {@code progress} how far each stage has got. */
    public Publisher withProgress(Progress progress) {
        return new Publisher(renderers, progress);
    }

    /**
     * A publisher with every renderer on the class path (registered as {@link Renderer} services),
     * run in the order of their names so that runs are repeatable.
     */
    public static Publisher withInstalledRenderers() {
        List<Renderer> found = new ArrayList<>();
        ServiceLoader.load(Renderer.class, Renderer.class.getClassLoader()).forEach(found::add);
        found.sort(ORDER);
        return new Publisher(found);
    }

    /** The renderers this publisher runs, in order. */
    public List<Renderer> renderers() {
        return renderers;
    }

    /** Reads and renders; replaces the output folder only when nothing failed. */
    public PublishReport publish(PublishRequest request) {
        return run(request, true, new BuildMemory(), Set.of(), false, null);
    }

    /**
     * Publishes again after {@code changedFiles} (paths relative to the content folder) changed,
     * re-rendering only what they touch when {@code memory} holds the last build into the same
     * output folder. The result is the same, byte for byte, as a full publish. The replaced output
     * is deleted in the background; {@link BuildMemory#awaitCleanup()} waits for that.
     */
    public PublishReport publish(PublishRequest request, BuildMemory memory, Set<String> changedFiles) {
        return run(request, true, memory, changedFiles, true, null);
    }

    /**
     * As {@link #publish(PublishRequest, BuildMemory, Set)}, and when the change touches only
     * briefings' Markdown (same settings, templates and set of briefings), renders the briefings it
     * dirties first, their own outputs only ({@link RenderContext#briefingsOnly()}), into memory,
     * and hands those files to {@code firstPages} before the rest of the site is built: the live
     * preview serves the edited page from them at once. They are the same bytes the build then
     * writes at the same paths; nothing is handed over when the content has errors, when the whole
     * site must be rendered again, or when a renderer fails.
     */
    public PublishReport publish(PublishRequest request, BuildMemory memory, Set<String> changedFiles,
                                 Consumer<FirstPages> firstPages) {
        return run(request, true, memory, changedFiles, true, Objects.requireNonNull(firstPages));
    }

    /** Reads and reports, writing nothing. */
    public PublishReport check(PublishRequest request) {
        return run(request, false, new BuildMemory(), Set.of(), false, null);
    }

    private PublishReport run(PublishRequest request, boolean write, BuildMemory memory, Set<String> changedFiles,
                              boolean deferCleanup, Consumer<FirstPages> firstPages) {
        long started = System.nanoTime();
        List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
        String contentName = request.display(request.contentDir());
        ExecutorService executor = Executors.newFixedThreadPool(request.build().threads(), threads());
        try {
            if (!Files.isDirectory(request.contentDir())) {
                diagnostics.add(new Diagnostic(Severity.ERROR, contentName, SourcePos.START, "content-missing",
                        "there is no content folder here"));
                return report(diagnostics, 0, 0, List.of(), List.of(), false, started, List.of());
            }
            if (request.contentDir().startsWith(request.outputDir())) {
                diagnostics.add(new Diagnostic(Severity.ERROR, contentName, SourcePos.START, "output-overlaps",
                        "the output folder " + request.outputDir() + " contains the content folder;"
                                + " publishing would replace the sources"));
                return report(diagnostics, 0, 0, List.of(), List.of(), false, started, List.of());
            }
            ContentFolder content = new ContentFolder(request.contentDir());
            ContentReading reading = new ContentReading(content, request, executor, memory, progress, diagnostics);
            SiteConfig config = reading.config();
            if (write) {
                prepare(config);
            }
            if (changedFiles.isEmpty() || changedFiles.stream().anyMatch(f -> !f.endsWith(".md"))) {
                // Reading checks that images exist: once other files change, earlier reads may be stale.
                memory.keepReads(List.of());
            }
            // "" is a watcher's word for "events were lost": then every file is read again.
            BriefingList briefings = reading.briefings(config, changedFiles.isEmpty() || changedFiles.contains("")
                    ? Optional.empty() : Optional.of(changedFiles));
            reading.check(config, briefings);
            Set<String> failing = request.keepGoing() ? reading.failingBriefings() : Set.of();
            if (!failing.isEmpty()) {
                briefings = briefings.filter(entry -> !failing.contains(reading.fileOf(entry)));
            }

            Selection selection = Selection.of(briefings, request.build());
            BriefingList published = selection.published();
            List<String> drafts = selection.drafts();
            List<String> embargoed = selection.embargoed();
            int read = briefings.size() + failing.size();
            if (!write || blocked(diagnostics, request, failing)) {
                return report(diagnostics, read, 0, drafts, embargoed, false, started, reading.skipped())
                        .withExpired(selection.expired()).withFailing(List.copyOf(failing));
            }
            Site site = new Site(config, published);
            Optional<DirtySet> dirty = DirtySet.of(memory.last(), config, published, changedFiles);
            boolean written = render(site, published, content, reading.svgs(), request, executor, diagnostics,
                    memory, dirty, deferCleanup, failing, firstPages);
            int pages = !written ? 0 : memory.last().map(s -> s.artifacts().values().stream()
                    .filter(a -> a.path().endsWith(".pdf")).mapToInt(Artifact::pages).sum()).orElse(0);
            return report(diagnostics, read, written ? published.size() : 0, drafts, embargoed,
                    written, started, reading.skipped()).withPdfPages(pages).withExpired(selection.expired())
                    .withFailing(List.copyOf(failing));
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(Severity.ERROR, contentName, SourcePos.START, "io",
                    "cannot publish: " + describe(e)));
            return report(diagnostics, 0, 0, List.of(), List.of(), false, started, List.of());
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Starts the renderers' {@link Renderer#prepare} on a thread of its own, the first time this
     * publisher builds: the seed briefing's build spent a quarter of its time loading fonts,
     * patterns and templates one after the other on one core while the other waited. (Once
     * rendering starts, {@link #prepareRest} may add a second.)
     */
    private void prepare(SiteConfig config) {
        if (!prepared.compareAndSet(false, true)) {
            return;
        }
        unprepared.addAll(renderers);
        prepareOnThread(config, "galley-prepare");
    }

    /**
     * Once rendering starts, a second thread takes the preparations not begun yet. A short run
     * reaches its print version while the fonts are still being read, and the PDF waits for them
     * with a core idle, where the site's templates, next in turn, were read only after the fonts.
     * (Started with the first thread, the second slowed the reading of the briefings instead.)
     */
    private void prepareRest(SiteConfig config) {
        if (!unprepared.isEmpty()) {
            prepareOnThread(config, "galley-prepare-2");
        }
    }

    private void prepareOnThread(SiteConfig config, String name) {
        Thread thread = new Thread(() -> {
            for (Renderer renderer = unprepared.poll(); renderer != null; renderer = unprepared.poll()) {
                try {
                    renderer.prepare(config);
                } catch (RuntimeException | LinkageError e) {
                    // render() meets the same problem and reports it where it belongs
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private boolean render(Site site, BriefingList published, ContentFolder content, SvgFiles svgs,
                           PublishRequest request,
                           ExecutorService executor, List<Diagnostic> diagnostics, BuildMemory memory,
                           Optional<DirtySet> dirty, boolean deferCleanup, Set<String> failing,
                           Consumer<FirstPages> firstPages)
            throws IOException {
        Optional<BuildMemory.Snapshot> last = memory.last();
        memory.forget(); // until this build succeeds, the output folder's contents are not known
        Optional<BuildCache> cache = request.cacheDir().map(BuildCache::in);
        Function<String, String> display = path -> request.display(content.root().resolve(path));
        // What the first run keeps (a PDF set), the full run recalls, cache or no cache.
        Map<String, byte[]> kept = new ConcurrentHashMap<>();
        boolean firstRun = dirty.isPresent() && !dirty.get().edited().isEmpty() && firstPages != null;
        if (firstRun) {
            List<Diagnostic> found = Collections.synchronizedList(new ArrayList<>());
            RenderContext first = RenderContext.briefingsInMemory(request.outputDir(), content.root(),
                    request.build(), display, found::add, executor, cache, svgs);
            renderFirst(site, published, dirty.get().edited(), first, found, last, kept, request, failing)
                    .ifPresent(firstPages);
        }
        try (StagedOutput staged = new StagedOutput(request.outputDir())) {
            RenderContext context = new RenderContext(staged.dir(), content.root(), request.build(), display,
                    diagnostics::add, executor, cache, svgs);
            if (firstRun) { // a full rebuild would otherwise hold every PDF it sets in memory to the end
                context.shareKept(kept);
            }
            context.reportProgress(progress);
            prepareRest(site.config());
            List<String> carried = dirty.isPresent()
                    ? carryOver(published, dirty.get().slugs(), context, last) : List.of();
            for (Renderer renderer : renderers) {
                try {
                    context.stage(renderer.name());
                    renderer.render(site, context);
                } catch (IOException | RuntimeException e) {
                    diagnostics.add(new Diagnostic(Severity.ERROR, request.display(content.root()),
                            SourcePos.START, "render-" + renderer.name(),
                            "the " + renderer.name() + " output could not be made: " + describe(e)));
                    return false;
                }
            }
            if (blocked(diagnostics, request, failing)) {
                return false;
            }
            memory.awaitCleanup(); // the output replaced last time must be gone before this commit
            staged.carry(request.outputDir(), carried);
            Path replaced = staged.commit();
            if (dirty.isEmpty()) {
                cache.ifPresent(BuildCache::prune); // a full build used every entry it still needs
            }
            memory.remember(new BuildMemory.Snapshot(site.config(), published, context.artifacts()));
            if (deferCleanup) {
                memory.deleteLater(replaced);
            } else {
                StagedOutput.deleteTree(replaced);
            }
            return true;
        }
    }

    /**
     * The first run of a preview's rebuild: the edited briefings' own outputs, in memory, with
     * the artifacts of the others as the last build recorded them, so that each page is what the
     * full run will write. Their neighbours, whose pages change only when an edited title does,
     * wait for the full run. Its problems are left to the full run, which meets them again and
     * reports them once; any that blocks the build, or a renderer that fails, means no first pages.
     */
    private Optional<FirstPages> renderFirst(Site site, BriefingList published, Set<String> edited,
                                             RenderContext first, List<Diagnostic> found,
                                             Optional<BuildMemory.Snapshot> last, Map<String, byte[]> kept,
                                             PublishRequest request, Set<String> failing) {
        first.shareKept(kept);
        carryOver(published, edited, first, last);
        for (Renderer renderer : renderers) {
            try {
                renderer.render(site, first);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return blocked(found, request, failing) ? Optional.empty() : Optional.of(new FirstPages(first.written()));
    }

    /**
     * Tells renderers to render only the changed briefings, records the unchanged ones' artifacts
     * as the last build recorded them, and returns their folders, which the staging folder takes
     * over from the live output just before the commit ({@link StagedOutput#carry}).
     */
    private static List<String> carryOver(BriefingList published, Set<String> dirty, RenderContext context,
                                          Optional<BuildMemory.Snapshot> last) {
        Map<String, List<Artifact>> artifactsByDir = new HashMap<>();
        last.map(BuildMemory.Snapshot::artifacts).orElse(Map.of()).values().forEach(a -> {
            int slash = a.path().indexOf('/', a.path().indexOf('/') + 1);
            if (slash > 0) {
                artifactsByDir.computeIfAbsent(a.path().substring(0, slash), k -> new ArrayList<>()).add(a);
            }
        });
        List<String> carried = new ArrayList<>();
        for (BriefingList.Entry b : published.entries()) {
            if (!dirty.contains(b.slug())) {
                String dir = Site.briefingDir(b.slug());
                carried.add(dir);
                artifactsByDir.getOrDefault(dir, List.of()).forEach(context::recordArtifact);
            }
        }
        context.renderOnly(dirty);
        return carried;
    }

    /** Whether a problem stops the output being written; those of briefings left out for their errors do not. */
    private static boolean blocked(List<Diagnostic> diagnostics, PublishRequest request, Set<String> failing) {
        synchronized (diagnostics) {
            return diagnostics.stream().anyMatch(d -> (d.isError() || request.failOnWarnings())
                    && !failing.contains(d.file()));
        }
    }

    private static PublishReport report(List<Diagnostic> diagnostics, int read, int published,
                                        List<String> drafts, List<String> embargoed, boolean written,
                                        long started, List<String> skipped) {
        List<Diagnostic> sorted;
        synchronized (diagnostics) {
            sorted = diagnostics.stream().distinct().sorted(Diagnostic.ORDER).toList();
        }
        return new PublishReport(sorted, read, published, drafts, embargoed, written,
                Duration.ofNanos(System.nanoTime() - started), skipped);
    }

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file " + e.getMessage();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, "galley-" + count.incrementAndGet(), THREAD_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
