package dev.galley.render.html;

import dev.galley.core.model.Author;
import dev.galley.core.model.Block;
import dev.galley.core.model.BodyCounts;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Inline;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.Section;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SourcePos;
import dev.galley.core.model.Status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Briefings built by hand, so these tests need no Markdown reader. */
final class Fixtures {

    /** The sample paragraph of the kitchen-sink briefing, with typographic quotes. */
    static final String SAMPLE_PARAGRAPH = "Putin said Ukraine\u2019s counteroffensive was "
            + "\u201Cnot stalled, but failed.\u201D The desk\u2019s view differs.";

    static final SiteConfig CONFIG = new SiteConfig("Security Desk", Optional.empty(), "en",
            Optional.of(new Author("The Desk", Optional.empty())), PaperSize.A4, SiteConfig.DEFAULT_TOC_MIN_PAGES, Map.of());

    private static int line = 1;

    private Fixtures() {
    }

    // ---- small builders ----

    static SourcePos pos() {
        return new SourcePos(line++, 1);
    }

    static Inline.Text t(String text) {
        return new Inline.Text(text, pos());
    }

    static Block.Paragraph p(Inline... inlines) {
        return new Block.Paragraph(List.of(inlines), pos());
    }

    static Block.Paragraph p(String text) {
        return p(t(text));
    }

    static Inline.FootnoteRef ref(int number) {
        return new Inline.FootnoteRef("n" + number, number, pos());
    }

    static Block.ListItem item(Block... blocks) {
        return new Block.ListItem(List.of(blocks), pos());
    }

    static Block.TableCell cell(String text) {
        return new Block.TableCell(List.of(t(text)), Block.Alignment.DEFAULT, pos());
    }

    static Block.TableRow row(String... cells) {
        return new Block.TableRow(Arrays.stream(cells).map(Fixtures::cell).toList());
    }

    static Section section(String id, int level, String heading, List<Block> blocks,
                           Section... children) {
        return new Section(id, level, List.of(t(heading)), blocks, List.of(children), pos());
    }

    static Meta meta(String title, LocalDate date) {
        return new Meta(title, Optional.empty(), Optional.ofNullable(date), Optional.empty(),
                List.of(), List.of(), Optional.empty(), Status.PUBLISHED, Optional.empty(),
                Optional.empty(), "en", Map.of(), Map.of());
    }

    /** A short briefing with one paragraph. */
    static Briefing minimal(String slug, String title, LocalDate date) {
        List<Block> lead = List.of(p("Only a lead paragraph for " + title + "."));
        return new Briefing("briefings/" + slug + ".md", slug,
                new Meta(title, Optional.of("A dek for " + title), Optional.ofNullable(date),
                        Optional.empty(), List.of(), List.of("Europe"),
                        Optional.of("Summary of " + title + "."), Status.PUBLISHED,
                        Optional.empty(), Optional.empty(), "en", Map.of(), Map.of()),
                lead, List.of(), List.of(), counts(lead, List.of(), List.of(), 8));
    }

    // ---- the kitchen sink: every block and inline kind ----

    static final String MISSING_IMAGE = "images/not-there.png";
    static final String LOCAL_IMAGE = "images/chart one.png";

