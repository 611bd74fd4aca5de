package dev.galley.core.publish;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.image.SvgSanitizer;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Site;
import dev.galley.core.testing.ContentFixture;
import dev.galley.core.testing.InertSvg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgFilesTest {

    private static final String HOSTILE = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('PWNED')\">"
            + "<script>alert('PWNED')</script><rect width=\"4\" height=\"4\" onclick=\"alert('PWNED')\"/></svg>";
    private static final String DOCTYPE = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";

    /** Publishes every SVG a briefing uses under {@code svg/}, in the form the build gives renderers. */
    static final class SvgRenderer implements Renderer {
        @Override
        public String name() {
            return "svg";
        }

        @Override
        public void render(Site site, RenderContext context) throws IOException {
            for (Briefing b : site.briefings()) {
                for (SvgFiles.Use use : SvgFiles.uses(b, b.source())) {
                    if (context.svg(use.path()) instanceof SvgSanitizer.Clean clean) {
                        context.write("svg/" + use.path(), clean.svg());
                    }
                }
            }
        }
    }

    @TempDir
    Path dir;

    private PublishRequest request(Path content) {
        return new PublishRequest(content, dir.resolve("out"), BuildContext.forTest(2), dir, false);
    }

    private static List<String> formatted(PublishReport report) {
        return report.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void whatCleaningLeftOutIsAWarningAtEachUseAndOnlyTheCleanedFileIsPublished() throws IOException {
        Path content = ContentFixture.write(dir.resolve("content"), """
                -- briefings/a.md --
                ---
                title: A
                ---
                ![Chart](../charts/x.svg)

                See [the chart alone](../charts/x.svg).
                -- briefings/b.md --
                ---
                title: B
                ---
                Again: ![Chart](/charts/x.svg)
                -- charts/x.svg --
                """ + HOSTILE);

        PublishReport report = new Publisher(List.of(new SvgRenderer())).publish(request(content));

        String removed = "removed from charts/x.svg: 1 <script>, 2 event handlers (onclick, onload); the site shows the rest [svg-cleaned]";
        assertEquals(List.of(
                "content/briefings/a.md:4:1: warning: " + removed,
                "content/briefings/a.md:6:5: warning: " + removed,
                "content/briefings/b.md:4:8: warning: " + removed), formatted(report));
        assertTrue(report.written());
        byte[] published = Files.readAllBytes(dir.resolve("out/svg/charts/x.svg"));
        InertSvg.assertInert(published);
        assertTrue(new String(published, java.nio.charset.StandardCharsets.UTF_8).contains("<rect width=\"4\" height=\"4\"/>"));
    }

    @Test
    void anSvgThatCannotBeCleanedIsAnErrorWhereItIsUsedAndNothingIsWritten() throws IOException {
        Path content = ContentFixture.write(dir.resolve("content"), """
                -- briefings/a.md --
                ---
                title: A
                ---
                ![Entities](../charts/xxe.svg)

                ![Broken](../charts/broken.svg)

                The [packed chart](../charts/packed.svgz) too.
                -- charts/xxe.svg --
                """ + DOCTYPE + """

                -- charts/broken.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><g></svg>
                -- charts/packed.svgz --
                not really gzip
                """);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("previous.html"), "previous build");

        PublishReport published = new Publisher(List.of(new SvgRenderer())).publish(request(content));
        PublishReport checked = new Publisher(List.of(new SvgRenderer())).check(request(content));

        List<String> expected = List.of(
                "content/briefings/a.md:4:1: error: charts/xxe.svg cannot be published: its DOCTYPE declares an entity,"
                        + " which can expand without end or read other files; delete the [ … ] part of the DOCTYPE"
                        + " (or the whole line: SVG needs none) [svg-refused]",
                "content/briefings/a.md:6:1: error: charts/broken.svg cannot be published: it is not well-formed XML:"
                        + " The element type \"g\" must be terminated by the matching end-tag \"</g>\". (line 1, column 46 of the SVG)"
                        + " [svg-refused]",
                "content/briefings/a.md:8:5: error: charts/packed.svgz cannot be published: it is compressed (.svgz),"
                        + " which cannot be checked; save it uncompressed as .svg [svg-refused]");
        assertEquals(expected, formatted(published));
        assertEquals(expected, formatted(checked));
        assertFalse(published.written());
        assertEquals(List.of(out.resolve("previous.html")), Files.list(out).toList());
    }

    @Test
    void theDeskCanTurnTheWarningOffButNotTheError() throws IOException {
        Path content = ContentFixture.write(dir.resolve("content"), """
                -- galley.yaml --
                rules:
                  svg-cleaned: off
                -- briefings/a.md --
                ---
                title: A
                ---
                ![Chart](../charts/x.svg)
                -- charts/x.svg --
                """ + HOSTILE);

        PublishReport report = new Publisher(List.of(new SvgRenderer())).publish(request(content));

        assertEquals(List.of(), formatted(report));
        InertSvg.assertInert(Files.readAllBytes(dir.resolve("out/svg/charts/x.svg")));
    }

    @Test
    void aPreviewRebuildCleansTheChartAgainOnlyWhenItsBytesChanged() throws IOException {
        Path content = ContentFixture.write(dir.resolve("content"), """
                -- briefings/a.md --
                ---
                title: A
                ---
                ![Chart](../charts/x.svg)
                -- charts/x.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>
                """);
        Publisher publisher = new Publisher(List.of(new SvgRenderer()));
        BuildMemory memory = new BuildMemory();
        Path published = dir.resolve("out/svg/charts/x.svg");

        assertEquals(List.of(), formatted(publisher.publish(request(content), memory, java.util.Set.of())));
        byte[] first = Files.readAllBytes(published);

        // the same bytes saved again: what was cleaned is published again
        Files.writeString(content.resolve("charts/x.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>\n");
        assertEquals(List.of(), formatted(publisher.publish(request(content), memory, java.util.Set.of("charts/x.svg"))));
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, Files.readAllBytes(published));

        Files.writeString(content.resolve("charts/x.svg"), HOSTILE);
        PublishReport changed = publisher.publish(request(content), memory, java.util.Set.of("charts/x.svg"));
        assertEquals(List.of("content/briefings/a.md:4:1: warning: removed from charts/x.svg: 1 <script>, 2 event"
                + " handlers (onclick, onload); the site shows the rest [svg-cleaned]"), formatted(changed));
        InertSvg.assertInert(Files.readAllBytes(published));
        assertTrue(Files.readString(published).contains("width=\"4\""));
        memory.awaitCleanup();
    }

    @Test
    void aRendererOnItsOwnGetsTheCleanedFormToo() throws IOException {
        Path content = ContentFixture.write(dir.resolve("content"), "-- charts/x.svg --\n" + HOSTILE);
        try (TestRenderContext context = new TestRenderContext(dir.resolve("out"), content, 1)) {
            SvgSanitizer.Clean clean = (SvgSanitizer.Clean) context.context().svg("charts/x.svg");
            InertSvg.assertInert(clean.svg());
            assertEquals(List.of("1 <script>", "2 event handlers (onclick, onload)"), clean.removed());
            assertTrue(context.context().svg("../outside.svg") instanceof SvgSanitizer.Refused);
        }
    }
}
