package dev.galley.render.pdf.page;

import dev.galley.core.labels.LabelKey;
import dev.galley.core.labels.Labels;
import dev.galley.core.model.Author;
import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.Section;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.Status;
import dev.galley.core.style.Logo;
import dev.galley.core.style.Masthead;
import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.font.TypeFaces;
import dev.galley.render.pdf.hyphen.Hyphenator;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.Reporter;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lays a briefing out on pages without drawing anything: the masthead, a table of contents when
 * the briefing runs to {@code tocMinPages} pages (laid out again with the page numbers until they
 * hold), every block of the body, footnotes (set apart and placed at the foot of their page by
 * the {@link Paginator}), running headers and page numbers. Every line carries its {@link Origin}.
 * Measures text only through {@link FontMetrics}, so it runs (and is tested) without PDFBox. One
 * instance lays out one briefing: it sets each part into a {@link Column} through the setters of
 * its blocks, makes the parts up into pages and dresses them.
 */
public final class BriefingLayout {

    private final LayoutContext c;
    private final Measures m;
    private final PageGeometry geometry;
    private final TextSetter text;
    private final BlockWalk walk;
    /** Each footnote's lines, set at note size, keyed by number: the page builder places them. */
    private Map<Integer, List<VItem>> noteItems = Map.of();
    /** Table body lines (by identity) to their table's header lines, for the page builder. */
    private final Map<VItem, List<VItem>> repeatedHeaders = new IdentityHashMap<>();

    private BriefingLayout(LayoutContext c) {
        this.c = c;
        this.m = c.m();
        this.geometry = c.geometry();
        this.text = new TextSetter(c);
        this.walk = new BlockWalk(c, text);
    }

    /** Lays out {@code briefing}; problems in its text go to {@code reporter}. */
    public static LaidOutBriefing layout(SiteConfig config, Briefing briefing, FontMetrics fonts,
                                         Reporter reporter, PageGeometry geometry,
                                         ImageCatalog images) {
        return layout(config, briefing, fonts, reporter, geometry, images, PageNames.OF_FILES);
    }

    /** The same, with links to other briefings reaching the pages {@code pages} names. */
    public static LaidOutBriefing layout(SiteConfig config, Briefing briefing, FontMetrics fonts,
                                         Reporter reporter, PageGeometry geometry,
                                         ImageCatalog images, PageNames pages) {
        return layout(config, briefing, fonts, reporter, geometry, images, pages, TypeFaces.DEFAULT);
    }

    /** The same, set in {@code faces}, the house style's faces by role. */
    public static LaidOutBriefing layout(SiteConfig config, Briefing briefing, FontMetrics fonts,
                                         Reporter reporter, PageGeometry geometry,
                                         ImageCatalog images, PageNames pages, TypeFaces faces) {
        String lang = briefing.meta().lang();
        BriefingLayout layout = new BriefingLayout(LayoutContext.of(fonts, reporter, geometry, images,
                Hyphenator.forLanguage(lang).orElse(null), config.labelBook().forLanguage(lang),
                config.typographyFor(lang), pages, config.style().colours(), new Measures(config.style().type()),
                faces));
        layout.noteItems = new NoteSetter(layout.c, layout.walk).notes(briefing.footnotes(), layout.textBlock(),
                layout.repeatedHeaders);
        Matter masthead = layout.set(column -> column.within(Origin.Kind.MASTHEAD, briefing.meta(),
                () -> layout.masthead(column, config, briefing.meta())));
        Matter body = layout.set(column -> {
            layout.walk.blocks(column, briefing.lead());
            for (Section section : briefing.sections()) {
                layout.walk.section(column, section);
            }
        });
        boolean cover = config.style().masthead() == Masthead.COVER;
        MadeUp madeUp = cover ? layout.makeUp(masthead, List.of(body)) : layout.makeUp(List.of(masthead, body));
        if (madeUp.bodies().size() < config.tocMinPages() || briefing.sections().isEmpty()) {
            return layout.dress(config, briefing, madeUp);
        }
        // A table of contents: its page numbers come from the pages before, until they hold (the
        // contents push sections on; a few passes settle it). Only the contents are set again:
        // the body's lines are the same wherever they fall, and setting them is most of layout.
        Map<String, Integer> numbers = sectionPages(madeUp);
        for (int pass = 0; pass < 4; pass++) {
            Map<String, Integer> listed = numbers;
            Matter contents = layout.set(column -> column.within(Origin.Kind.CONTENTS, null,
                    () -> layout.contents(column, briefing.sections(), listed)));
            madeUp = cover ? layout.makeUp(masthead, List.of(contents, body))
                    : layout.makeUp(List.of(masthead, contents, body));
            Map<String, Integer> now = sectionPages(madeUp);
            if (now.equals(numbers)) {
                break;
            }
            numbers = now;
        }
        return layout.dress(config, briefing, madeUp);
    }

