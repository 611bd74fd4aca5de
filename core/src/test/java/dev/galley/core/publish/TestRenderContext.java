package dev.galley.core.publish;

import dev.galley.core.diagnostic.Diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A {@link RenderContext} for renderer tests: writes into {@code outputDir}, reads assets from
 * {@code contentDir}, and keeps what renderers report in {@link #diagnostics()}.
 * Close it to stop its threads.
 */
public final class TestRenderContext implements AutoCloseable {

    private final List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService executor;
    private final RenderContext context;

    public TestRenderContext(Path outputDir, Path contentDir, int threads) {
        this(outputDir, contentDir, BuildContext.forTest(threads));
    }

    public TestRenderContext(Path outputDir, Path contentDir, BuildContext build) {
        this.executor = Executors.newFixedThreadPool(build.threads());
        this.context = new RenderContext(outputDir, contentDir, build, path -> path, diagnostics::add, executor,
                java.util.Optional.empty());
    }

    public RenderContext context() {
        return context;
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