    static Briefing kitchenSink() {
        Meta meta = new Meta("NATO after Ukraine: <b>${title}</b>",
                Optional.of("What a \u201Cfailed\u201D counteroffensive would mean for the alliance"),
                Optional.of(LocalDate.of(2026, 11, 20)), Optional.of(LocalDate.of(2026, 11, 27)),
                List.of(new Author("Jane Doe", Optional.of("Senior analyst")),
                        Author.named("John Roe")),
                List.of("NATO", "Ukraine", "Russia"),
                Optional.of("Whether the alliance holds if Kyiv loses."), Status.PUBLISHED,
                Optional.empty(), Optional.of("Internal"), "en-GB", Map.of(), Map.of());

        List<Block> lead = List.of(
                p(t(SAMPLE_PARAGRAPH), ref(1)),
                p(t("Template syntax stays text: ${x} and <#assign y=1> and "),
                        new Inline.RawHtml("<script>alert(1)</script>", pos()),
                        t(" and a <script>alert(2)</script> in plain text.")));

        Block table = new Block.Table(
                List.of(row("Member", "Spending", "Target")),
                List.of(row("Poland", "4.1%", "yes"), row("Germany", "2.1%", "yes"),
                        new Block.TableRow(List.of(cell("Spain"),
                                new Block.TableCell(List.of(t("1.3%")), Block.Alignment.RIGHT, pos()),
                                new Block.TableCell(List.of(new Inline.Strikethrough(
                                        List.of(t("yes")), pos())), Block.Alignment.DEFAULT, pos())))),
                List.of(Block.Alignment.LEFT, Block.Alignment.RIGHT, Block.Alignment.CENTER), pos());

        Section deep = section("depth-6", 6, "Six deep", List.of(p("Deepest text.")),
                section("depth-7", 6, "Seven deep", List.of(p("Clamped at h6."))));
        Section nested = section("depth-3", 3, "Three deep", List.of(p("Third level.")),
                section("depth-4", 4, "Four deep", List.of(),
                        section("depth-5", 5, "Five deep", List.of(), deep)));

        Section perspective = section("putins-perspective", 1, "Putin\u2019s Perspective", List.of(
                p(t("Putin spoke about Russia\u2019s position"), ref(2), t(", and again"), ref(1),
                        t(".")),
                new Block.BulletList(List.of(
                        item(p("Sanctions")),
                        item(p("Aid"), new Block.BulletList(List.of(item(p("Nested"))), true, pos()))),
                        true, pos()),
                new Block.OrderedList(3, List.of(item(p("Third")), item(p("Fourth"))), false, pos()),
                new Block.BlockQuote(List.of(p("Not stalled, but failed.")), pos())),
                nested);

        Section position = section("natos-position", 1, "NATO\u2019s Position", List.of(
                p(new Inline.Emphasis(List.of(t("Emphasis")), pos()), t(", "),
                        new Inline.Strong(List.of(t("strong")), pos()), t(", "),
                        new Inline.Code("inline <code>", pos()), t(","), new Inline.SoftBreak(pos()),
                        t("soft break, hard break"), new Inline.HardBreak(pos()),
                        new Inline.Link(new LinkTarget.Web("https://www.nato.int/"), "NATO home",
                                List.of(t("a link")), pos()), t(", "),
                        new Inline.Link(new LinkTarget.Anchor("putins-perspective"), "", List.of(t("a fragment")), pos()),
                        t(", "),
                        new Inline.Link(new LinkTarget.Web("javascript:alert(3)"), "", List.of(t("a bad link")), pos()),
                        t(" and an inline image "),
                        new Inline.Image(MISSING_IMAGE, "a missing chart", "", pos()), t(".")),
                table,
                new Block.Figure(new Inline.Image(LOCAL_IMAGE, "Defence spending by member",
                        "Spending", pos()), List.of(t("Defence spending, 2026")), pos()),
                new Block.CodeBlock("java", "var x = \"${x}\";\n<#assign y=1>", pos(), pos()),
                new Block.ThematicBreak(pos()),
                new Block.Callout(Block.Callout.Kind.NOTE, Optional.empty(), List.of(p("A note under its kind's label.")), pos()),
                new Block.Callout(Block.Callout.Kind.WARNING, Optional.of(List.of(t("Sanctions "),
                        new Inline.Emphasis(List.of(t("take")), pos()), t(" time"))),
                        List.of(p(t("See "), new Inline.Link(new LinkTarget.Anchor("putins-perspective"), "",
                                List.of(t("the first section")), pos()), t(".")),
                                new Block.BulletList(List.of(item(p("one")), item(p("two"))), true, pos())), pos()),
                new Block.Callout(Block.Callout.Kind.TIP, Optional.empty(), List.of(p("A tip.")), pos()),
                new Block.Callout(Block.Callout.Kind.IMPORTANT, Optional.empty(), List.of(p("Important.")), pos()),
                new Block.Callout(Block.Callout.Kind.CAUTION, Optional.empty(), List.of(p("Careful.")), pos()),
                new Block.RawHtml("<div onclick=\"evil()\">raw <script>alert(4)</script></div>", pos())));

        List<Footnote> notes = List.of(
                new Footnote("n1", 1, List.of(p("Remarks of 14 November."),
                        p("Second paragraph of the first note.")), pos()),
                new Footnote("n2", 2, List.of(p("TASS, 15 November.")), pos()));

        return new Briefing("briefings/nato-after-ukraine.md", "nato-after-ukraine", meta, lead,
                List.of(perspective, position), notes, counts(lead, List.of(perspective, position), notes, 420));
    }

