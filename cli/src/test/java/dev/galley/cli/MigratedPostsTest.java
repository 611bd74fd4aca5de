package dev.galley.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.galley.cli.Run.galley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A desk of posts written for Jekyll and Hugo, published as they are: their page names, earlier
 * addresses, dates with times and zones, authors, tags and expiry reach both outputs.
 */
class MigratedPostsTest {

    @TempDir
    static Path dir;

    private static PublishedSite site;
    private static Path out;
    private static Run run;

    @BeforeAll
    static void publish() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("briefings"));
        Files.writeString(content.resolve("galley.yaml"), "title: Harbour Desk\nbase_url: https://desk.example/\n");
        // Jekyll: a date with a space and an offset, a singular author, tags, a slug and redirect_from
        Files.writeString(content.resolve("briefings/2013-05-06-harbour.md"), """
                ---
                layout: post
                title: The harbour in 2013
                date: 2013-05-06 02:12:52 +0200
                author: Ann Quay
                tags: [ports, shipping]
                slug: harbour-2013
                redirect_from:
                  - /2013/05/06/harbour.html
                  - /blog/harbour/
                ---
                The harbour had a quiet year.
                """);
        // Hugo: a quoted instant, lastmod, categories, a link to the other post by its file
        Files.writeString(content.resolve("briefings/ferries.md"), """
                ---
                title: Ferries carry the year
                date: '2020-04-03T20:26:28.000Z'
                lastmod: '2020-04-05T08:00:00Z'
                author:
                  - name: Bo Pier
                    role: Transport correspondent
                categories: [transport]
                description: More passengers than ever.
                expiryDate: 2030-01-01
                weight: 10
                ---
                Compare [the harbour in 2013](2013-05-06-harbour.md) with today, as [the old
                page](/blog/harbour/) and [the 2013 address](https://desk.example/2013/05/06/harbour.html) did.
                """);
        Files.writeString(content.resolve("briefings/old-timetable.md"), """
                ---
                title: The winter timetable
                date: 2019-10-01
                expiryDate: 2020-03-31
                ---
                Ferries leave at nine.
                """);
        site = PublishedSite.publish(content, dir.resolve("site"), "--now", "2026-12-01T00:00:00Z");
        out = site.out();
        run = site.run();
    }

    @Test
    void aSlugIsThePageNameAndLinksToTheFileReachIt() throws IOException {
        assertTrue(Files.isRegularFile(out.resolve("briefings/harbour-2013/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("briefings/harbour-2013/harbour-2013.pdf")));
        assertFalse(Files.exists(out.resolve("briefings/2013-05-06-harbour")));
        Document ferries = site.briefing("ferries");
        assertEquals("../../briefings/harbour-2013/index.html",
                ferries.selectFirst("a:contains(the harbour in 2013)").attr("href"));
        List<String> uris = site.pdfUris("ferries");
        assertEquals(3, uris.stream().filter("../harbour-2013/harbour-2013.pdf"::equals).count(),
                "the link to the file and those to its earlier addresses reach the briefing's PDF: " + uris);
    }

    @Test
    void linksToAnEarlierAddressReachTheBriefingItself() throws IOException {
        Document ferries = site.briefing("ferries");
        assertEquals("../../briefings/harbour-2013/index.html", ferries.selectFirst("a:contains(the old page)").attr("href"));
        assertEquals("../../briefings/harbour-2013/index.html",
                ferries.selectFirst("a:contains(the 2013 address)").attr("href"));
    }

    @Test
    void earlierAddressesRedirectToTheBriefing() throws IOException {
        for (String alias : List.of("2013/05/06/harbour.html", "blog/harbour/index.html")) {
            Document page = site.page(alias);
            String toRoot = "../".repeat(alias.split("/").length - 1);
            assertEquals("0; url=" + toRoot + "briefings/harbour-2013/index.html",
                    page.selectFirst("meta[http-equiv=refresh]").attr("content"), alias);
            assertEquals("https://desk.example/briefings/harbour-2013/", page.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        }
    }

    @Test
    void authorsDatesAndTopicsReachThePage() throws IOException {
        Document harbour = site.briefing("harbour-2013");
        String text = harbour.body().text();
        assertTrue(text.contains("By Ann Quay"), text);
        assertTrue(text.contains("6 May 2013"), "the day in the zone written: " + text);
        assertTrue(text.contains("ports") && text.contains("shipping"), text);
        Document ferries = site.briefing("ferries");
        assertTrue(ferries.body().text().contains("By Bo Pier, Transport correspondent"), ferries.body().text());
        String ld = ferries.selectFirst("script[type=application/ld+json]").data();
        assertTrue(ld.contains("\"datePublished\":\"2020-04-03T20:26:28Z\""), ld);
        assertTrue(ld.contains("\"dateModified\":\"2020-04-05T08:00:00Z\""), ld);
        assertEquals("More passengers than ever.", ferries.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void theFeedCarriesTheInstantsWritten() throws IOException {
        Document feed = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", Parser.xmlParser());
        List<String> published = feed.select("entry > published").eachText();
        assertTrue(published.contains("2013-05-06T00:12:52Z"), published.toString());
        assertTrue(published.contains("2020-04-03T20:26:28Z"), published.toString());
    }

    @Test
    void anExpiredPostIsLeftOutAndNamed() {
        assertFalse(Files.exists(out.resolve("briefings/old-timetable")));
        assertTrue(run.out().contains("(expired: old-timetable (2020-03-31T00:00Z))"), run.out());
        assertTrue(run.out().contains("published 2 of 3 briefings"), run.out());
        assertFalse(run.err().contains("warning"), "no warnings for other generators' keys: " + run.err());
    }

    @Test
    void anEarlierAddressOfGalleysOwnOrOfTwoBriefingsIsAnError() throws IOException {
        Path content = dir.resolve("clash");
        Files.createDirectories(content.resolve("briefings"));
        Files.writeString(content.resolve("briefings/a.md"), "---\ntitle: A\naliases: [/search/]\n---\nA.\n");
        Files.writeString(content.resolve("briefings/b.md"), "---\ntitle: B\naliases: [/old/]\n---\nB.\n");
        Files.writeString(content.resolve("briefings/c.md"), "---\ntitle: C\naliases: [/old/]\n---\nC.\n");
        Run clash = galley("publish", content.toString(), "--out", dir.resolve("clash-site").toString());
        assertEquals(1, clash.code(), clash.err());
        assertTrue(clash.err().contains("a.md:3:10: error: the earlier address '/search/' is a page Galley writes itself"),
                clash.err());
        assertTrue(clash.err().contains("c.md:3:10: error: the earlier address '/old/' is claimed by 'b' too"), clash.err());
    }

    @Test
    void checkEndsWithTheProblemsGroupedByKindAndSummaryPrintsOnlyTheGroups() throws IOException {
        Path content = dir.resolve("moving");
        Files.createDirectories(content.resolve("briefings"));
        Files.writeString(content.resolve("briefings/a.md"), "---\ntitle: A\n---\n### Deep\n\n![a map](x.png)\n");
        Files.writeString(content.resolve("briefings/b.md"), "---\ntitle: B\n---\n### Deep\n\nSee [it](nope.md).\n");
        Files.writeString(content.resolve("briefings/c.md"), "---\ntitle: C\n---\n### Deep\n\nText.\n");
        Run check = galley("check", content.toString());
        assertEquals(1, check.code(), check.err());
        List<String> lines = check.err().lines().toList();
        int head = lines.indexOf("galley: 3 kinds of problem, errors first, the commonest first:");
        assertTrue(head > 0, check.err());
        // errors first (each once here, by code), then the warning that occurs three times
        assertTrue(lines.get(head + 1).matches("  error +image-missing +1  first: .*a\\.md:6:1: image file .*"),
                lines.get(head + 1));
        assertTrue(lines.get(head + 2).matches("  error +link-briefing +1  first: .*b\\.md:6:5: .*"), lines.get(head + 2));
        assertTrue(lines.get(head + 3).matches("  warning +heading-skip +3  first: .*a\\.md:4:1: .*"), lines.get(head + 3));

        Run grouped = galley("check", "--summary", content.toString());
        assertEquals(1, grouped.code());
        assertFalse(grouped.err().contains("b.md:4:1"), "the groups only: " + grouped.err());
        assertTrue(grouped.err().contains("heading-skip"), grouped.err());
    }

    @Test
    void siteAddressesAreCheckedAgainstTheListSitePathsNames() throws IOException {
        Path content = dir.resolve("listed");
        Files.createDirectories(content.resolve("briefings"));
        Files.writeString(content.resolve("galley.yaml"), "base_url: https://nodejs.org/\nsite_paths: site-paths.txt\n");
        Files.writeString(content.resolve("site-paths.txt"), "/en/download/\n/en/blog/*\n");
        Files.writeString(content.resolve("briefings/a.md"),
                "---\ntitle: A\n---\nGet [it](/en/download) and read [v5](/en/blog/v5) or [this](/en/dowload).\n");
        Run run = galley("check", content.toString());
        assertEquals(0, run.code(), run.err());
        List<String> warnings = run.err().lines().filter(l -> l.contains(": warning: ")).toList();
        assertEquals(1, warnings.size(), run.err());
        assertTrue(warnings.get(0).contains("a.md:4:54: warning: '/en/dowload' is not among the 2 addresses of the site"
                + " that site-paths.txt lists"), warnings.get(0));

        Files.delete(content.resolve("site-paths.txt"));
        Run missing = galley("check", content.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("galley.yaml:1:1: error: site_paths names 'site-paths.txt', which is not a file"
                + " in the content folder [config-value]"), missing.err());
    }

    @Test
    void keepGoingPublishesTheBriefingsWithoutErrorsAndStillFails() throws IOException {
        Path content = dir.resolve("keep-going");
        Files.createDirectories(content.resolve("briefings"));
        Files.writeString(content.resolve("briefings/good.md"), "---\ntitle: Good\n---\nSee [the bad one](bad.md).\n");
        Files.writeString(content.resolve("briefings/bad.md"), "---\ntitle: Bad\n---\nA chart: ![](chart.png)\n");
        Path kept = dir.resolve("keep-going-site");

        Run strict = galley("publish", content.toString(), "--out", kept.toString());
        assertEquals(1, strict.code(), strict.err());
        assertFalse(Files.exists(kept), "without --keep-going nothing is written");

        Run going = galley("publish", "--keep-going", content.toString(), "--out", kept.toString());
        assertEquals(1, going.code(), "the run still fails: " + going.err());
        assertTrue(going.err().contains("bad.md:4:10: error: "), going.err());
        assertTrue(going.out().contains("published 1 of 2 briefings"), going.out());
        assertTrue(going.out().matches("(?s).*\\(left out for their errors: \\S*briefings/bad\\.md\\).*"), going.out());
        assertTrue(Files.isRegularFile(kept.resolve("briefings/good/good.pdf")));
        assertFalse(Files.exists(kept.resolve("briefings/bad")));
        // the link to the briefing left out keeps its words and loses its address, in both outputs
        PublishedSite partial = new PublishedSite(kept, going);
        Document good = partial.briefing("good");
        assertTrue(good.body().text().contains("See the bad one."), good.body().text());
        assertTrue(good.select("a:contains(the bad one)").isEmpty(), good.select("main").html());
        assertEquals(List.of(), partial.pdfUris("good"), "no link to the page left out");

        // a problem outside the briefings (here the settings) still writes nothing
        Files.writeString(content.resolve("galley.yaml"), "paper: A7\n");
        Path other = dir.resolve("keep-going-other");
        Run settings = galley("publish", "--keep-going", content.toString(), "--out", other.toString());
        assertEquals(1, settings.code(), settings.err());
        assertTrue(settings.err().contains("galley.yaml:1:"), settings.err());
        assertFalse(Files.exists(other), settings.out());
    }
}
