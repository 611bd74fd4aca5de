package dev.galley.bench.jmh;

import dev.galley.bench.SyntheticDesk;
import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.hyphen.Hyphenator;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.line.ParagraphSetter;
import dev.galley.render.pdf.text.GlyphFallback;
import dev.galley.render.pdf.text.Reporter;
import dev.galley.render.pdf.text.RunBuilder;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;
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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The typesetter's stages on the paragraphs of one synthetic briefing (about 1,500 words):
 * styled runs with font fallback, and runs to justified, hyphenated lines (items, Liang
 * hyphenation and Knuth–Plass together), plus hyphenation alone on the briefing's words.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar StageBenchmarks}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {

    private static final float MEASURE = 415f;
    private static final float SIZE = 10.5f;

    private FontLibrary fonts;
    private Hyphenator hyphenator;
    private List<Block.Paragraph> paragraphs;
    private List<List<Run>> runs;
    private List<String> words;
    private ParagraphSetter setter;

    @Setup
    public void setUp() {
        byte[] source = SyntheticDesk.briefingText(5, 100, new SplittableRandom(13)).getBytes(StandardCharsets.UTF_8);
        Briefing briefing = new BriefingReader(SiteConfig.defaults(), path -> true)
                .read("briefings/b.md", "briefings/b.md", source).briefing().orElseThrow();
        paragraphs = new ArrayList<>();
        briefing.lead().forEach(this::collect);
        briefing.allSections().forEach(s -> s.blocks().forEach(this::collect));
        fonts = FontLibrary.get();
        hyphenator = Hyphenator.forLanguage("en").orElseThrow();
        setter = new ParagraphSetter(fonts);
        runs = new ArrayList<>();
        words = new ArrayList<>();
        for (Block.Paragraph p : paragraphs) {
            runs.add(styledRuns(p));
            for (String word : dev.galley.core.model.PlainText.of(p.inlines()).split("[^\\p{L}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
    }

    private void collect(Block block) {
        if (block instanceof Block.Paragraph p) {
            paragraphs.add(p);
        }
    }

    private List<Run> styledRuns(Block.Paragraph p) {
        return RunBuilder.build(p.inlines(), Style.of(FontFace.SERIF, SIZE), new GlyphFallback(fonts, Reporter.SILENT));
    }

    @Benchmark
    public int runs() {
        int total = 0;
        for (Block.Paragraph p : paragraphs) {
            total += styledRuns(p).size();
        }
        return total;
    }

    @Benchmark
    public int lines() {
        int total = 0;
        for (List<Run> paragraph : runs) {
            List<Line> lines = setter.set(paragraph, MEASURE, SIZE, hyphenator, true);
            total += lines.size();
        }
        return total;
    }

    @Benchmark
    public int hyphenation() {
        int total = 0;
        for (String word : words) {
            total += hyphenator.hyphenate(word).length;
        }
        return total;
    }
}
