package dev.galley.render.pdf;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A benchmark, not a test: renders the seed and the every-construct briefing as PDFs on one
 * thread, first cold (fonts and patterns loaded on first use, JIT cold), then warm, and prints
 * milliseconds per briefing and pages per second. Run from {@code render-pdf/} after
 * {@code mvn -o -q -pl render-pdf test-compile}:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) dev.galley.render.pdf.PdfBenchmark [rounds]
 * </pre>
 * ({@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp} writes the class
 * path). For the whole process, time that command with {@code rounds} = 0.
 */
public final class PdfBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path work = Files.createTempDirectory("galley-bench");
        Path content = work.resolve("content");
        Files.createDirectories(content.resolve("media"));
        EndToEndTest.writeImages(content.resolve("media"));
        SiteConfig config = new SiteConfig("The Desk", Optional.empty(), "en", Optional.empty(), PaperSize.A4,
                SiteConfig.DEFAULT_TOC_MIN_PAGES, Map.of());
        BriefingReader reader = new BriefingReader(config, p -> Files.isRegularFile(content.resolve(p)));
        List<Briefing> briefings = new ArrayList<>();
        briefings.add(reader.read("briefings/nato-after-ukraine.md", "seed",
                Files.readAllBytes(EndToEndTest.SEED_MD)).briefing().orElseThrow());
        briefings.add(reader.read("briefings/every-construct.md", "every",
                PdfBenchmark.class.getResourceAsStream("/briefings/every-construct.md").readAllBytes())
                .briefing().orElseThrow());

        for (Briefing briefing : briefings) {
            Site site = new Site(config, List.of(briefing));
            long start = System.nanoTime();
            Path out = work.resolve("cold-" + briefing.slug());
            Fixtures.render(site, out, content, 1);
            double coldMs = (System.nanoTime() - start) / 1e6;
            int pages = pages(out.resolve(Site.pdfPath(briefing)));
            double[] warm = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                Path o = work.resolve("warm-" + briefing.slug() + "-" + r);
                long t = System.nanoTime();
                Fixtures.render(site, o, content, 1);
                warm[r] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);
            double median = rounds == 0 ? Double.NaN : warm[rounds / 2];
            System.out.printf(Locale.ROOT,
                    "%-20s %3d pages  cold %7.1f ms  warm median %6.1f ms (min %6.1f, max %6.1f, n=%d)  %6.1f pages/s warm%n",
                    briefing.slug(), pages, coldMs, median, rounds == 0 ? Double.NaN : warm[0],
                    rounds == 0 ? Double.NaN : warm[rounds - 1], rounds, pages / (median / 1000));
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT, "JVM uptime at the end: %d ms%n", uptime);
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
