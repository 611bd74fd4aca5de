package dev.galley.render.html;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.Site;
import dev.galley.core.publish.TestRenderContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/** A site rendered into a folder, with helpers to read its pages back. */
record Rendered(Path out, List<Diagnostic> diagnostics) {

    /** Renders {@code site} with a content folder holding {@link Fixtures#LOCAL_IMAGE}. */
    static Rendered render(Site site, Path work, int threads) throws IOException {
        Path content = work.resolve("content");
        Path out = work.resolve("out-" + threads);
        writeChart(content.resolve(Fixtures.LOCAL_IMAGE));
        try (TestRenderContext context = new TestRenderContext(out, content, threads)) {
            new HtmlRenderer().render(site, context.context());
            return new Rendered(out, context.diagnostics());
        }
    }

    /** A small bar chart, so that a screenshot shows a real figure. */
    static void writeChart(Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(800, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF5F5F7));
        g.fillRect(0, 0, 800, 360);
        int[] values = {41, 21, 13, 24, 35, 19};
        for (int i = 0; i < values.length; i++) {
            g.setColor(i == 0 ? new Color(0x0A5494) : new Color(0x8FA9C4));
            int h = values[i] * 7;
            g.fillRect(60 + i * 120, 330 - h, 80, h);
        }
        g.setColor(new Color(0x5D6069));
        g.fillRect(40, 330, 720, 2);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    String read(String relativePath) {
        try {
            return Files.readString(out.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document page(String relativePath) {
        return Jsoup.parse(read(relativePath), "");
    }

    /** What the HTML5 parser found wrong with a page (bad nesting, stray end tags …). */
    List<ParseError> parseErrors(String relativePath) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Jsoup.parse(read(relativePath), "", parser);
        return List.copyOf(parser.getErrors());
    }

    /** Every file written, relative to the output folder, with forward slashes, sorted. */
    List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Every HTML page written. */
    List<String> pages() throws IOException {
        return files().stream().filter(f -> f.endsWith(".html")).toList();
    }
}
