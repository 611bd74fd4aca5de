package dev.galley.render.html;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlRendererTest {

    static final String SINK = "briefings/nato-after-ukraine/index.html";

    @TempDir
    static Path work;

    static Site site;
    static Rendered rendered;

    @BeforeAll
    static void renderOnce() throws IOException {
        site = new Site(Fixtures.CONFIG, List.of(
                Fixtures.minimal("older", "An older briefing", LocalDate.of(2026, 10, 1)),
                Fixtures.kitchenSink(),
                Fixtures.minimal("undated", "An undated briefing", null),
                Fixtures.seed()));
        rendered = Rendered.render(site, work, 2);
    }

    @Test
    void writesIndexPagesStylesheetAndImages() throws IOException {
        List<String> files = rendered.files().stream()
                .map(f -> f.replaceFirst("\\.[0-9a-f]{10}\\.", ".HASH.")).toList();
        assertEquals(List.of(
                "404.html",
                "archive/index.html",
                "assets/search-index.HASH.js",
                "assets/search.HASH.js",
                "assets/style.HASH.css",
                "briefings/if-ukraine-falls/index.html",
                "briefings/nato-after-ukraine/index.html",
                "briefings/older/index.html",
                "briefings/undated/index.html",
                "feed.xml",
                "index.html",
                "media/images/chart one.png",
                "robots.txt",
                "search/index.html",
                "topics/europe/index.html",
                "topics/index.html",
                "topics/nato/index.html",
                "topics/russia/index.html",
                "topics/security/index.html",
                "topics/ukraine/index.html"), files);
        assertEquals("html", new HtmlRenderer().name());
    }

    @Test
    void sampleParagraphReadsInOrderWithTypographicQuotes() {
        String text = rendered.page(SINK).body().text();
        int from = 0;
        for (String word : Fixtures.SAMPLE_PARAGRAPH.split("\\s+")) {
            int at = text.indexOf(word, from);
            assertTrue(at >= 0, () -> "'" + word + "' missing after position in: " + text);
            from = at + word.length();
        }
        assertTrue(text.contains("Ukraine\u2019s counteroffensive was \u201Cnot stalled, but failed.\u201D"));
    }

    @Test
    void pagesAreWellFormedHtml5() throws IOException {
        for (String page : rendered.pages()) {
            assertEquals(List.of(), rendered.parseErrors(page), page);
            String html = rendered.read(page);
            assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang="), page);
            Document doc = rendered.page(page);
            assertNotNull(doc.selectFirst("head > meta[charset=utf-8]"), page);
            assertNotNull(doc.selectFirst("head > meta[name=viewport]"), page);
            assertFalse(doc.title().isBlank(), page);
            assertEquals(1, doc.select("h1").size(), page);
            assertEquals(1, doc.select("main").size(), page);
            assertTrue(doc.select("p figure, p div, p table, p pre, p ul, p ol, p p, a a").isEmpty(),
                    page);
        }
    }

    @Test
    void langComesFromTheBriefingOrTheSite() {
        assertEquals("en", rendered.page("index.html").selectFirst("html").attr("lang"));
        assertEquals("en-GB", rendered.page(SINK).selectFirst("html").attr("lang"));
    }

    @Test
    void headAndMasthead() {
        Document doc = rendered.page(SINK);
        assertEquals("NATO after Ukraine: <b>${title}</b> \u2014 Security Desk", doc.title());
        assertEquals("Whether the alliance holds if Kyiv loses.",
                doc.selectFirst("meta[name=description]").attr("content"));
        assertTrue(doc.selectFirst("link[rel=stylesheet]").attr("href")
                .matches("\\.\\./\\.\\./assets/style\\.[0-9a-f]{10}\\.css"));
        Element masthead = doc.selectFirst("header.masthead");
        assertEquals("NATO after Ukraine: <b>${title}</b>", masthead.selectFirst("h1").text());
        assertTrue(masthead.select("h1 b").isEmpty(), "title markup must stay text");
        assertEquals("What a \u201Cfailed\u201D counteroffensive would mean for the alliance",
                masthead.selectFirst(".dek").text());
        assertEquals("By Jane Doe, Senior analyst and John Roe", masthead.selectFirst(".byline").text());
        assertEquals("2026-11-20", masthead.select("time").get(0).attr("datetime"));
        assertEquals("20 November 2026", masthead.select("time").get(0).text());
        assertEquals("2026-11-27", masthead.select("time").get(1).attr("datetime"));
        assertTrue(masthead.text().contains("2 min read"), masthead.text());
        assertEquals(List.of("NATO", "Ukraine", "Russia"), masthead.select(".topics li").eachText());
        assertEquals("nato-after-ukraine.pdf", masthead.selectFirst("a.pdf-link").attr("href"));
        assertEquals(2, doc.select(".classification").size());
        // the default author stands in when a briefing names none
        assertEquals("By The Desk", rendered.page("briefings/older/index.html").selectFirst(".byline").text());
    }

    @Test
    void headingsStartAtH2WithUniqueIdsAndSelfLinks() {
        Document doc = rendered.page(SINK);
        Element perspective = doc.getElementById("putins-perspective");
        assertEquals("h2", perspective.tagName());
        assertEquals("section", perspective.parent().tagName());
        assertEquals("h3", doc.getElementById("depth-3").tagName());
        assertEquals("h4", doc.getElementById("depth-4").tagName());
        assertEquals("h5", doc.getElementById("depth-5").tagName());
        assertEquals("h6", doc.getElementById("depth-6").tagName());
        assertEquals("h6", doc.getElementById("depth-7").tagName(), "clamped at h6");
        // nested sections nest
        assertNotNull(doc.selectFirst("section:has(> #putins-perspective) section:has(> #depth-3)"));
        for (Element heading : doc.select("main section.section > :is(h2,h3,h4,h5,h6)")) {
            Element self = heading.selectFirst("a.self-link");
            assertNotNull(self, heading.outerHtml());
            assertEquals("#" + heading.id(), self.attr("href"));
            assertTrue(self.attr("aria-label").endsWith(heading.ownText().strip()), self.outerHtml());
        }
        for (String page : List.of(SINK, "briefings/if-ukraine-falls/index.html", "index.html")) {
            List<String> ids = rendered.page(page).select("[id]").eachAttr("id");
            assertEquals(ids.size(), new HashSet<>(ids).size(), page + ": duplicate ids " + ids);
        }
    }

    @Test
    void footnotesLinkBothWaysEvenWhenReferencedTwice() {
        Document doc = rendered.page(SINK);
        List<Element> refs = doc.select("sup.footnote-ref > a");
        assertEquals(List.of("fnref-1", "fnref-2", "fnref-1-2"), refs.stream().map(Element::id).toList());
        assertEquals(List.of("#fn-1", "#fn-2", "#fn-1"), refs.stream().map(e -> e.attr("href")).toList());
        Element note1 = doc.getElementById("fn-1");
        assertEquals("li", note1.tagName());
        assertEquals("ol", note1.parent().tagName());
        assertEquals(List.of("#fnref-1", "#fnref-1-2"), note1.select("a.footnote-back").eachAttr("href"));
        // back-links sit at the end of the note's last paragraph
        assertEquals(2, note1.select("p").last().select("a.footnote-back").size());
        assertEquals(List.of("#fnref-2"), doc.getElementById("fn-2").select("a.footnote-back").eachAttr("href"));
    }

    @Test
    void everyFragmentAndRelativeLinkResolves() throws IOException {
        Set<String> files = new HashSet<>(rendered.files());
        for (String page : rendered.pages()) {
            Document doc = rendered.page(page);
            for (Element link : doc.select("[href], [src]")) {
                String ref = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (ref.startsWith("#")) {
                    assertNotNull(doc.getElementById(ref.substring(1)), page + ": " + link.outerHtml());
                } else if (!Urls.isAbsolute(ref)) {
                    String target = URI.create("x:/" + page).resolve(ref).getPath().substring(1);
                    if (target.endsWith(".pdf")) {
                        continue; // written by render-pdf: checked by path convention below
                    }
                    assertTrue(files.contains(target), page + ": " + ref + " -> " + target);
                }
            }
        }
        for (Briefing b : site.briefings()) {
            String page = Site.pagePath(b);
            String href = rendered.page(page).selectFirst("a.pdf-link").attr("href");
            assertEquals(Site.pdfPath(b), URI.create("x:/" + page).resolve(href).getPath().substring(1));
        }
    }

    @Test
    void templateSyntaxScriptsAndRawHtmlStayText() {
        String html = rendered.read(SINK);
        Document doc = rendered.page(SINK);
        assertTrue(doc.select("script:not([type=application/ld+json]), [onclick]").isEmpty(),
                "no script or handler from content");
        String text = doc.body().text();
        assertAll(
                // raw HTML goes through the sanitizer: an inline fragment that is not one allowed
                // tag is dropped whole; script written as plain text stays text
                () -> assertTrue(text.contains("Template syntax stays text: ${x} and <#assign y=1> and "
                        + "and a <script>alert(2)</script> in plain text."), text),
                () -> assertEquals("raw", doc.selectFirst("div.raw-html > div").text()),
                () -> assertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;")),
                () -> assertEquals(1, html.split("<script").length - 1, "only the JSON-LD script"),
                () -> assertEquals("var x = \"${x}\";\n<#assign y=1>",
                        doc.selectFirst("pre > code.language-java").wholeText()));
    }

    @Test
    void blocksAndInlines() {
        Document doc = rendered.page(SINK);
        assertAll(
                () -> assertEquals("3", doc.selectFirst("ol[start]").attr("start")),
                () -> assertEquals(List.of("Third", "Fourth"), doc.select("ol[start] > li > p").eachText()),
                () -> assertEquals("Nested", doc.selectFirst("ul > li > ul > li").text(), "tight: no <p>"),
                () -> assertEquals("Not stalled, but failed.", doc.selectFirst("blockquote > p").text()),
                () -> assertEquals(List.of("Member", "Spending", "Target"), doc.select("table > thead > tr > th").eachText()),
                () -> assertEquals(3, doc.select("table > tbody > tr").size()),
                () -> assertEquals(List.of("align-left", "align-right", "align-center"),
                        doc.select("thead th").eachAttr("class")),
                () -> assertEquals("align-right", doc.select("tbody tr").get(2).child(1).className()),
                () -> assertEquals("yes", doc.selectFirst("td > del").text()),
                () -> assertNotNull(doc.selectFirst("em:containsOwn(Emphasis)")),
                () -> assertNotNull(doc.selectFirst("strong:containsOwn(strong)")),
                () -> assertEquals("inline <code>", doc.selectFirst("p > code:not(.raw-html)").text()),
                () -> assertEquals(1, doc.select("main br").size()),
                () -> assertEquals("NATO home", doc.selectFirst("a[href=https://www.nato.int/]").attr("title")),
                () -> assertNotNull(doc.selectFirst("a[href=#putins-perspective]:not([title])")),
                () -> assertNotNull(doc.selectFirst("hr")),
                () -> assertEquals("Defence spending, 2026", doc.selectFirst("figure > figcaption").text()));
    }

    @Test
    void calloutsAreNamedNotesTitledByTheirKindOrTheirOwnTitle() {
        Document page = rendered.page(SINK);
        var callouts = page.select("aside.callout");
        assertEquals(List.of("callout callout-note", "callout callout-warning", "callout callout-tip",
                "callout callout-important", "callout callout-caution"), callouts.eachAttr("class"));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var callout : callouts) {
            assertEquals("note", callout.attr("role"));
            var title = callout.child(0);
            assertEquals("p", title.tagName());
            assertEquals(callout.attr("aria-labelledby"), title.id(), "the title names the note");
            assertTrue(ids.add(title.id()), "title ids are unique on the page");
            assertEquals(1, page.select("[id=" + title.id() + "]").size());
        }
        assertEquals(List.of("Note", "Sanctions take time", "Tip", "Important", "Caution"),
                callouts.stream().map(c -> c.child(0).text()).toList());
        assertEquals("<em>take</em>", callouts.get(1).child(0).select("em").outerHtml());
        assertEquals("#putins-perspective", callouts.get(1).select("a").attr("href"));
        assertEquals(2, callouts.get(1).select("li").size());
    }

    @Test
    void localImagesAreCopiedAndLinkedRelatively() throws IOException {
        Element img = rendered.page(SINK).selectFirst("figure > img");
        assertEquals("../../media/images/chart%20one.png", img.attr("src"));
        assertEquals("Defence spending by member", img.attr("alt"));
        assertArrayEquals(Files.readAllBytes(work.resolve("content").resolve(Fixtures.LOCAL_IMAGE)),
                Files.readAllBytes(rendered.out().resolve("media/images/chart one.png")));
    }

    @Test
    void missingImageWarnsAndShowsItsAltText() {
        Diagnostic warning = rendered.diagnostics().stream()
                .filter(d -> d.code().equals("missing-image")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("briefings/nato-after-ukraine.md", warning.file());
        assertTrue(warning.message().contains(Fixtures.MISSING_IMAGE), warning.message());
        assertEquals("a missing chart", rendered.page(SINK).selectFirst("span.missing-image").text());
    }

    @Test
    void unsafeLinkKeepsItsTextButNoHref() {
        // The reader refuses such links with an error; should one reach the renderer, it is still never written.
        Document doc = rendered.page(SINK);
        assertTrue(doc.select("a[href^=javascript]").isEmpty());
        assertTrue(doc.body().text().contains("a bad link"));
        assertEquals(1, rendered.diagnostics().size(), rendered.diagnostics().toString());
    }

    @Test
    void indexListsEveryBriefingNewestFirst() {
        Document index = rendered.page("index.html");
        assertEquals("Security Desk", index.selectFirst("h1").text());
        assertEquals("Latest briefings", index.selectFirst("h2").text());
        List<String> hrefs = index.select(".briefing-list .card-title > a").eachAttr("href");
        List<String> expected = new ArrayList<>();
        for (Briefing b : site.briefings()) {
            expected.add(Site.pagePath(b));
        }
        assertEquals(expected, hrefs);
        assertEquals(List.of("briefings/if-ukraine-falls/index.html",
                "briefings/nato-after-ukraine/index.html", "briefings/older/index.html",
                "briefings/undated/index.html"), hrefs);
        Element card = index.select(".card").get(1);
        assertEquals("NATO after Ukraine: <b>${title}</b>", card.selectFirst("h3").text());
        assertEquals("What a \u201Cfailed\u201D counteroffensive would mean for the alliance",
                card.selectFirst(".dek").text());
        assertEquals("Whether the alliance holds if Kyiv loses.", card.selectFirst(".summary").text());
        assertEquals("2026-11-20", card.selectFirst("time").attr("datetime"));
        assertEquals("By Jane Doe, Senior analyst and John Roe", card.selectFirst(".byline").text());
        assertEquals(List.of("NATO", "Ukraine", "Russia"), card.select(".topics li").eachText());
    }

    @Test
    void oneThreadAndFourThreadsWriteTheSameBytes(@TempDir Path other) throws IOException {
        Rendered one = Rendered.render(site, other, 1);
        Rendered four = Rendered.render(site, other, 4);
        assertEquals(one.files(), four.files());
        assertEquals(rendered.files(), one.files());
        for (String file : one.files()) {
            assertArrayEquals(Files.readAllBytes(one.out().resolve(file)),
                    Files.readAllBytes(four.out().resolve(file)), file);
            assertArrayEquals(Files.readAllBytes(rendered.out().resolve(file)),
                    Files.readAllBytes(one.out().resolve(file)), file);
        }
    }

    @Test
    void emptySiteStillHasAFrontPage(@TempDir Path other) throws IOException {
        Rendered empty = Rendered.render(new Site(Fixtures.CONFIG, List.of()), other, 1);
        assertTrue(empty.files().contains("index.html"));
        assertTrue(empty.files().stream().noneMatch(f -> f.startsWith("briefings/") || f.startsWith("topics/")
                && !f.equals("topics/index.html")), empty.files().toString());
        assertEquals("No briefings yet.", empty.page("index.html").selectFirst("main p").text());
    }
}