    private static Map<String, Integer> sectionPages(MadeUp madeUp) {
        Map<String, Integer> pages = new HashMap<>();
        madeUp.anchors().forEach((anchor, destination) -> pages.put(anchor, destination.pageIndex() + 1));
        return pages;
    }

    /**
     * Pages made up from the stacked parts: each page's body and notes, placed from the page's
     * top, and where each anchor landed. Not yet dressed with running heads and page numbers,
     * which only the last make-up of a briefing needs.
     */
    private record MadeUp(List<List<Page.Placed>> bodies, Map<String, Destination> anchors) {
    }

    /** The text block: the frame every part starts in. */
    private Frame textBlock() {
        return new Frame(geometry.marginLeft(), geometry.measure());
    }

    /**
     * Sets what {@code setting} emits as matter of its own: into a column of its own, so that
     * nothing from the part set before is pending, as if it came first.
     */
    private Matter set(Consumer<Column> setting) {
        Column column = new Column(c, textBlock(), Origin.DOCUMENT, c.bodyText());
        setting.accept(column);
        repeatedHeaders.putAll(column.repeatedHeaders());
        return column.matter();
    }

    /** Makes a cover up into pages of its own, and the parts after it into the pages that follow. */
    private MadeUp makeUp(Matter cover, List<Matter> parts) {
        MadeUp front = makeUp(List.of(cover));
        MadeUp rest = makeUp(parts);
        List<List<Page.Placed>> bodies = new ArrayList<>(front.bodies());
        bodies.addAll(rest.bodies());
        Map<String, Destination> anchors = new HashMap<>(front.anchors());
        int offset = front.bodies().size();
        rest.anchors().forEach((anchor, at) -> anchors.putIfAbsent(anchor, new Destination(at.pageIndex() + offset,
                at.top())));
        return new MadeUp(bodies, anchors);
    }

    /** Makes the parts up into pages. */
    private MadeUp makeUp(List<Matter> parts) {
        VItem separator = new VItem.LineBox(m.noteSeparator, 0, List.of(),
                List.of(new Rect(geometry.marginLeft(), m.noteSeparator - m.down(5f), m.across(72f), 0.5f,
                        c.colours().strongRule().rgb())), false, "");
        List<List<Page.Placed>> paginated = new Paginator(geometry.bodyHeight(), noteItems, separator,
                repeatedHeaders).paginate(Matter.stack(parts));
        List<List<Page.Placed>> bodies = new ArrayList<>(paginated.size());
        Map<String, Destination> anchors = new HashMap<>();
        for (int p = 0; p < paginated.size(); p++) {
            List<Page.Placed> placed = new ArrayList<>();
            for (Page.Placed item : paginated.get(p)) {
                float top = geometry.marginTop() + item.top();
                placed.add(new Page.Placed(item.item(), top));
                if (item.item() instanceof VItem.LineBox line && !line.anchor().isEmpty()) {
                    anchors.putIfAbsent(line.anchor(), new Destination(p, top));
                }
            }
            bodies.add(placed);
        }
        return new MadeUp(bodies, anchors);
    }

