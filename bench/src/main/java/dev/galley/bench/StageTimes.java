package dev.galley.bench;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import dev.galley.render.pdf.draw.PdfMetadata;
import dev.galley.render.pdf.draw.PdfWriter;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.page.BriefingLayout;
import dev.galley.render.pdf.page.ImageCatalog;
import dev.galley.render.pdf.page.LaidOutBriefing;
import dev.galley.render.pdf.page.PageGeometry;
import dev.galley.render.pdf.text.Reporter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Time per briefing of reading, laying out and writing the PDF, on one thread, round after round
 * over the same synthetic briefings: the first round shows the cold cost, the later ones the
 * steady state. Run it on the JIT tier publishes use, which JMH's forks do not:
 *
 * <p>{@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp … dev.galley.bench.StageTimes [N=300] [ROUNDS=5]}
 *
 * <p>On that tier the profilers' attribution to methods can mislead; a stage's time measured
 * here does not.
 */
public final class StageTimes {

    private StageTimes() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // The briefings of the desk SyntheticDesk writes with its default seed.
        SplittableRandom random = new SplittableRandom(42L);
        List<byte[]> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sources.add(SyntheticDesk.briefingText(i, n, random.split()).getBytes(StandardCharsets.UTF_8));
        }
        SiteConfig config = SiteConfig.defaults();
        PageGeometry geometry = PageGeometry.of(config.pageSize(), config.style().margins(), config.style().facing());
        System.out.printf("%-6s %10s %10s %10s %10s   (µs per briefing, %d briefings)%n",
                "round", "read", "layout", "write", "total", n);
        for (int round = 1; round <= rounds; round++) {
            long read = 0;
            long layout = 0;
            long write = 0;
            for (byte[] source : sources) {
                long t0 = System.nanoTime();
                BriefingReader.Result result = new BriefingReader(config, path -> true)
                        .read("briefings/b.md", "briefings/b.md", source);
                Briefing briefing = result.briefing().orElseThrow(
                        () -> new IllegalStateException(result.diagnostics().toString()));
                long t1 = System.nanoTime();
                LaidOutBriefing laid = BriefingLayout.layout(config, briefing, FontLibrary.get(), Reporter.SILENT,
                        geometry, ImageCatalog.NONE);
                long t2 = System.nanoTime();
                PdfWriter.write(laid, new PdfMetadata(briefing.meta().title(), "", "", "", "Galley", "Galley",
                        briefing.meta().lang(), Optional.empty(), Optional.empty()), Map.of(), Map.of(), FontLibrary.get(),
                        Reporter.SILENT, new ByteArrayOutputStream(64 * 1024));
                long t3 = System.nanoTime();
                read += t1 - t0;
                layout += t2 - t1;
                write += t3 - t2;
            }
            System.out.printf("%-6d %10d %10d %10d %10d%n", round, read / 1000 / n, layout / 1000 / n,
                    write / 1000 / n, (read + layout + write) / 1000 / n);
        }
    }
}
