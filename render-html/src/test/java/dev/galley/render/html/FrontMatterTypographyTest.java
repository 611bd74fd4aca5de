package dev.galley.render.html;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.Site;
import dev.galley.core.read.BriefingReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Front matter typed with straight quotes, {@code --} and {@code ...} reaches every output of the
 * site with the body's curly quotes, dashes and ellipses, read by core as the desk's files are;
 * the address of the page and of its topic stay as written.
 */
class FrontMatterTypographyTest {

    static final String TITLE = "The Port of Vellmar\u2019s \u201CDifficult\u201D Year";
    static final String DEK = "Cranes idle \u2013 for now\u2026";
    static final String SUMMARY = "The harbour master\u2019s \u2018last\u2019 word\u2014again.";
    static final String PAGE = "briefings/vellmar-s-year/index.html";

    @TempDir
    static Path work;

    static Rendered rendered;

    @BeforeAll
    static void render() throws IOException {
        Briefing english = read("vellmar.md", """
                ---
                title: The Port of Vellmar's "Difficult" Year
                dek: Cranes idle -- for now...
                summary: The harbour master's 'last' word---again.
                authors:
                  - name: Aoife O'Brien
                    role: Editor's desk
                topics: [Vellmar's port]
                slug: vellmar-s-year
                ---
                The harbour's year.
                """);
        // French: the same source text as title and as body, to compare the two as published
        Briefing french = read("bilan.md", """
                ---
                title: <<L'année du port>> -- bilan...
                lang: fr
                ---
                <<L'année du port>> -- bilan...
                """);
        rendered = Rendered.render(new Site(Fixtures.CONFIG_WITH_BASE, List.of(english, french)), work, 1);
    }

    private static Briefing read(String file, String markdown) {
        return new BriefingReader(Fixtures.CONFIG_WITH_BASE, p -> false)
                .read("briefings/" + file, "content/briefings/" + file, markdown.getBytes(StandardCharsets.UTF_8))
                .briefing().orElseThrow();
    }

    @Test
    void thePageHeadAndMastheadHaveTheBodysPunctuation() {
        Document page = rendered.page(PAGE);
        assertEquals(TITLE, page.selectFirst("header.masthead h1").text());
        assertEquals(TITLE + " \u2014 Security Desk", page.title());
        assertEquals(TITLE + " \u2014 Security Desk", page.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals(DEK, page.selectFirst("header.masthead .dek").text().replace('\u00A0', ' '));
        assertEquals(SUMMARY, page.selectFirst("meta[name=description]").attr("content"));
        assertEquals("By Aoife O\u2019Brien, Editor\u2019s desk", page.selectFirst(".byline").text());
        // the topic's address is made from the topic as written
        assertTrue(page.selectFirst(".topics a").attr("href").contains("/vellmars-port/"),
                page.selectFirst(".topics").outerHtml());
        assertEquals("Vellmar's port", page.selectFirst(".topics a").text());
    }

    @Test
    void jsonLdFeedAndSearchIndexHaveIt() throws IOException {
        String ld = rendered.page(PAGE).selectFirst("script[type=application/ld+json]").data();
        // Json writes characters other than < > & as they are
        assertTrue(ld.contains("\"headline\":\"" + TITLE.replace("\"", "\\\"") + "\""), ld);
        assertTrue(ld.contains("\"description\":\"" + SUMMARY + "\""), ld);
        assertTrue(ld.contains("\"name\":\"Aoife O\u2019Brien\",\"jobTitle\":\"Editor\u2019s desk\""), ld);

        Document feed = Jsoup.parse(rendered.read("feed.xml"), "", Parser.xmlParser());
        assertTrue(feed.select("entry > title").eachText().contains(TITLE), feed.select("entry > title").toString());
        assertTrue(feed.select("entry > summary").eachText().contains(SUMMARY), feed.select("entry > summary").toString());
        assertTrue(feed.select("entry > author > name").eachText().contains("Aoife O\u2019Brien"));
        assertTrue(feed.select("link[rel=alternate]").eachAttr("href").stream().anyMatch(h -> h.endsWith("/vellmar-s-year/")));

        String index = rendered.files().stream().filter(f -> f.startsWith("assets/search-index.")).findFirst()
                .map(rendered::read).orElseThrow();
        assertTrue(index.contains("\"t\":\"" + TITLE + "\",\"k\":\"" + DEK + "\""), index);
    }

    @Test
    void aFrenchTitleReadsAsTheSameFrenchBodyCounts() {
        Document page = rendered.page("briefings/bilan/index.html");
        // wholeText: text() would show the no-break spaces as plain ones
        String h1 = page.selectFirst("header.masthead h1").wholeText();
        String body = page.selectFirst(".body p").wholeText();
        // « » from << >>, ’, – and …; then French spacing inside the guillemets, as in the body
        assertEquals(body, h1);
        assertTrue(h1.startsWith("\u00AB\u00A0L\u2019ann\u00E9e du port\u00A0\u00BB"), h1);
        assertTrue(h1.endsWith("\u00BB\u00A0\u2013 bilan\u2026"), h1);
    }
}