    /** The made-up pages with running headers and page numbers: the briefing laid out. */
    private LaidOutBriefing dress(SiteConfig config, Briefing briefing, MadeUp madeUp) {
        List<List<Page.Placed>> bodies = madeUp.bodies();
        List<Page> pages = new ArrayList<>(bodies.size());
        Optional<RunningHeads.Logo> logo = config.style().logo().flatMap(l -> c.images().size(l.file())
                .filter(size -> size.widthPx() > 0 && size.heightPx() > 0)
                .map(size -> new RunningHeads.Logo(l.file(), (float) size.widthPx() / size.heightPx())));
        RunningHeads heads = new RunningHeads(config.style().running(), geometry, m, c.colours(), c.lines(), logo, c.faces());
        List<String> sections = sectionsByPage(briefing, madeUp.anchors(), bodies.size());
        Meta meta = briefing.meta();
        String total = Integer.toString(bodies.size());
        for (int p = 0; p < bodies.size(); p++) {
            List<Page.Placed> placed = new ArrayList<>(bodies.get(p));
            String number = Integer.toString(p + 1);
            String section = sections.get(p);
            placed.addAll(heads.of(p + 1, name -> switch (name) {
                case "title" -> meta.title();
                case "section" -> section;
                case "desk" -> config.title();
                case "page" -> number;
                case "pages" -> total;
                case "page-label" -> c.labels().text(LabelKey.PAGE_OF, "page", number, "pages", total);
                case "date" -> meta.date().map(c.labels()::date).orElse("");
                case "classification" -> meta.classification().orElse("");
                default -> "";
            }));
            pages.add(new Page(p + 1, placed));
        }
        String watermark = briefing.meta().status() == Status.DRAFT ? c.labels().upper(c.labels().text(LabelKey.DRAFT)) : "";
        return new LaidOutBriefing(geometry, pages, withSectionAnchors(briefing, madeUp.anchors()),
                outline(briefing), watermark, c.labels(), c.faces());
    }

