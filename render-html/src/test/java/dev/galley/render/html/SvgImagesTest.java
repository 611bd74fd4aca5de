package dev.galley.render.html;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import dev.galley.core.publish.TestRenderContext;
import dev.galley.core.read.BriefingReader;
import dev.galley.core.testing.ContentFixture;
import dev.galley.core.testing.InertSvg;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SVG charts on the site: published only as {@code SvgSanitizer} rewrote them, and shown only through {@code <img>}. */
class SvgImagesTest {

    /** A chart with a drawing worth keeping and every kind of payload around it. */
    static final String HOSTILE_CHART = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-stylesheet type="text/xsl" href="https://evil.example/PWNED.xsl"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50"
                 onload="window.PWNED = 'onload'">
              <script>window.PWNED = 'script'</script>
              <style>@import url(https://evil.example/PWNED.css); .bar{fill:#0a5494}</style>
              <defs><rect id="bar" width="10" height="40"/></defs>
              <a href="javascript:window.PWNED='link'"><use class="bar" href="#bar" x="10"/></a>
              <use xlink:href="other.svg#PWNED"/>
              <image href="https://evil.example/PWNED.png" width="1" height="1"/>
              <foreignObject width="100" height="50"><body xmlns="http://www.w3.org/1999/xhtml">
                <iframe src="javascript:window.PWNED='frame'"></iframe></body></foreignObject>
              <set attributeName="onclick" to="window.PWNED='set'"/>
              <text x="50" y="48" style="fill:url(https://evil.example/PWNED);font-size:6px">Spending</text>
            </svg>
            """;

    @TempDir
    Path dir;

    private PublishReport publish(String spec) {
        Path content = ContentFixture.write(dir.resolve("content"), spec);
        return new Publisher(List.of(new HtmlRenderer())).publish(
                new PublishRequest(content, dir.resolve("out"), BuildContext.forTest(2), dir, false));
    }

    @Test
    void aHostileChartIsPublishedCleanedAndOnlyAsAnImage() throws IOException {
        PublishReport report = publish("""
                -- briefings/a.md --
                ---
                title: Spending
                ---
                ![Defence spending by member](../charts/spend.svg "Defence spending")

                The [chart on its own](../charts/spend.svg).
                -- charts/spend.svg --
                """ + HOSTILE_CHART);

        String removed = "removed from charts/spend.svg: 1 <script>, 1 <a>, 1 <image>, 1 <foreignObject>, 1 <set>,"
                + " 1 event handler (onload), 1 link out of the image (another file), 1 unsafe style (fill),"
                + " 1 CSS at-rule (@import), 1 <?xml-stylesheet?> instruction; the site shows the rest [svg-cleaned]";
        assertEquals(List.of("content/briefings/a.md:4:1: warning: " + removed,
                        "content/briefings/a.md:6:5: warning: " + removed),
                report.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(report.written());

        byte[] published = Files.readAllBytes(dir.resolve("out/media/charts/spend.svg"));
        InertSvg.assertInert(published);
        String svg = new String(published, StandardCharsets.UTF_8);
        assertTrue(svg.contains("<use class=\"bar\" href=\"#bar\" x=\"10\"/>"), svg);
        assertTrue(svg.contains("<text x=\"50\" y=\"48\" style=\"font-size:6px\">Spending</text>"), svg);

        Document page = new Rendered(dir.resolve("out"), report.diagnostics()).page("briefings/a/index.html");
        assertEquals("../../media/charts/spend.svg", page.selectFirst("figure > img").attr("src"));
        // no width or height in the file: the viewBox's, so the page does not move as the chart loads
        assertEquals("100", page.selectFirst("figure > img").attr("width"));
        assertEquals("50", page.selectFirst("figure > img").attr("height"));
        assertEquals("../../media/charts/spend.svg", page.selectFirst("a:containsOwn(chart on its own)").attr("href"));
        assertTrue(page.select("svg, object, embed, iframe, use").isEmpty(), "an SVG is never put into a page");
        assertFalse(page.html().contains(InertSvg.PAYLOAD));
    }

    @Test
    void aBombOfUsesStopsThePublishAtItsReference() {
        StringBuilder bomb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><rect id=\"l0\"/>");
        for (int level = 1; level <= 7; level++) {
            bomb.append("<g id=\"l").append(level).append("\">")
                    .append(("<use href=\"#l" + (level - 1) + "\"/>").repeat(10)).append("</g>");
        }
        bomb.append("</defs><use href=\"#l7\"/></svg>");
        PublishReport report = publish("""
                -- briefings/a.md --
                ---
                title: Spending
                ---
                ![Chart](../charts/bomb.svg)
                -- charts/bomb.svg --
                """ + bomb);
        assertEquals(List.of("content/briefings/a.md:4:1: error: charts/bomb.svg cannot be published: it draws more"
                        + " than 200000 elements once its <use> references are followed [svg-refused]"),
                report.diagnostics().stream().map(Diagnostic::format).toList());
        assertFalse(report.written());
    }

    @Test
    void aChartThatCannotBeCleanedStopsThePublishAtItsReference() {
        PublishReport report = publish("""
                -- briefings/a.md --
                ---
                title: Spending
                ---
                Text first.

                ![Chart](../charts/laughs.svg)
                -- charts/laughs.svg --
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&lol2;</text></svg>
                """);

        assertEquals(List.of("content/briefings/a.md:6:1: error: charts/laughs.svg cannot be published: its"
                        + " DOCTYPE declares an entity, which can expand without end or read other files; delete the"
                        + " [ … ] part of the DOCTYPE (or the whole line: SVG needs none) [svg-refused]"),
                report.diagnostics().stream().map(Diagnostic::format).toList());
        assertFalse(report.written());
        assertFalse(Files.exists(dir.resolve("out/media/charts/laughs.svg")));
    }

    @Test
    void theRendererOnItsOwnNeverCopiesAnSvgAsItIs() throws IOException {
        Path content = ContentFixture.write(dir.resolve("content"), "-- charts/ok.svg --\n" + HOSTILE_CHART
                + "-- charts/bad.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>\n");
        Briefing briefing = new BriefingReader(SiteConfig.defaults(), path -> Files.isRegularFile(content.resolve(path)))
                .read("briefings/a.md", "briefings/a.md", """
                        ---
                        title: A
                        ---
                        ![Cleaned](../charts/ok.svg)

                        ![Refused](../charts/bad.svg)
                        """.getBytes(StandardCharsets.UTF_8)).briefing().orElseThrow();
        Path out = dir.resolve("out");
        try (TestRenderContext context = new TestRenderContext(out, content, 1)) {
            new HtmlRenderer().render(new Site(SiteConfig.defaults(), List.of(briefing)), context.context());
        }
        InertSvg.assertInert(Files.readAllBytes(out.resolve("media/charts/ok.svg")));
        assertFalse(Files.exists(out.resolve("media/charts/bad.svg")));
        Document page = new Rendered(out, List.of()).page("briefings/a/index.html");
        assertEquals(List.of("../../media/charts/ok.svg"), page.select("img").eachAttr("src"));
        assertEquals("Refused", page.selectFirst("span.missing-image").text());
    }

    @Test
    void rasterDataImagesInMarkdownAreShown() {
        String pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
        PublishReport report = publish("-- briefings/a.md --\n---\ntitle: A\n---\n![One pixel](" + pixel + ")\n");

        assertEquals(List.of(), report.diagnostics());
        Document page = new Rendered(dir.resolve("out"), List.of()).page("briefings/a/index.html");
        assertEquals(pixel, page.selectFirst("figure > img").attr("src"));
    }
}
