package dev.galley.render.html;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.Site;
import dev.galley.core.publish.Artifact;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.TestRenderContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The whole microsite as the validator, the link check and the browser see it: the seed, the
 * kitchen sink, hostile raw HTML, a draft, an undated and an older briefing, on a site with a
 * base URL on a sub-path. Rendered once per test run into {@code target/test-site/}, with a
 * stand-in PDF beside each briefing, recorded as render-pdf records its own.
 */
final class TestSite {

    static final Path DIR = Path.of("target", "test-site");

    private static Rendered rendered;

    private TestSite() {
    }

    static Site site() {
        return new Site(Fixtures.CONFIG_WITH_BASE, List.of(
                Fixtures.seed(),
                Fixtures.kitchenSink(),
                Fixtures.hostile(),
                Fixtures.draft(),
                Fixtures.minimal("baltic-exposure", "The Baltic states\u2019 exposure", LocalDate.of(2026, 11, 12)),
                Fixtures.minimal("older", "An older briefing", LocalDate.of(2025, 12, 1)),
                Fixtures.minimal("undated", "An undated briefing", null)));
    }

    static synchronized Rendered get() {
        if (rendered == null) {
            try {
                rendered = render();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rendered;
    }

    private static Rendered render() throws IOException {
        Site site = site();
        Path content = DIR.resolve("content");
        Path out = DIR.resolve("site");
        deleteTree(out);
        Rendered.writeChart(content.resolve(Fixtures.LOCAL_IMAGE));
        BuildContext build = new BuildContext(Instant.parse("2026-11-28T12:00:00Z"),
                Optional.of(Instant.parse("2026-11-28T00:00:00Z")), 2, true, "test");
        try (TestRenderContext context = new TestRenderContext(out, content, build)) {
            int pages = 1;
            for (Briefing b : site.briefings()) {
                byte[] pdf = ("%PDF-1.7\n% stand-in for " + b.slug() + "\n").repeat(pages * 700).getBytes();
                Files.createDirectories(out.resolve(Site.briefingDir(b)));
                Files.write(out.resolve(Site.pdfPath(b)), pdf);
                context.context().recordArtifact(new Artifact(Site.pdfPath(b), pdf.length, pages));
                pages++;
            }
            new HtmlRenderer().render(site, context.context());
            return new Rendered(out, context.diagnostics());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