    /**
     * The title of each page's section for running heads: the first top-level section to start
     * on the page, else the one running on from the pages before (empty before the first).
     */
    private List<String> sectionsByPage(Briefing briefing, Map<String, Destination> anchors, int pageCount) {
        String[] first = new String[pageCount];
        List<Integer> starts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Section section : briefing.sections()) {
            Destination at = anchors.get(section.id());
            if (at != null && at.pageIndex() < pageCount) {
                if (first[at.pageIndex()] == null) {
                    first[at.pageIndex()] = outlineTitle(section);
                }
                starts.add(at.pageIndex());
                titles.add(outlineTitle(section));
            }
        }
        List<String> byPage = new ArrayList<>(pageCount);
        String running = "";
        int next = 0;
        for (int p = 0; p < pageCount; p++) {
            while (next < starts.size() && starts.get(next) <= p) {
                running = titles.get(next++);
            }
            byPage.add(first[p] != null ? first[p] : running);
        }
        return byPage;
    }

    /**
     * The destinations, with each section's HTML anchors ({@code <a id="CVE-2016-6304">}) leading
     * where its heading landed: links written for another generator's page reach the section.
     */
    private static Map<String, Destination> withSectionAnchors(Briefing briefing, Map<String, Destination> anchors) {
        Map<String, Destination> all = new HashMap<>(anchors);
        for (Section section : briefing.allSections()) {
            Destination heading = anchors.get(section.id());
            if (heading != null) {
                section.anchors().forEach(anchor -> all.putIfAbsent(anchor, heading));
            }
        }
        return all;
    }

    // ---------------------------------------------------------------- masthead and contents

    /**
     * The first page's opening in the house style's manner: the desk (its logo, or its name), the
     * handling marks, the title, dek, byline and dates. Plain sets them over a rule; a band puts
     * the desk on a strip of the accent colour across the top of the page; a cover gives them a
     * page of their own, the title a third of the way down (the page ends after it: see
     * {@link #makeUp}).
     */
    private void masthead(Column column, SiteConfig config, Meta meta) {
        Masthead kind = config.style().masthead();
        Optional<Logo> logo = config.style().logo().filter(l -> c.images().size(l.file())
                .filter(size -> size.widthPx() > 0 && size.heightPx() > 0).isPresent());
        boolean cover = kind == Masthead.COVER;
        switch (kind) {
            case BAND -> band(column, config, logo);
            case PLAIN, COVER -> desk(column, config, logo, cover ? m.down(40f) : m.down(24f));
        }
        if (cover) {
            column.space(m.down(6f));
            column.rule(column.frame.left(), column.frame.width(), m.down(2.5f), c.colours().accent().rgb());
            // the title a third of the way down the page, whatever stands above it
            column.space(geometry.bodyHeight() * 0.28f);
        }
        String handling = handling(meta, c.labels());
        if (!handling.isEmpty()) {
            column.space(m.down(4f));
            text.paragraphBlock(column, handling, c.styleOf(c.faces().headings().bold(), m.across(8.5f)).withColor(c.colours().accent().rgb()),
                    m.down(12f));
        }
        column.space(m.down(10f));
        float title = cover ? m.across(30f) : m.across(22f);
        float titleLine = cover ? m.down(36f) : m.down(27f);
        column.within(Origin.Kind.HEADING, meta, () -> text.textBlock(column, c.typography().apply(meta.title()),
                c.styleOf(c.faces().headings().bold(), title), titleLine, false));
        meta.dek().ifPresent(dek -> {
            column.space(cover ? m.down(12f) : m.down(5f));
            text.paragraphBlock(column, c.typography().apply(dek), c.styleOf(c.faces().body().italic(), cover ? m.across(15f) : m.across(13f)),
                    cover ? m.down(21f) : m.down(18f));
        });
        String byline = byline(meta.authors(), c.labels());
        if (!byline.isEmpty()) {
            column.space(cover ? m.down(24f) : m.down(10f));
            text.paragraphBlock(column, byline, c.styleOf(c.faces().body(), m.across(9.5f)), m.down(13.5f));
        }
        String dates = dates(meta, c.labels());
        if (!dates.isEmpty()) {
            column.space(byline.isEmpty() ? m.down(10f) : m.down(2f));
            text.paragraphBlock(column, dates, c.styleOf(c.faces().headings(), m.across(8.5f)).withColor(c.colours().muted().rgb()), m.down(12.5f));
        }
        if (!cover) {
            column.space(m.down(8f));
            column.rule(column.frame.left(), column.frame.width(), 0.75f, c.colours().strongRule().rgb());
            column.space(m.down(20f));
        }
    }

    /** The desk above the title: its logo {@code logoHeight} high, or its name in small bold capitals' place. */
    private void desk(Column column, SiteConfig config, Optional<Logo> logo, float logoHeight) {
        if (logo.isPresent()) {
            logo(column, logo.get(), logoHeight);
        } else {
            text.paragraphBlock(column, config.title(), c.styleOf(c.faces().headings().bold(), m.across(8.5f)).withColor(c.colours().muted().rgb()),
                    m.down(12f));
        }
    }

    /**
     * A strip of the accent colour from the top edge of the page across its width, holding the
     * logo, or the desk's name in the page's colour. The strip is drawn behind the first line of
     * the masthead and reaches up through the top margin.
     */
    private void band(Column column, SiteConfig config, Optional<Logo> logo) {
        float inner = logo.isPresent() ? m.down(30f) : m.down(18f);
        float padding = m.down(12f);
        Rect strip = new Rect(0, -geometry.marginTop(), geometry.width(), geometry.marginTop() + inner + padding,
                c.colours().accent().rgb());
        if (logo.isPresent()) {
            column.emitLine(0, 0, List.of(), List.of(strip), true, false);
            logo(column, logo.get(), inner);
        } else {
            Style name = c.styleOf(c.faces().headings().bold(), m.across(13f)).withColor(c.colours().background().rgb());
            column.within(Origin.Kind.PARAGRAPH, config.title(), () -> column.emitLines(c.setter().set(c.lines().generated(config.title(),
                    name), column.frame.width(), name.size(), null, false), name, inner, Column.Align.LEFT, true, List.of(strip)));
        }
        column.space(padding + m.down(14f));
    }

    /** The logo at the left of the text block, {@code height} high (narrower than half the measure), a figure described by its alt text. */
    private void logo(Column column, Logo logo, float height) {
        ImageCatalog.Size size = c.images().size(logo.file()).orElseThrow();
        float width = Math.min(height * size.widthPx() / size.heightPx(), column.frame.width() / 2);
        float h = width * size.heightPx() / size.widthPx();
        Block.Figure figure = new Block.Figure(new Inline.Image(logo.file(), logo.alt(), "", logo.pos()), List.of(),
                logo.pos());
        column.emit(new VItem.ImageBox(column.frame.left(), width, h, logo.file(), true, column.origin.within(Origin.Kind.FIGURE, figure)));
    }

    /** "INTERNAL · EMBARGOED UNTIL 28 November 2026, 09:00 UTC": the handling labels, if any. */
    static String handling(Meta meta, Labels labels) {
        List<String> handling = new ArrayList<>();
        meta.classification().ifPresent(handling::add);
        meta.embargo().ifPresent(at -> {
            java.time.OffsetDateTime utc = at.withOffsetSameInstant(java.time.ZoneOffset.UTC);
            handling.add(labels.shout(LabelKey.EMBARGOED_UNTIL, "date", labels.date(utc.toLocalDate()),
                    "time", labels.time(utc.toLocalTime())));
        });
        return String.join(" \u00B7 ", handling);
    }

    /** Sections down to this level are listed in the table of contents. */
    static final int TOC_DEPTH = 3;

    /**
     * The table of contents: each section to {@link #TOC_DEPTH}, indented by level, its page
     * number set flush right, the whole line a link to the section.
     */
    private void contents(Column column, List<Section> sections, Map<String, Integer> numbers) {
        Style heading = c.styleOf(c.faces().headings().bold(), 11f);
        // Its heading stands before the TOC element, not in it (a TOC holds only its entries).
        Origin toc = column.origin;
        column.origin = toc.parent();
        String title = c.labels().text(LabelKey.CONTENTS);
        column.within(Origin.Kind.HEADING, title, () -> text.textBlock(column, title, heading, 15f, true));
        column.origin = toc;
        column.lockSpace(4);
        contentsEntries(column, sections, numbers);
        column.space(18);
        column.rule(column.frame.left(), column.frame.width(), 0.5f, c.colours().rule().rgb());
        column.space(14);
    }

    private void contentsEntries(Column column, List<Section> sections, Map<String, Integer> numbers) {
        for (Section section : sections) {
            if (section.level() > TOC_DEPTH) {
                continue;
            }
            Style style = c.styleOf(c.faces().body(), 9.5f)
                    .withLink("#" + section.id());
            float indent = (section.level() - 2) * 14f;
            String number = Integer.toString(numbers.getOrDefault(section.id(), 0));
            Line page = c.lines().first(number, style, Float.MAX_VALUE);
            float textWidth = column.frame.width() - indent - 36f;
            String title = outlineTitle(section);
            List<Line> lines = c.setter().set(c.lines().generated(title, style), textWidth, style.size(), null, false);
            float baseline = c.lines().baseline(style, 13.5f);
            column.within(Origin.Kind.TOC_ENTRY, section, () -> {
                for (int i = 0; i < lines.size(); i++) {
                    List<Fragment> fragments = new ArrayList<>(Lines.shift(lines.get(i).fragments(), column.frame.left() + indent));
                    if (i == lines.size() - 1) {
                        fragments.addAll(Lines.shift(page.fragments(), column.frame.right() - page.width()));
                    }
                    column.emitLine(13.5f, baseline, fragments, List.of(), i < lines.size() - 1);
                }
            });
            contentsEntries(column, section.children(), numbers);
        }
    }

    /** "By A (role), B and C" in the briefing's language; empty without authors. */
    static String byline(List<Author> authors, Labels labels) {
        List<String> names = new ArrayList<>();
        for (Author author : authors) {
            names.add(author.name() + author.role().map(r -> " (" + r + ")").orElse(""));
        }
        return names.isEmpty() ? "" : labels.text(LabelKey.BYLINE, "authors", labels.list(names));
    }

    /** "30 January 2025 · Updated 2 February 2025", either part alone, or empty. */
    static String dates(Meta meta, Labels labels) {
        String date = meta.date().map(labels::date).orElse("");
        String updated = meta.updated().filter(u -> !u.equals(meta.date().orElse(null)))
                .map(u -> labels.text(LabelKey.UPDATED, "date", labels.date(u))).orElse("");
        if (date.isEmpty()) {
            return updated;
        }
        return updated.isEmpty() ? date : date + " \u00B7 " + updated;
    }

    // ---------------------------------------------------------------- outline

    private List<OutlineEntry> outline(Briefing briefing) {
        return outline(briefing.sections());
    }

    /** A section's title on one line, for the outline and the contents; never empty. */
    private String outlineTitle(Section section) {
        String title = section.headingText().codePoints()
                .map(cp -> Character.isISOControl(cp) || Character.isWhitespace(cp) ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().trim().replaceAll(" {2,}", " ");
        return title.isEmpty() ? c.labels().text(LabelKey.UNTITLED_SECTION) : title;
    }

    private List<OutlineEntry> outline(List<Section> sections) {
        List<OutlineEntry> entries = new ArrayList<>(sections.size());
        for (Section section : sections) {
            String title = outlineTitle(section);
            entries.add(new OutlineEntry(title, section.id(),
                    outline(section.children())));
        }
        return entries;
    }
}