    /** The site settings with a public address on a sub-path. */
    static final SiteConfig CONFIG_WITH_BASE = new SiteConfig("Security Desk",
            Optional.of(java.net.URI.create("https://briefings.example.org/desk/")), "en",
            Optional.of(new Author("The Desk", Optional.of("Analysis"))), PaperSize.A4,
            SiteConfig.DEFAULT_TOC_MIN_PAGES, Map.of());

    /** A draft, as it reaches renderers when drafts are included. */
    static Briefing draft() {
        Briefing m = minimal("work-in-progress", "Work in progress", LocalDate.of(2026, 11, 25));
        Meta d = m.meta();
        Meta meta = new Meta(d.title(), d.dek(), d.date(), d.updated(), d.authors(), List.of("Europe", "Energy"),
                d.summary(), Status.DRAFT, d.embargo(), Optional.of("Restricted"), d.lang(), Map.of(), Map.of());
        return new Briefing(m.source(), m.slug(), meta, m.lead(), m.sections(), m.footnotes(), m.counts());
    }

    /** Raw HTML and template syntax meant to break out: every case must come out harmless. */
    static final List<String> HOSTILE_BLOCKS = List.of(
            "<script>alert('block')</script>",
            "<img src=x onerror=alert('img')>",
            "<a href=\"javascript:alert('a')\">js link</a>",
            "<a href=\"JaVaScRiPt&#58;alert('b')\">encoded js link</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data link</a>",
            "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\" alt=\"one pixel\">",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\" alt=\"svg\">",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<style>body{display:none}</style>",
            "<div style=\"position:fixed\" class=\"skip-link\" id=\"_main\">styled</div>",
            "<svg><script>alert('svg')</script></svg>",
            "<form action=\"https://evil.example/\"><input name=q></form>",
            "<p>Allowed <abbr title=\"North Atlantic Treaty Organization\">NATO</abbr>, <kbd>Ctrl</kbd>, "
                    + "<sub>2</sub> and <a href=\"https://www.nato.int/\">a safe link</a>.</p>",
            "<details><summary>More</summary><p>Hidden detail.</p></details>",
            "</div></main><script>alert('break out')</script>",
            "<!-- ${comment} --><p>${x} <#assign z=1> [#assign w=2]</p>");

