package bench;

import dev.galley.core.image.SvgSanitizer;
import dev.galley.render.pdf.font.DocumentFonts;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.font.TypeFaces;
import dev.galley.render.pdf.svg.SvgForm;
import dev.galley.render.pdf.svg.SvgImage;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a chart costs a PDF: for each SVG given, the median time to clean it (core's sanitizer),
 * read it for drawing and draw it as a Form XObject, after a warm-up, in one JVM. Prints a row
 * per file. Not a test: a figure to compare changes by.
 *
 * <pre>java -cp bench/target/benchmarks.jar bench.SvgCharts FILE.svg …</pre>
 */
public final class SvgCharts {

    private static final int WARM = 200;
    private static final int RUNS = 200;

    public static void main(String[] args) throws Exception {
        FontLibrary fonts = FontLibrary.get();
        System.out.printf(Locale.ROOT, "%-24s %8s %10s %10s %10s %10s%n", "chart", "bytes", "clean ms", "read ms",
                "draw ms", "ops bytes");
        for (String arg : args) {
            byte[] raw = Files.readAllBytes(Path.of(arg));
            long[][] times = new long[3][RUNS];
            int ops = 0;
            for (int i = 0; i < WARM + RUNS; i++) {
                long t0 = System.nanoTime();
                byte[] clean = ((SvgSanitizer.Clean) SvgSanitizer.sanitize(raw)).svg();
                long t1 = System.nanoTime();
                SvgImage image = SvgImage.read(clean);
                long t2 = System.nanoTime();
                try (PDDocument document = new PDDocument()) {
                    SvgForm form = SvgForm.draw(image, document, new DocumentFonts(document, fonts), fonts,
                            TypeFaces.DEFAULT);
                    ops = form.content().length;
                }
                long t3 = System.nanoTime();
                if (i >= WARM) {
                    times[0][i - WARM] = t1 - t0;
                    times[1][i - WARM] = t2 - t1;
                    times[2][i - WARM] = t3 - t2;
                }
            }
            System.out.printf(Locale.ROOT, "%-24s %8d %10.3f %10.3f %10.3f %10d%n", Path.of(arg).getFileName(),
                    raw.length, median(times[0]), median(times[1]), median(times[2]), ops);
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
