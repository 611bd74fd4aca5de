package dev.galley.render.html;

import dev.galley.core.text.Json;
import dev.galley.core.model.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole test site: links, feed, sitemap, metadata, assets, budget, hostile content. */
class SiteTest {

    static final String SEED = "briefings/if-ukraine-falls/index.html";
    static final String HOSTILE = "briefings/hostile/index.html";

    @Test
    void everyInternalLinkAndFragmentResolves() throws IOException {
        Rendered site = TestSite.get();
        LinkChecker links = new LinkChecker().check(site, "https://briefings.example.org/desk/", false);
        System.out.println("[links] " + links.checked + " internal links checked in " + site.pages().size()
                + " pages, " + links.broken.size() + " broken");
        assertTrue(links.checked > 100, "checked " + links.checked);
        assertEquals(List.of(), links.broken, String.join("\n", links.broken));
    }

    @Test
    void atomFeedHasFullContentAndStableIds() throws Exception {
        Rendered site = TestSite.get();
        Document feed = Jsoup.parse(site.read("feed.xml"), "", Parser.xmlParser());
        Element root = feed.selectFirst("feed");
        assertEquals("http://www.w3.org/2005/Atom", root.attr("xmlns"));
        assertEquals("https://briefings.example.org/desk/", root.selectFirst("> id").text());
        assertNotNull(root.selectFirst("> updated"));
        assertNotNull(root.selectFirst("> link[rel=self]"));
        List<Element> entries = feed.select("entry");
        assertEquals(TestSite.site().briefings().size(), entries.size());
        Element seed = entries.get(0);
        assertEquals("If Ukraine falls, does NATO hold?", seed.selectFirst("title").text());
        assertEquals("https://briefings.example.org/desk/briefings/if-ukraine-falls/", seed.selectFirst("id").text());
        assertEquals("2026-11-28T00:00:00Z", seed.selectFirst("updated").text());
        String content = seed.selectFirst("content").text();
        assertTrue(content.contains("not stalled, but failed."), "full content");
        assertTrue(content.contains("solving this crisis will require greater decisiveness"), "to the end");
        for (Element e : entries) {
            assertNotNull(e.selectFirst("id"));
            assertNotNull(e.selectFirst("updated"));
            assertNotNull(e.selectFirst("link[rel=alternate]"));
        }
        // well-formed XML in a strict parser, and the rules of RFC 4287
        assertWellFormed(site.out().resolve("feed.xml"));
        assertAtom(site.out().resolve("feed.xml"));
    }

    /** Validates {@code feed} against the RELAX NG rules in atom-subset.rnc, with Jing (inside v.Nu). */
    static void assertAtom(Path feed) throws Exception {
        assertEquals(List.of(), atomErrors(feed));
    }

