package dev.galley.bench.jmh;

import dev.galley.bench.SyntheticDesk;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import dev.galley.render.html.HtmlRenderer;
import dev.galley.render.pdf.PdfRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Each renderer alone on a desk of 10 synthetic briefings, read once and published again and
 * again on one thread: milliseconds per publish, so per briefing divide by 10.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar RenderBenchmarks}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RenderBenchmarks {

    private PublishRequest request;
    private Publisher html;
    private Publisher pdf;

    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("galley-jmh");
        SyntheticDesk.write(dir.resolve("content"), 10, 3);
        request = new PublishRequest(dir.resolve("content"), dir.resolve("site"),
                BuildContext.of(Optional.empty(), Optional.empty(), 1, false), dir, false);
        html = new Publisher(List.of(new HtmlRenderer()));
        pdf = new Publisher(List.of(new PdfRenderer()));
    }

    @Benchmark
    public boolean htmlOnly() {
        return html.publish(request).written();
    }

    @Benchmark
    public boolean pdfOnly() {
        return pdf.publish(request).written();
    }
}