    static Briefing hostile() {
        List<Block> blocks = new ArrayList<>();
        for (String html : HOSTILE_BLOCKS) {
            blocks.add(new Block.RawHtml(html, pos()));
        }
        List<Block> lead = List.of(p(t("Inline: "), new Inline.RawHtml("<kbd>", pos()), t("Esc"),
                        new Inline.RawHtml("</kbd>", pos()), t(", "),
                        new Inline.RawHtml("<span onmouseover=\"alert(1)\">", pos()), t("hover"),
                        new Inline.RawHtml("</span>", pos()), t(", "),
                        new Inline.RawHtml("<b>", pos()), t("never closed"), t(", "),
                        new Inline.RawHtml("</i>", pos()), t("stray close, "),
                        new Inline.RawHtml("<a href=\"javascript:alert(2)\">", pos()), t("bad anchor"),
                        new Inline.RawHtml("</a>", pos()), t(", "),
                        new Inline.RawHtml("<script>", pos()), t("alert(3)"),
                        new Inline.RawHtml("</script>", pos()), t(" and "),
                        new Inline.RawHtml("<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=\" alt=\"web\" onload=\"x()\">", pos()),
                        t(".")),
                p("Template syntax: ${secret} <#assign a=1> <@macro/> ${\"x\"?new()} #{1} [=x]"));
        Meta meta = new Meta("</script><script>alert('title')</script> ${title}",
                Optional.of("Dek with \"quotes\" & <tags> and \u2028 line separator"),
                Optional.of(LocalDate.of(2026, 9, 14)), Optional.empty(),
                List.of(new Author("<img src=x onerror=alert(1)>", Optional.of("${role}"))),
                List.of("<Hostile> & \"Odd\"", "NATO"),
                Optional.of("Summary </script><!-- with ]]> and ${x}"), Status.PUBLISHED,
                Optional.empty(), Optional.empty(), "en", Map.of(), Map.of());
        return new Briefing("briefings/hostile.md", "hostile", meta, lead,
                List.of(section("raw-html", 1, "Raw HTML", blocks)), List.of(),
                counts(lead, List.of(section("raw-html", 1, "Raw HTML", blocks)), List.of(), 200));
    }

    /**
     * The body's counts as the reader makes them, with {@code words} as its word count: the
     * fixtures state counts of their own, which the expected pages show.
     */
    static BodyCounts counts(List<Block> lead, List<Section> sections, List<Footnote> footnotes, int words) {
        return new BodyCounts(words, BodyCounts.of(lead, sections, footnotes).paragraphs());
    }

    // ---- the seed text as a briefing ----

    /**
     * The seed article: its first line is the lead, a short line without a final full stop is a
     * section heading, every other line a paragraph.
     */
    static Briefing seed() {
        String text;
        try (InputStream in = Fixtures.class.getResourceAsStream("seed-briefing.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<Block> lead = List.of(p(lines.get(0)));
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<Block> blocks = new ArrayList<>();
        int words = 0;
        for (String l : lines) {
            words += l.split("\\s+").length;
        }
        for (String l : lines.subList(1, lines.size())) {
            boolean isHeading = l.length() < 60 && !l.endsWith(".") && !l.endsWith("?");
            if (isHeading) {
                if (heading != null) {
                    sections.add(section(slug(heading), 1, heading, List.copyOf(blocks)));
                }
                heading = l;
                blocks.clear();
            } else {
                blocks.add(p(l));
            }
        }
        if (heading != null) {
            sections.add(section(slug(heading), 1, heading, List.copyOf(blocks)));
        }
        Meta meta = new Meta("If Ukraine falls, does NATO hold?",
                Optional.of("Putin\u2019s \u201Cfailed counteroffensive\u201D claim and the alliance\u2019s dilemma"),
                Optional.of(LocalDate.of(2026, 11, 28)), Optional.empty(),
                List.of(new Author("Alex Morgan", Optional.of("Europe editor"))),
                List.of("NATO", "Ukraine", "Security"),
                Optional.of("Moscow says Kyiv\u2019s counteroffensive has failed. Allies disagree "
                        + "on what follows."), Status.PUBLISHED, Optional.empty(),
                Optional.empty(), "en", Map.of(), Map.of());
        return new Briefing("briefings/if-ukraine-falls.md", "if-ukraine-falls", meta, lead,
                sections, List.of(), counts(lead, sections, List.of(), words));
    }

    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[\u2019']", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
