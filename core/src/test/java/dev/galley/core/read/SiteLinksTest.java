package dev.galley.core.read;

import dev.galley.core.check.LinkCheck;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SitePaths;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Root-relative links and images: the site around the microsite, or the microsite's own pages. */
class SiteLinksTest {

    private static final Set<String> FILES = Set.of("media/chart.png", "reports/2025.pdf");

    private static SiteConfig at(String base) {
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(d.title(), Optional.ofNullable(base).map(URI::create), "en", Optional.empty(),
                PaperSize.A4, 4, Map.of(), Map.of(), Map.of());
    }

    private static BriefingReader.Result read(SiteConfig config, String body) {
        String file = "---\ntitle: T\n---\n\n" + body + "\n";
        return new BriefingReader(config, FILES::contains)
                .read("briefings/post.md", "briefings/post.md", file.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Inline> inlines(BriefingReader.Result result) {
        Briefing b = result.briefing().orElseThrow();
        return ((Block.Paragraph) b.lead().get(0)).inlines();
    }

    private static List<LinkTarget> targets(BriefingReader.Result result) {
        List<LinkTarget> targets = new ArrayList<>();
        for (Inline inline : inlines(result)) {
            if (inline instanceof Inline.Link link) {
                targets.add(link.target());
            }
        }
        return targets;
    }

    private static List<String> problems(BriefingReader.Result result) {
        return labels(result.diagnostics());
    }

    private static List<String> labels(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.pos().line() + ":" + d.pos().column() + " "
                + d.severity().label() + " " + d.code()).toList();
    }

    /** The reader's problems and then the site-wide link check's, for a desk of this one briefing and {@code others}. */
    private static List<Diagnostic> checked(SiteConfig config, BriefingReader.Result result, Briefing... others) {
        Briefing b = result.briefing().orElseThrow();
        List<Briefing> all = new ArrayList<>(List.of(others));
        all.add(b);
        List<LinkCheck.Facts> facts = all.stream().map(x -> LinkCheck.Facts.of(x, x.source(), config.baseUrl())).toList();
        List<Diagnostic> found = new ArrayList<>(result.diagnostics());
        found.addAll(LinkCheck.check(facts, false, PageNames.of(all, config.baseUrl()), config.sitePaths()));
        return found;
    }

    private static Briefing other(SiteConfig config, String name, String text) {
        return new BriefingReader(config, FILES::contains).read("briefings/" + name + ".md", "briefings/" + name + ".md",
                text.getBytes(StandardCharsets.UTF_8)).briefing().orElseThrow();
    }

    @Test
    void withABaseUrlARootRelativeLinkIsTheAddressOnItsHost() {
        BriefingReader.Result result = read(at("https://nodejs.org/blog/"),
                "[download](/en/download) and [v5](/en/blog/release/v5.1.1#notes) and [q](/search?q=a%20b)");
        assertEquals(List.of(), problems(result));
        assertEquals(List.of(new LinkTarget.Web("https://nodejs.org/en/download"),
                new LinkTarget.Web("https://nodejs.org/en/blog/release/v5.1.1#notes"),
                new LinkTarget.Web("https://nodejs.org/search?q=a%20b")), targets(result));
    }

    @Test
    void withoutABaseUrlItIsKeptAsWrittenWithAWarning() {
        SiteConfig config = at(null);
        BriefingReader.Result result = read(config, "See [download](/en/download).");
        assertEquals(List.of(new LinkTarget.Web("/en/download")), targets(result));
        assertEquals(List.of("5:5 warning link-site"), labels(checked(config, result)));
    }

    @Test
    void aFileOfTheContentFolderStaysThatFile() {
        BriefingReader.Result result = read(at("https://example.org/"), "[report](/reports/2025.pdf)");
        assertEquals(List.of(new LinkTarget.ContentFile("reports/2025.pdf")), targets(result));
        BriefingReader.Result outside = read(at("https://example.org/"), "[x](/../etc/passwd)");
        assertEquals(List.of("5:1 error link-outside"), problems(outside));
    }

    @Test
    void theAddressOfOneOfTheSitesBriefingsIsThatBriefing() {
        SiteConfig config = at("https://example.org/desk/");
        BriefingReader.Result result = read(config, "[a](/desk/briefings/harbour/) [b](https://x.example/)"
                + " [c](/desk/briefings/harbour/index.html#quays) [d](/desk/briefings/harbour/harbour.pdf)");
        List<LinkTarget> targets = targets(result);
        assertEquals(new LinkTarget.BriefingPage("harbour", ""), targets.get(0));
        assertEquals(new LinkTarget.BriefingPage("harbour", "quays"), targets.get(2));
        assertEquals(new LinkTarget.BriefingPage("harbour", ""), targets.get(3));
        // the same path outside the desk's own address is the wider site's
        assertEquals(List.of(new LinkTarget.Web("https://example.org/briefings/harbour/")),
                targets(read(config, "[a](/briefings/harbour/)")));
    }

    @Test
    void rootRelativeImagesAreTheWebAddressOrAnErrorWithoutABaseUrl() {
        BriefingReader.Result result = read(at("https://nodejs.org/"), "An image ![logo](/static/images/logo.png) here.");
        Inline.Image image = (Inline.Image) inlines(result).stream().filter(i -> i instanceof Inline.Image).findFirst()
                .orElseThrow();
        assertEquals("https://nodejs.org/static/images/logo.png", image.source());
        BriefingReader.Result without = read(at(null), "An image ![logo](/static/images/logo.png) here.");
        assertEquals(List.of("5:10 error image-missing"), problems(without));
        assertTrue(without.diagnostics().get(0).message().contains("base_url"));
        assertEquals("media/chart.png", ((Inline.Image) inlines(read(at("https://nodejs.org/"),
                "An image ![c](/media/chart.png) here.")).stream().filter(i -> i instanceof Inline.Image)
                .findFirst().orElseThrow()).source());
    }

    @Test
    void anAddressNoBrowserWouldTakeIsRefused() {
        assertEquals(List.of("5:1 error link-invalid"), problems(read(at("https://example.org/"), "[x](/a\\b)")));
    }

    @Test
    void withAListOfTheSitesAddressesAnUnlistedLinkIsWarnedAbout() {
        SitePaths paths = SitePaths.parse("site-paths.txt", "# nodejs.org\n/en/download/\n/en/blog/*\n/about/index.html\n");
        SiteConfig config = at("https://nodejs.org/").withSitePaths(paths);
        BriefingReader.Result result = read(config, "[a](/en/download) [b](/en/blog/release/v5.1.1#x) [c](/about/)"
                + " [d](/en/downlaod)");
        List<Diagnostic> found = checked(config, result);
        assertEquals(List.of("5:63 warning link-site"), labels(found));
        assertTrue(found.get(0).message().contains("'/en/downlaod' is not among the 3 addresses"), found.get(0).message());
        assertEquals(4, targets(result).size(), "the link is kept: the list may be out of date");
    }

    @Test
    void anAbsoluteLinkToABriefingsPublishedAddressIsThatBriefing() {
        SiteConfig config = at("https://example.org/desk/");
        assertEquals(List.of(new LinkTarget.BriefingPage("harbour", "quays"),
                        new LinkTarget.Web("https://example.org/briefings/harbour/"),
                        new LinkTarget.Web("https://example.org.evil/desk/briefings/harbour/")),
                targets(read(config, "[a](https://EXAMPLE.org/desk/briefings/harbour/#quays)"
                        + " [b](https://example.org/briefings/harbour/) [c](https://example.org.evil/desk/briefings/harbour/)")));
    }

    @Test
    void aLinkToAnEarlierAddressOfABriefingReachesThatBriefing() {
        SiteConfig config = at("https://example.org/");
        Briefing harbour = other(config, "harbour", "---\ntitle: H\nslug: harbour-2013\nredirect_from: [/2013/05/harbour.html,"
                + " /blog/harbour/]\n---\n## Quays\n\nText.\n");
        BriefingReader.Result result = read(config, "[a](/blog/harbour/#quays) [b](https://example.org/2013/05/harbour.html)"
                + " [c](/blog/harbour/index.html) [d](/blog/harbour/#docks) [e](/blog/other/)");
        PageNames names = PageNames.of(List.of(harbour, result.briefing().orElseThrow()), config.baseUrl());
        List<LinkTarget> reached = targets(result).stream().map(names::resolve).toList();
        assertEquals(new LinkTarget.BriefingPage("harbour", "quays"), reached.get(0));
        assertEquals(new LinkTarget.BriefingPage("harbour", ""), reached.get(1));
        assertEquals(new LinkTarget.BriefingPage("harbour", ""), reached.get(2));
        assertEquals(new LinkTarget.Web("https://example.org/blog/other/"), reached.get(4));
        assertEquals("harbour-2013", names.pageOf("harbour"));
        // the section the earlier address names is checked like any other briefing's
        List<Diagnostic> found = checked(config, result, harbour);
        assertEquals(List.of("5:103 error link-anchor"), labels(found));
    }

    @Test
    void withoutABaseUrlARootRelativeEarlierAddressIsNoWarning() {
        SiteConfig config = at(null);
        Briefing harbour = other(config, "harbour", "---\ntitle: H\naliases: [/blog/harbour/]\n---\nText.\n");
        BriefingReader.Result result = read(config, "[a](/blog/harbour/) [b](/en/download)");
        assertEquals(List.of("5:21 warning link-site"), labels(checked(config, result, harbour)));
    }
}