    @Test
    void theAtomRulesCatchABrokenFeed(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                + "<updated>2026-11-28</updated><entry><title>e</title></entry></feed>");
        List<String> errors = atomErrors(bad);
        assertFalse(errors.isEmpty(), "a feed without ids and with a bare date is not Atom");
    }

    static List<String> atomErrors(Path feed) throws Exception {
        java.util.List<String> errors = new ArrayList<>();
        org.xml.sax.ErrorHandler handler = new org.xml.sax.ErrorHandler() {
            @Override public void warning(org.xml.sax.SAXParseException e) { }
            @Override public void error(org.xml.sax.SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
            @Override public void fatalError(org.xml.sax.SAXParseException e) { error(e); }
        };
        nu.validator.vendor.thaiopensource.util.PropertyMapBuilder props = new nu.validator.vendor.thaiopensource.util.PropertyMapBuilder();
        props.put(nu.validator.vendor.thaiopensource.validate.ValidateProperty.ERROR_HANDLER, handler);
        nu.validator.vendor.thaiopensource.validate.ValidationDriver driver = new nu.validator.vendor.thaiopensource.validate.ValidationDriver(
                props.toPropertyMap(), nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader.getInstance());
        java.net.URL schema = SiteTest.class.getResource("atom-subset.rnc");
        assertTrue(driver.loadSchema(new org.xml.sax.InputSource(schema.toString())), errors.toString());
        boolean valid = driver.validate(new org.xml.sax.InputSource(feed.toUri().toString()));
        if (!valid && errors.isEmpty()) {
            errors.add("invalid");
        }
        return errors;
    }

    @Test
    void withoutABaseUrlFeedIdsAreTagUrisAndThereIsNoSitemap(@TempDir Path dir) throws Exception {
        Site site = new Site(Fixtures.CONFIG, List.of(Fixtures.seed(), Fixtures.minimal("undated", "Undated", null)));
        Rendered r = Rendered.render(site, dir, 1);
        Document feed = Jsoup.parse(r.read("feed.xml"), "", Parser.xmlParser());
        assertEquals(List.of("tag:security-desk.galley.invalid,2026-11-28:briefings/if-ukraine-falls",
                "tag:security-desk.galley.invalid,2000:briefings/undated"), feed.select("entry > id").eachText());
        assertTrue(feed.selectFirst("feed > id").text().startsWith("tag:"));
        assertFalse(Files.exists(r.out().resolve("sitemap.xml")));
        assertEquals("User-agent: *\nAllow: /\n", r.read("robots.txt"));
        Document page = r.page(SEED);
        assertNull(page.selectFirst("link[rel=canonical]"));
        assertNull(page.selectFirst("meta[property^=og:]"));
        assertWellFormed(r.out().resolve("feed.xml"));
        assertAtom(r.out().resolve("feed.xml"));
    }

    @Test
    void sitemapAndRobotsWithABaseUrl() throws Exception {
        Rendered site = TestSite.get();
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://briefings.example.org/desk/sitemap.xml\n",
                site.read("robots.txt"));
        Document map = Jsoup.parse(site.read("sitemap.xml"), "", Parser.xmlParser());
        List<String> locs = map.select("url > loc").eachText();
        assertTrue(locs.contains("https://briefings.example.org/desk/"), locs.toString());
        assertTrue(locs.contains("https://briefings.example.org/desk/briefings/if-ukraine-falls/"), locs.toString());
        assertTrue(locs.contains("https://briefings.example.org/desk/archive/"), locs.toString());
        assertFalse(locs.stream().anyMatch(l -> l.contains("404")), locs.toString());
        assertWellFormed(site.out().resolve("sitemap.xml"));
    }

    @Test
    void everyPageHasTitleDescriptionLangCanonicalAndOpenGraph() throws IOException {
        Rendered site = TestSite.get();
        for (String page : site.pages()) {
            Document doc = site.page(page);
            assertAll(page,
                    () -> assertFalse(doc.title().isBlank()),
                    () -> assertFalse(doc.selectFirst("meta[name=description]").attr("content").isBlank()),
                    () -> assertFalse(doc.selectFirst("html").attr("lang").isBlank()),
                    () -> assertNotNull(doc.selectFirst("a.skip-link[href=#_main]")),
                    () -> assertNotNull(doc.getElementById("_main")));
            if (!page.equals("404.html")) {
                String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
                assertTrue(canonical.startsWith("https://briefings.example.org/desk/"), page);
                assertEquals(canonical, doc.selectFirst("meta[property=og:url]").attr("content"));
                assertEquals(doc.title(), doc.selectFirst("meta[property=og:title]").attr("content"));
            }
        }
        assertEquals("https://briefings.example.org/desk/briefings/if-ukraine-falls/",
                site.page(SEED).selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://briefings.example.org/desk/", site.page("404.html").selectFirst("base").attr("href"));
    }

    @Test
    void newsArticleJsonLdIsSafeAndParses() {
        Rendered site = TestSite.get();
        for (String page : List.of(SEED, HOSTILE)) {
            Document doc = site.page(page);
            List<Element> scripts = doc.select("script[type=application/ld+json]");
            assertEquals(1, scripts.size());
            String json = scripts.get(0).data();
            assertFalse(json.contains("<"), json);
            @SuppressWarnings("unchecked")
            Map<String, Object> ld = (Map<String, Object>) new org.openqa.selenium.json.Json().toType(json, Map.class);
            assertEquals("NewsArticle", ld.get("@type"));
            assertEquals("https://schema.org", ld.get("@context"));
            assertNotNull(ld.get("headline"));
            assertNotNull(ld.get("author"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> hostile = (Map<String, Object>) new org.openqa.selenium.json.Json().toType(
                site.page(HOSTILE).selectFirst("script[type=application/ld+json]").data(), Map.class);
        assertEquals("</script><script>alert('title')</script> ${title}", hostile.get("headline"));
        assertEquals(1, site.page(HOSTILE).select("script").size(), "no script but the JSON-LD");
    }

    @Test
    void briefingPageHasEverythingAReaderNeeds() {
        Rendered site = TestSite.get();
        Document doc = site.page(SEED);
        assertTrue(doc.selectFirst("a.pdf-link").text().matches("Print version \\(PDF, [0-9]+ KB, 1 page\\)"),
                doc.selectFirst("a.pdf-link").text());
        assertEquals("if-ukraine-falls.pdf", doc.selectFirst("a.pdf-link").attr("href"));
        List<String> toc = doc.select("nav.toc a").eachAttr("href");
        assertEquals(List.of("#putins-perspective", "#natos-position-and-dilemma", "#a-potential-rift",
                "#a-greater-crisis-looming", "#conclusion-uncertainties-and-challenges"), toc);
        assertNull(doc.selectFirst(".pager .newer"), "the newest has no newer");
        assertEquals("../../briefings/work-in-progress/index.html", doc.selectFirst(".pager .older a").attr("href"));
        assertEquals("Published 28 November 2026 · 2 min read", doc.selectFirst(".masthead .dateline").text());
        assertEquals("By Alex Morgan, Europe editor", doc.selectFirst(".masthead .byline").text());
        assertEquals(List.of("../../topics/nato/index.html", "../../topics/ukraine/index.html",
                "../../topics/security/index.html"), doc.select(".masthead .topics a").eachAttr("href"));
        assertNull(doc.selectFirst(".draft-banner"));

        Document draft = site.page("briefings/work-in-progress/index.html");
        assertTrue(draft.selectFirst(".draft-banner").text().startsWith("Draft"));
        assertEquals("Restricted", draft.selectFirst(".masthead .classification").text());
        assertTrue(draft.selectFirst("a.pdf-link").text().matches("Print version \\(PDF, [0-9]+ KB, 2 pages\\)"),
                draft.selectFirst("a.pdf-link").text());
    }

    @Test
    void topicArchiveSearchAnd404Pages() {
        Rendered site = TestSite.get();
        Document topics = site.page("topics/index.html");
        assertTrue(topics.select(".topic-index a").eachText().containsAll(List.of("NATO", "Ukraine", "Energy")));
        Document nato = site.page("topics/nato/index.html");
        assertEquals("NATO", nato.selectFirst("h1").text());
        assertEquals(3, nato.select(".briefing-list > li").size());
        Document archive = site.page("archive/index.html");
        assertEquals(List.of("2026", "2025", "Undated"), archive.select("h2").eachText());
        assertEquals(List.of("November 2026", "September 2026", "December 2025"), archive.select("h3").eachText());
        Document search = site.page("search/index.html");
        List<String> scripts = search.select("script[src]").eachAttr("src");
        assertEquals(2, scripts.size());
        assertTrue(scripts.get(0).matches("\\.\\./assets/search-index\\.[0-9a-f]{10}\\.js"), scripts.toString());
        assertEquals("Page not found", site.page("404.html").selectFirst("h1").text());
    }

    @Test
    void assetsAreFingerprintedByContentAndUnderBudget() throws IOException {
        Rendered site = TestSite.get();
        for (String file : site.files()) {
            if (file.startsWith("assets/")) {
                String hash = file.replaceFirst("^assets/[^.]+\\.([0-9a-f]{10})\\.[a-z]+$", "$1");
                assertEquals(Assets.hash(Files.readAllBytes(site.out().resolve(file))), hash, file);
            }
        }
        long largest = 0;
        String heaviest = "";
        for (String page : site.pages()) {
            Document doc = site.page(page);
            long bytes = 0;
            for (Element e : doc.select("link[rel=stylesheet], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String target = URI.create("x:/" + page).resolve(ref).getPath().substring(1);
                bytes += Files.size(site.out().resolve(target));
            }
            for (Element e : doc.select("style, script:not([src]):not([type=application/ld+json])")) {
                bytes += e.data().getBytes(StandardCharsets.UTF_8).length;
            }
            if (bytes > largest) {
                largest = bytes;
                heaviest = page;
            }
            assertTrue(bytes < 50 * 1024, page + ": " + bytes + " bytes of CSS and JS");
        }
        System.out.println("[budget] most CSS+JS on one page: " + largest + " bytes (" + heaviest + ")");
        for (String page : site.pages()) {
            String html = site.read(page);
            assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//[^\"]*\\.(css|js|woff2?)\".*"), page);
        }
    }

    @Test
    void hostileRawHtmlComesOutHarmless() {
        Rendered site = TestSite.get();
        Document doc = site.page(HOSTILE);
        String html = site.read(HOSTILE);
        assertAll(
                () -> assertEquals(1, doc.select("script").size(), "only the JSON-LD"),
                () -> assertTrue(doc.select("iframe, style, form, input, svg, object, embed").isEmpty()),
                () -> assertTrue(doc.select("*").stream().allMatch(e -> e.attributes().asList().stream()
                        .noneMatch(a -> a.getKey().toLowerCase().startsWith("on") || a.getKey().equals("style"))),
                        "no event handlers or styles"),
                () -> assertTrue(doc.select("a[href]").eachAttr("href").stream()
                        .noneMatch(h -> h.toLowerCase().replaceAll("\\s", "").matches("(javascript|data|vbscript):.*"))),
                () -> assertEquals(List.of("web", "one pixel"), doc.select(".body img").eachAttr("alt")),
                () -> assertTrue(doc.select("img[src^=data:]").eachAttr("src").stream()
                        .allMatch(s -> s.matches("data:image/(png|gif);base64,.*"))),
                () -> assertEquals(1, doc.select("#_main").size(), "raw HTML cannot take the page's ids"),
                () -> assertTrue(doc.select(".raw-html [class], .raw-html [id]").isEmpty()),
                () -> assertEquals("Esc", doc.selectFirst(".lead kbd").text()),
                () -> assertEquals("hover", doc.selectFirst(".lead span").text()),
                () -> assertEquals("NATO", doc.selectFirst("abbr[title=North Atlantic Treaty Organization]").text()),
                () -> assertNotNull(doc.selectFirst("details > summary")),
                () -> assertNotNull(doc.selectFirst("a[href=https://www.nato.int/]")),
                () -> assertFalse(html.contains("alert('break out')</script>")),
                () -> assertTrue(doc.body().text().contains(
                        "Template syntax: ${secret} <#assign a=1> <@macro/> ${\"x\"?new()} #{1} [=x]")),
                () -> assertTrue(doc.body().text().contains("${x} <#assign z=1> [#assign w=2]")),
                () -> assertEquals("</script><script>alert('title')</script> ${title}", doc.selectFirst("h1").text()));
        assertEquals(List.of(), site.parseErrors(HOSTILE));
    }

    @Test
    void sanitizerAllowListCases() {
        assertEquals("", Sanitizer.block("<script>alert(1)</script>"));
        assertEquals("<a href=\"https://example.org\" rel=\"nofollow\">x</a>",
                Sanitizer.block("<a href=\"https://example.org\" onclick=\"x()\">x</a>"));
        assertEquals("x", Sanitizer.block("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("x", Sanitizer.block("<a href=\"data:text/html,hi\">x</a>"));
        assertEquals("x", Sanitizer.block("<a href=\" java&#x09;script:alert(1)\">x</a>"));
        assertTrue(Sanitizer.block("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"g\">")
                .startsWith("<img src=\"data:image/gif;base64,"));
        assertEquals("", Sanitizer.block("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"s\">"));
        assertEquals("<img src=\"https://example.org/x.png\" alt=\"\" />",
                Sanitizer.block("<img src=\"https://example.org/x.png\" onload=\"x()\">"));
        assertEquals("", Sanitizer.block("<img src=\"x.png\" alt=\"relative\">"));
        assertEquals("", Sanitizer.inlineTag("<script>").map(Sanitizer.Tag::html).orElse(""));
        assertEquals("<kbd>", Sanitizer.inlineTag("<kbd onclick=\"x\">").orElseThrow().html());
        assertEquals("</kbd>", Sanitizer.inlineTag("</KBD>").orElseThrow().html());
        assertTrue(Sanitizer.inlineTag("<!-- c -->").isEmpty());
        assertTrue(Sanitizer.inlineTag("<b>x</b>").isEmpty(), "one tag at a time");
    }

    @Test
    void jsonCannotCloseItsScriptElement() {
        assertEquals("\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\uFFFD \\\" \\\\ \\n\"",
                Json.of("</script><!-- & \u2028 \uD800 \" \\ \n"));
        assertEquals("{\"a\":[1,true,null,\"x\"]}", Json.of(new java.util.LinkedHashMap<>(Map.of("a",
                java.util.Arrays.asList(1, true, null, "x")))));
    }

    static void assertWellFormed(Path xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newDocumentBuilder().parse(xml.toFile());
    }
}
