package dev.galley.bench.jmh;

import dev.galley.bench.SyntheticDesk;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
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
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Reading one synthetic briefing (about 1,500 words, every construct): bytes to model, front
 * matter, Markdown and checks included.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar ReaderBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderBenchmark {

    private byte[] source;
    private BriefingReader reader;

    @Setup
    public void setUp() throws IOException {
        source = SyntheticDesk.briefingText(3, 100, new SplittableRandom(11)).getBytes(StandardCharsets.UTF_8);
        reader = new BriefingReader(SiteConfig.defaults(), path -> true);
    }

    @Benchmark
    public BriefingReader.Result read() {
        return reader.read("briefings/briefing-00003.md", "briefings/briefing-00003.md", source);
    }
}
