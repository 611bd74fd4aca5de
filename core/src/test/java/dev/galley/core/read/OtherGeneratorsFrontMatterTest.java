package dev.galley.core.read;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.Author;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Front matter as Jekyll, Hugo, Eleventy, Astro and Docusaurus posts have it, read onto Galley's
 * model with the same checks as Galley's own keys.
 */
class OtherGeneratorsFrontMatterTest {

    private static BriefingReader.Result read(SiteConfig config, String frontMatter) {
        String file = "---\n" + frontMatter + "\n---\n\nBody text.\n";
        return new BriefingReader(config, path -> false)
                .read("briefings/post.md", "briefings/post.md", file.getBytes(StandardCharsets.UTF_8));
    }

    private static BriefingReader.Result read(String frontMatter) {
        return read(SiteConfig.defaults(), frontMatter);
    }

    private static Meta meta(String frontMatter) {
        return meta(SiteConfig.defaults(), frontMatter);
    }

    private static Meta meta(SiteConfig config, String frontMatter) {
        BriefingReader.Result result = read(config, frontMatter);
        assertFalse(result.hasErrors(), () -> "unexpected errors: " + result.diagnostics());
        return result.briefing().orElseThrow().meta();
    }

    private static List<String> problems(BriefingReader.Result result) {
        return result.diagnostics().stream()
                .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.severity().label() + " " + d.code())
                .toList();
    }

    private static SiteConfig inZone(String zone) {
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(d.title(), d.baseUrl(), d.lang(), d.defaultAuthor(), PaperSize.A4, d.tocMinPages(),
                d.rules(), Map.of(), Map.of(), Optional.of(ZoneId.of(zone)), true);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "date: '2020-04-03T20:26:28.000Z'      | 2020-04-03 | 2020-04-03T20:26:28Z",
            "date: 2026-05-07T10:09:15.417Z        | 2026-05-07 | 2026-05-07T10:09:15.417Z",
            "date: 2013-05-06 02:12:52 +0200       | 2013-05-06 | 2013-05-06T00:12:52Z",
            "date: '2019-01-31T09:00:00-05:00'     | 2019-01-31 | 2019-01-31T14:00:00Z",
            "date: 2019-01-31 23:30                | 2019-01-31 | 2019-01-31T23:30:00Z",
            "date: 2025/10/07                      | 2025-10-07 | ",
            "date: 2025-10-07                      | 2025-10-07 | "})
    void datesOfEveryCommonFormKeepTheDayAndTheInstant(String line, String day, String instant) {
        Meta meta = meta("title: T\n" + line);
        assertEquals(LocalDate.parse(day), meta.date().orElseThrow());
        assertEquals(Optional.ofNullable(instant).map(OffsetDateTime::parse).map(OffsetDateTime::toInstant),
                meta.published().map(OffsetDateTime::toInstant));
    }

    @Test
    void theDayShownIsTakenInTheDesksZoneWhenItSetsOne() {
        // 23:30 in New York is the next day in UTC; the desk in New York sees the 31st
        assertEquals(LocalDate.of(2019, 1, 31),
                meta(inZone("America/New_York"), "title: T\ndate: 2019-02-01T04:30:00Z").date().orElseThrow());
        // a time without a zone is read in the desk's zone
        assertEquals(OffsetDateTime.parse("2019-01-31T23:30-05:00").toInstant(),
                meta(inZone("America/New_York"), "title: T\ndate: 2019-01-31 23:30").published().orElseThrow().toInstant());
        // without a zone of the desk's, the day is the one written
        assertEquals(LocalDate.of(2013, 5, 6), meta("title: T\ndate: 2013-05-06 00:30:00 +0200").date().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lastmod", "last_modified_at", "updated"})
    void updatesByAnyGeneratorsName(String key) {
        Meta meta = meta("title: T\ndate: 2025-01-02\n" + key + ": '2025-01-05T08:00:00Z'");
        assertEquals(LocalDate.of(2025, 1, 5), meta.updated().orElseThrow());
        assertTrue(meta.revised().isPresent());
    }

    @Test
    void aDateThatIsNoneOfTheFormsIsAnErrorAtItsValue() {
        BriefingReader.Result result = read("title: T\ndate: 2025-02-30\nupdated: last week");
        assertEquals(List.of("3:7 error front-matter-value", "4:10 error front-matter-value"), problems(result));
        assertTrue(result.diagnostics().get(0).message().contains("2026-11-28T09:30:00Z"), "the message names the forms");
    }

    @Test
    void authorInEveryShapeIsTheByline() {
        assertEquals(List.of(Author.named("Shelley Vohr")), meta("title: T\nauthor: Shelley Vohr").authors());
        assertEquals(List.of(Author.named("Ann"), Author.named("Bo")), meta("title: T\nauthor: [Ann, Bo]").authors());
        assertEquals(List.of(new Author("Ann", Optional.of("Editor"))),
                meta("title: T\nauthor:\n  name: Ann\n  role: Editor").authors());
        // no misspelling warning any more: 'author' is a key of its own
        assertEquals(List.of(), problems(read("title: T\nauthor: Shelley Vohr")));
    }

    @Test
    void galleysOwnKeyWinsOverASynonymWithAWarning() {
        BriefingReader.Result result = read("title: T\nauthors: [Ann]\nauthor: Bo");
        assertEquals(List.of(Author.named("Ann")), result.briefing().orElseThrow().meta().authors());
        assertEquals(List.of("4:1 warning front-matter-key"), problems(result));
    }

    @Test
    void descriptionIsTheSummaryWhenThereIsNone() {
        assertEquals("From Hugo.", meta("title: T\ndescription: From Hugo.").summary().orElseThrow());
        assertEquals("Ours.", meta("title: T\nsummary: Ours.\ndescription: Theirs.").summary().orElseThrow());
    }

    @Test
    void tagsAndCategoriesAreTopicsOnceEach() {
        Meta meta = meta("title: T\ntopics: [Ports]\ntags: [ports, energy]\ncategories: Policy, Energy\ncategory: release");
        assertEquals(List.of("Ports", "energy", "Policy", "release"), meta.topics());
        SiteConfig d = SiteConfig.defaults();
        SiteConfig apart = new SiteConfig(d.title(), d.baseUrl(), d.lang(), d.defaultAuthor(), PaperSize.A4,
                d.tocMinPages(), d.rules(), Map.of(), Map.of(), Optional.empty(), false);
        Meta kept = meta(apart, "title: T\ntags: [ports]");
        assertEquals(List.of(), kept.topics());
        assertEquals(List.of("ports"), kept.extra().get("tags"));
    }

    @Test
    void draftAndPublishedFalseAreDrafts() {
        assertEquals(Status.DRAFT, meta("title: T\ndraft: true").status());
        assertEquals(Status.PUBLISHED, meta("title: T\ndraft: false").status());
        assertEquals(Status.DRAFT, meta("title: T\npublished: false").status());
        BriefingReader.Result contradiction = read("title: T\nstatus: published\ndraft: true");
        assertEquals(Status.PUBLISHED, contradiction.briefing().orElseThrow().meta().status());
        assertEquals(List.of("4:1 warning front-matter-value"), problems(contradiction));
        assertEquals(List.of("3:8 error front-matter-value"), problems(read("title: T\ndraft: maybe")));
    }

    @Test
    void publishDateIsTheEmbargoAndExpiryDateTheEnd() {
        Meta meta = meta("title: T\npublishDate: 2026-12-01T09:00:00+01:00\nexpiryDate: 2027-01-31");
        assertEquals(OffsetDateTime.parse("2026-12-01T09:00:00+01:00"), meta.embargo().orElseThrow());
        assertEquals(OffsetDateTime.parse("2027-01-31T00:00:00Z"), meta.expiry().orElseThrow());
    }

    @Test
    void aSlugSetsThePageName() {
        BriefingReader.Result result = read("title: T\nslug: harbour-2025");
        assertEquals("harbour-2025", result.briefing().orElseThrow().slug());
        assertEquals("post", read("title: T").briefing().orElseThrow().slug());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'..'", "a/b", "'a\\b'", "CON", "lpt1.txt", "''", "'.hidden'", "'ends.'", "x y"})
    void aSlugThatIsNoSafePageNameIsAnErrorAtItsValue(String slug) {
        BriefingReader.Result result = read("title: T\nslug: " + slug);
        assertTrue(problems(result).contains("3:7 error front-matter-value") || slug.equals("''"),
                () -> slug + ": " + problems(result));
        assertEquals("post", result.briefing().orElseThrow().slug(), "the file's name stands in");
    }

    @Test
    void anOverLongSlugIsAnError() {
        assertEquals(List.of("3:7 error front-matter-value"), problems(read("title: T\nslug: " + "a".repeat(101))));
    }

    @Test
    void aliasesAndRedirectFromAreEarlierAddresses() {
        assertEquals(List.of("blog/2019/harbour/", "old-harbour.html"),
                meta("title: T\naliases: [/blog/2019/harbour/, old-harbour.html]").aliases());
        assertEquals(List.of("2013/05/06/post"), meta("title: T\nredirect_from: /2013/05/06/post").aliases());
        BriefingReader.Result bad = read("title: T\naliases:\n  - /ok/\n  - /../etc/passwd\n  - /a?b=c");
        assertEquals(List.of("5:5 error front-matter-value", "6:5 error front-matter-value"), problems(bad));
    }

    @Test
    void otherGeneratorsTemplateKeysAreKeptWithoutWarnings() {
        BriefingReader.Result result = read("title: T\nlayout: blog-post\npermalink: /x/\nweight: 3\ntoc: true\ntype: post");
        assertEquals(List.of(), problems(result));
        assertEquals("blog-post", result.briefing().orElseThrow().meta().extra().get("layout"));
        // the misspelling warning stays for a key one edit from Galley's
        assertEquals(List.of("3:1 warning front-matter-key"), problems(read("title: T\ntopic: [a]")));
    }

    @Test
    void aNodeJsBlogPostReadsWithoutAProblem() {
        BriefingReader.Result result = read("""
                date: '2020-04-03T20:26:28.000Z'
                category: announcements
                title: Changes to Release Schedule
                layout: blog-post
                author: Shelley Vohr""");
        assertEquals(List.<Diagnostic>of(), result.diagnostics());
        Meta meta = result.briefing().orElseThrow().meta();
        assertEquals(LocalDate.of(2020, 4, 3), meta.date().orElseThrow());
        assertEquals("Shelley Vohr", meta.authors().get(0).name());
        assertEquals(List.of("announcements"), meta.topics());
    }

    @Test
    void aHugoThemesCoverIsTheBriefingsCoverImageAndLeadsItsText() {
        String file = "---\ntitle: Quays\ncover:\n  image: images/quay.jpg\n  alt: The east quay\n"
                + "  caption: The quay at dawn.\n  relative: true\n---\n\nBody text.\n";
        BriefingReader.Result result = new BriefingReader(SiteConfig.defaults(), path -> path.endsWith("quay.jpg"))
                .read("briefings/post.md", "briefings/post.md", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), problems(result));
        var briefing = result.briefing().orElseThrow();
        var cover = briefing.meta().cover().orElseThrow();
        assertEquals("briefings/images/quay.jpg", cover.image().source());
        assertEquals("The east quay", cover.image().alt());
        assertEquals("The quay at dawn.", dev.galley.core.model.PlainText.of(cover.caption()));
        assertTrue(briefing.lead().get(0) == cover, "the same figure leads the text");
        assertEquals(4, cover.pos().line(), "placed at the image");
    }

    @Test
    void aCoverWithoutAnImageOrWithAMissingOneIsAnErrorAtItsValue() {
        assertEquals(List.of("3:8 error image-missing"), problems(read("title: Quays\ncover: {alt: The east quay}")));
        assertEquals(List.of("3:16 error image-missing"), problems(read("title: Quays\ncover: {image: images/none.jpg}")));
    }
}
