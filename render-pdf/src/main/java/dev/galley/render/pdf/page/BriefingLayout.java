package dev.galley.render.pdf.page;

import dev.galley.core.labels.LabelKey;
import dev.galley.core.labels.Labels;
import dev.galley.core.model.Author;
import dev.galley.core.text.LocalTypography;
import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Inline;
import dev.galley.core.model.Meta;
import dev.galley.core.model.Section;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.style.Logo;
import dev.galley.core.style.Masthead;
import dev.galley.core.style.Palette;
import dev.galley.core.model.SourcePos;
import dev.galley.core.model.Status;
import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.font.TypeFaces;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.line.GreedyLineBreaker;
import dev.galley.render.pdf.line.Item;
import dev.galley.render.pdf.line.ItemBuilder;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.line.ParagraphSetter;
import dev.galley.render.pdf.line.Sp;
import dev.galley.render.pdf.hyphen.Hyphenator;
import dev.galley.render.pdf.text.GlyphFallback;
import dev.galley.render.pdf.text.Reporter;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.RunBuilder;
import dev.galley.render.pdf.text.Style;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Lays a briefing out on pages without drawing anything: the masthead, a table of contents when
 * the briefing runs to {@code tocMinPages} pages (laid out again with the page numbers until they
 * hold), every block of the body, footnotes (set apart and placed at the foot of their page by
 * the {@link Paginator}), running headers and page numbers. Every line carries its {@link Origin}. Measures text only through {@link FontMetrics},
 * so it runs (and is tested) without PDFBox. One instance lays out one briefing.
 */
public final class BriefingLayout implements Block.Visitor<Void> {

    /** Bullets of lists by depth, from the outermost. */
    static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};
    /** Images are scaled as if they were 96 dpi screen images. */
    static final float POINTS_PER_PIXEL = 0.75f;

    private final FontMetrics fonts;
    /** The faces by role: nothing below names a face of its own. */
    private final TypeFaces faces;
    private final GlyphFallback fallback;
    /** Sets the lines of Galley's own words. */
    private final Lines lineMaker;
    private final GreedyLineBreaker breaker;
    private final PageGeometry geometry;
    private final ImageCatalog images;

    private final ParagraphSetter setter;
    private final Hyphenator hyphenator;
    /** Galley's own words in the briefing's language. */
    private final Labels labels;
    /** Where the language forbids breaking at a space ("4 800", "62 %", "Quoi ?"). */
    private final LocalTypography typography;
    /** The page names links to other briefings reach. */
    private final PageNames pages;
    /** The house style's colours. */
    private final Palette colours;
    /** The house style's sizes and distances. */
    private final Measures m;
    private List<VItem> items = new ArrayList<>();
    /** The model element being set, for every line emitted (see {@link Origin}). */
    private Origin origin = Origin.DOCUMENT;
    /** Each footnote's lines, set at note size, keyed by number: the page builder places them. */
    private final Map<Integer, List<VItem>> noteItems = new HashMap<>();
    /** Table body lines (by identity) to their table's header lines, for the page builder. */
    private final Map<VItem, List<VItem>> repeatedHeaders = new java.util.IdentityHashMap<>();
    private Frame frame;
    private float pendingSpace;
    /** The space asked for above the first item of the matter being set (see {@link #set}). */
    private float opening;
    /** Set after a heading: the space below it is final, the next block may not add more. */
    private boolean spaceLocked;
    /** A list marker hanging in the indent, drawn with the next line of text. */
    private List<Fragment> hangingMarker = List.of();
    /** What the hanging marker labels (a list item, a note): its fragments' origin. */
    private Origin hangingMarkerOrigin = Origin.ARTIFACT;
    /** A list marker that found no room in the indent, set at the start of the next paragraph. */
    private List<Run> inlineMarker = List.of();
    private String pendingAnchor = "";
    private final List<Float> quoteBars = new ArrayList<>();
    private Style body;
    private float leading;
    private float blockSpace;
    private int listDepth;
    /** Whether the block being set follows a paragraph (indented paragraphs are then indented). */
    private boolean afterParagraph;

    private BriefingLayout(FontMetrics fonts, Reporter reporter, PageGeometry geometry,
                           ImageCatalog images, Hyphenator hyphenator, Labels labels, LocalTypography typography,
                           PageNames pages, Palette colours, Measures measures, TypeFaces faces) {
        this.fonts = fonts;
        this.faces = faces;
        this.pages = pages;
        this.colours = colours;
        this.m = measures;
        this.body = styleOf(faces.body(), m.body.size());
        this.leading = m.body.leading();
        this.blockSpace = m.blockSpace;
        this.hyphenator = hyphenator;
        this.labels = labels;
        // the narrow space where the text face has one; else a full no-break space, not a fallback face's
        this.typography = fonts.hasGlyph(faces.body(), LocalTypography.NARROW_NO_BREAK_SPACE) ? typography
                : typography.withNarrowSpace(LocalTypography.NO_BREAK_SPACE);
        this.fallback = new GlyphFallback(fonts, reporter, faces);
        this.lineMaker = new Lines(fonts, fallback);
        this.breaker = new GreedyLineBreaker(fonts);
        this.setter = new ParagraphSetter(fonts);
        this.geometry = geometry;
        this.images = images;
        this.frame = new Frame(geometry.marginLeft(), geometry.measure());
    }

    /** A style of {@code face} at {@code size} in the house style's text colour. */
    private Style styleOf(FontFace face, float size) {
        return Style.of(face, size).withColor(colours.text().rgb());
    }

    /** The runs of {@code inlines} set in {@code style}, links in the house style's colour. */
    private List<Run> runs(List<Inline> inlines, Style style) {
        return RunBuilder.build(inlines, style, fallback, typography, pages, colours.link().rgb());
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
        BriefingLayout layout = new BriefingLayout(fonts, reporter, geometry, images,
                Hyphenator.forLanguage(briefing.meta().lang()).orElse(null),
                config.labelBook().forLanguage(briefing.meta().lang()), config.typographyFor(briefing.meta().lang()),
                pages, config.style().colours(), new Measures(config.style().type()), faces);
        layout.notes(briefing.footnotes());
        Matter masthead = layout.set(() -> layout.within(Origin.Kind.MASTHEAD, briefing.meta(),
                () -> layout.masthead(config, briefing.meta())));
        Matter body = layout.set(() -> {
            layout.blocks(briefing.lead());
            for (Section section : briefing.sections()) {
                layout.section(section);
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
            Matter contents = layout.set(() -> layout.within(Origin.Kind.CONTENTS, null,
                    () -> layout.contents(briefing.sections(), listed)));
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

    /**
     * Sets what {@code setting} emits as matter of its own, starting with no space pending: the
     * items, and the space asked for around them, for {@link Matter#stack} to join to the others.
     */
    private Matter set(Runnable setting) {
        // Each part is set as if it came first: nothing from the one set before may be pending.
        assert hangingMarker.isEmpty() && inlineMarker.isEmpty() && pendingAnchor.isEmpty()
                && quoteBars.isEmpty() && listDepth == 0 : "left over from the matter set before";
        List<VItem> outer = items;
        items = new ArrayList<>();
        pendingSpace = 0;
        spaceLocked = false;
        opening = 0;
        setting.run();
        Matter matter = new Matter(items, opening, pendingSpace, spaceLocked);
        items = outer;
        return matter;
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
                        colours.strongRule().rgb())), false, "");
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
        Optional<RunningHeads.Logo> logo = config.style().logo().flatMap(l -> images.size(l.file())
                .filter(size -> size.widthPx() > 0 && size.heightPx() > 0)
                .map(size -> new RunningHeads.Logo(l.file(), (float) size.widthPx() / size.heightPx())));
        RunningHeads heads = new RunningHeads(config.style().running(), geometry, m, colours, lineMaker, logo, faces);
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
                case "page-label" -> labels.text(LabelKey.PAGE_OF, "page", number, "pages", total);
                case "date" -> meta.date().map(labels::date).orElse("");
                case "classification" -> meta.classification().orElse("");
                default -> "";
            }));
            pages.add(new Page(p + 1, placed));
        }
        String watermark = briefing.meta().status() == Status.DRAFT ? labels.upper(labels.text(LabelKey.DRAFT)) : "";
        return new LaidOutBriefing(geometry, pages, withSectionAnchors(briefing, madeUp.anchors()),
                outline(briefing), watermark, labels, faces);
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

    // ---------------------------------------------------------------- masthead, header, footer

    /**
     * The first page's opening in the house style's manner: the desk (its logo, or its name), the
     * handling marks, the title, dek, byline and dates. Plain sets them over a rule; a band puts
     * the desk on a strip of the accent colour across the top of the page; a cover gives them a
     * page of their own, the title a third of the way down (the page ends after it: see
     * {@link #makeUp}).
     */
    private void masthead(SiteConfig config, Meta meta) {
        Masthead kind = config.style().masthead();
        Optional<Logo> logo = config.style().logo().filter(l -> images.size(l.file())
                .filter(size -> size.widthPx() > 0 && size.heightPx() > 0).isPresent());
        boolean cover = kind == Masthead.COVER;
        switch (kind) {
            case BAND -> band(config, logo);
            case PLAIN, COVER -> desk(config, logo, cover ? m.down(40f) : m.down(24f));
        }
        if (cover) {
            space(m.down(6f));
            rule(frame.left(), frame.width(), m.down(2.5f), colours.accent().rgb());
            // the title a third of the way down the page, whatever stands above it
            space(geometry.bodyHeight() * 0.28f);
        }
        String handling = handling(meta, labels);
        if (!handling.isEmpty()) {
            space(m.down(4f));
            paragraphBlock(handling, styleOf(faces.headings().bold(), m.across(8.5f)).withColor(colours.accent().rgb()),
                    m.down(12f));
        }
        space(m.down(10f));
        float title = cover ? m.across(30f) : m.across(22f);
        float titleLine = cover ? m.down(36f) : m.down(27f);
        within(Origin.Kind.HEADING, meta, () -> textBlock(typography.apply(meta.title()),
                styleOf(faces.headings().bold(), title), titleLine, false));
        meta.dek().ifPresent(dek -> {
            space(cover ? m.down(12f) : m.down(5f));
            paragraphBlock(typography.apply(dek), styleOf(faces.body().italic(), cover ? m.across(15f) : m.across(13f)),
                    cover ? m.down(21f) : m.down(18f));
        });
        String byline = byline(meta.authors(), labels);
        if (!byline.isEmpty()) {
            space(cover ? m.down(24f) : m.down(10f));
            paragraphBlock(byline, styleOf(faces.body(), m.across(9.5f)), m.down(13.5f));
        }
        String dates = dates(meta, labels);
        if (!dates.isEmpty()) {
            space(byline.isEmpty() ? m.down(10f) : m.down(2f));
            paragraphBlock(dates, styleOf(faces.headings(), m.across(8.5f)).withColor(colours.muted().rgb()), m.down(12.5f));
        }
        if (!cover) {
            space(m.down(8f));
            rule(frame.left(), frame.width(), 0.75f, colours.strongRule().rgb());
            space(m.down(20f));
        }
    }

    /** The desk above the title: its logo {@code logoHeight} high, or its name in small bold capitals' place. */
    private void desk(SiteConfig config, Optional<Logo> logo, float logoHeight) {
        if (logo.isPresent()) {
            logo(logo.get(), logoHeight);
        } else {
            paragraphBlock(config.title(), styleOf(faces.headings().bold(), m.across(8.5f)).withColor(colours.muted().rgb()),
                    m.down(12f));
        }
    }

    /**
     * A strip of the accent colour from the top edge of the page across its width, holding the
     * logo, or the desk's name in the page's colour. The strip is drawn behind the first line of
     * the masthead and reaches up through the top margin.
     */
    private void band(SiteConfig config, Optional<Logo> logo) {
        float inner = logo.isPresent() ? m.down(30f) : m.down(18f);
        float padding = m.down(12f);
        Rect strip = new Rect(0, -geometry.marginTop(), geometry.width(), geometry.marginTop() + inner + padding,
                colours.accent().rgb());
        if (logo.isPresent()) {
            emitLine(0, 0, List.of(), List.of(strip), true, false);
            logo(logo.get(), inner);
        } else {
            Style name = styleOf(faces.headings().bold(), m.across(13f)).withColor(colours.background().rgb());
            within(Origin.Kind.PARAGRAPH, config.title(), () -> emitLines(setter.set(lineMaker.generated(config.title(),
                    name), frame.width(), name.size(), null, false), name, inner, Align.LEFT, true, List.of(strip)));
        }
        space(padding + m.down(14f));
    }

    /** The logo at the left of the text block, {@code height} high (narrower than half the measure), a figure described by its alt text. */
    private void logo(Logo logo, float height) {
        ImageCatalog.Size size = images.size(logo.file()).orElseThrow();
        float width = Math.min(height * size.widthPx() / size.heightPx(), frame.width() / 2);
        float h = width * size.heightPx() / size.widthPx();
        Block.Figure figure = new Block.Figure(new Inline.Image(logo.file(), logo.alt(), "", logo.pos()), List.of(),
                logo.pos());
        emit(new VItem.ImageBox(frame.left(), width, h, logo.file(), true, origin.within(Origin.Kind.FIGURE, figure)));
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
    private void contents(List<Section> sections, Map<String, Integer> numbers) {
        Style heading = styleOf(faces.headings().bold(), 11f);
        // Its heading stands before the TOC element, not in it (a TOC holds only its entries).
        Origin toc = origin;
        origin = toc.parent();
        String title = labels.text(LabelKey.CONTENTS);
        within(Origin.Kind.HEADING, title, () -> textBlock(title, heading, 15f, true));
        origin = toc;
        pendingSpace = 4;
        spaceLocked = true;
        contentsEntries(sections, numbers);
        space(18);
        rule(frame.left(), frame.width(), 0.5f, colours.rule().rgb());
        space(14);
    }

    private void contentsEntries(List<Section> sections, Map<String, Integer> numbers) {
        for (Section section : sections) {
            if (section.level() > TOC_DEPTH) {
                continue;
            }
            Style style = styleOf(faces.body(), 9.5f)
                    .withLink("#" + section.id());
            float indent = (section.level() - 2) * 14f;
            String number = Integer.toString(numbers.getOrDefault(section.id(), 0));
            Line page = lineMaker.first(number, style, Float.MAX_VALUE);
            float textWidth = frame.width() - indent - 36f;
            String title = outlineTitle(section);
            List<Line> lines = setter.set(lineMaker.generated(title, style), textWidth, style.size(), null, false);
            float baseline = lineMaker.baseline(style, 13.5f);
            within(Origin.Kind.TOC_ENTRY, section, () -> {
                for (int i = 0; i < lines.size(); i++) {
                    List<Fragment> fragments = new ArrayList<>(Lines.shift(lines.get(i).fragments(), frame.left() + indent));
                    if (i == lines.size() - 1) {
                        fragments.addAll(Lines.shift(page.fragments(), frame.right() - page.width()));
                    }
                    emitLine(13.5f, baseline, fragments, List.of(), i < lines.size() - 1);
                }
            });
            contentsEntries(section.children(), numbers);
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

    /** Generated text (site name, byline) as a paragraph of its own. */
    private void paragraphBlock(String text, Style style, float lineHeight) {
        within(Origin.Kind.PARAGRAPH, text, () -> textBlock(text, style, lineHeight, false));
    }

    private void textBlock(String text, Style style, float lineHeight, boolean keep) {
        emitLines(setter.set(lineMaker.generated(text, style), frame.width(), style.size(), null, false),
                style, lineHeight, Align.LEFT, keep, List.of());
    }

    // ---------------------------------------------------------------- sections and blocks

    private void section(Section section) {
        Origin outer = origin;
        origin = outer.within(Origin.Kind.SECTION, section);
        try {
            sectionBody(section);
        } finally {
            origin = outer;
        }
    }

    private void sectionBody(Section section) {
        int level = section.level();
        space(m.headingSpaceAbove(level));
        Style style = styleOf(faces.headings().bold(), m.headingSize(level));
        float lineHeight = m.headingLine(level);
        flushInlineMarker();
        pendingAnchor = section.id();
        List<Line> lines = setter.set(runs(section.heading(), style), frame.width(),
                style.size(), null, false);
        within(Origin.Kind.HEADING, section, () -> {
            // A heading with no text ("# " alone) still holds the section's anchor, and must not
            // leave it pending for whatever is set next.
            if (lines.stream().allMatch(line -> line.fragments().isEmpty())) {
                emitLine(lineHeight, lineMaker.baseline(style, lineHeight), List.of(), List.of(), true, true);
            } else {
                emitLines(lines, style, lineHeight, Align.LEFT, true, List.of());
            }
        });
        pendingSpace = m.headingSpaceBelow(level);
        spaceLocked = true;
        blocks(section.blocks());
        for (Section child : section.children()) {
            section(child);
        }
    }

    private void blocks(List<Block> blocks) {
        Block before = null;
        for (Block block : blocks) {
            Origin outer = origin;
            origin = outer.within(kindOf(block), block);
            afterParagraph = before instanceof Block.Paragraph;
            try {
                block.accept(this);
            } finally {
                origin = outer;
            }
            before = block;
        }
        afterParagraph = false;
    }

    private static Origin.Kind kindOf(Block block) {
        if (block instanceof Block.BulletList || block instanceof Block.OrderedList) {
            return Origin.Kind.LIST;
        } else if (block instanceof Block.BlockQuote) {
            return Origin.Kind.QUOTE;
        } else if (block instanceof Block.Callout) {
            return Origin.Kind.CALLOUT;
        } else if (block instanceof Block.CodeBlock) {
            return Origin.Kind.CODE;
        } else if (block instanceof Block.Table) {
            return Origin.Kind.TABLE;
        } else if (block instanceof Block.Figure) {
            return Origin.Kind.FIGURE;
        } else if (block instanceof Block.ThematicBreak) {
            return Origin.Kind.ARTIFACT;
        }
        return Origin.Kind.PARAGRAPH;
    }

    /** Runs {@code body} with {@code kind}/{@code element} as the current origin. */
    private void within(Origin.Kind kind, Object element, Runnable body) {
        Origin outer = origin;
        origin = outer.within(kind, element);
        try {
            body.run();
        } finally {
            origin = outer;
        }
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        // An indented paragraph is set apart from the one before by its indent alone.
        boolean indent = m.indented() && afterParagraph && inlineMarker.isEmpty();
        space(indent ? 0 : blockSpace);
        List<Run> runs = runs(paragraph.inlines(), body);
        String marker = "";
        if (!inlineMarker.isEmpty()) {
            List<Run> withMarker = new ArrayList<>(inlineMarker);
            for (Run run : inlineMarker) {
                marker += run.text();
            }
            withMarker.add(Run.text(" ", body));
            withMarker.addAll(runs);
            runs = withMarker;
            inlineMarker = List.of();
        }
        // Justified only with hyphenation: without it, justified lines open rivers of space.
        List<Line> lines = setter.set(runs, frame.width(), body.size(), hyphenator, hyphenator != null,
                indent ? m.paragraphIndent : 0);
        emitParagraph(lines, body, leading, labelFragments(lines, marker.strip()));
        return null;
    }

    @Override
    public Void bulletList(Block.BulletList list) {
        String bullet = BULLETS[listDepth % BULLETS.length];
        list(list.items(), list.tight(), i -> bullet, list.pos());
        return null;
    }

    @Override
    public Void orderedList(Block.OrderedList list) {
        long start = list.start();
        list(list.items(), list.tight(), i -> (start + i) + ".", list.pos());
        return null;
    }

    private void list(List<Block.ListItem> listItems, boolean tight, IntFunction<String> marker,
                      SourcePos pos) {
        flushInlineMarker();
        space(blockSpace);
        float outerSpace = blockSpace;
        Frame outer = frame;
        Frame inner = outer.indent(m.listIndent, minWidth());
        listDepth++;
        for (int i = 0; i < listItems.size(); i++) {
            Block.ListItem item = listItems.get(i);
            if (i > 0) {
                space(tight ? m.tightSpace : outerSpace);
            }
            List<Run> markerRuns = lineMaker.generated(marker.apply(i), body);
            Line markerLine = breaker.breakLines(ItemBuilder.prose(markerRuns, fonts), Float.MAX_VALUE)
                    .stream().findFirst().orElse(new Line(List.of(), 0));
            float markerX = inner.left() - m.markerGap - markerLine.width();
            if (inner.left() > outer.left() && markerX >= outer.left()) {
                hangingMarker = Lines.shift(markerLine.fragments(), markerX);
            } else {
                inlineMarker = markerRuns;
            }
            frame = inner;
            blockSpace = tight ? m.tightSpace : outerSpace;
            within(Origin.Kind.LIST_ITEM, item, () -> {
                if (!hangingMarker.isEmpty() || !inlineMarker.isEmpty()) {
                    hangingMarkerOrigin = origin.within(Origin.Kind.LABEL, item);
                }
                blocks(item.blocks());
                flushInlineMarker();
            });
            if (!hangingMarker.isEmpty()) {
                // An empty item: its marker still shows.
                emitLine(leading, lineMaker.baseline(body, leading), List.of(), List.of(), false, true);
            }
        }
        listDepth--;
        frame = outer;
        blockSpace = outerSpace;
    }

    @Override
    public Void blockQuote(Block.BlockQuote quote) {
        flushInlineMarker();
        space(blockSpace);
        Frame outer = frame;
        Frame inner = outer.indent(m.quoteIndent, minWidth());
        boolean bar = inner.left() > outer.left();
        if (bar) {
            quoteBars.add(outer.left() + m.across(2f));
        }
        frame = inner;
        blocks(quote.blocks());
        frame = outer;
        if (bar) {
            quoteBars.remove(quoteBars.size() - 1);
        }
        return null;
    }

    /**
     * A callout: a tinted box with a rule of its kind's colour down the left, a bold title (the
     * callout's own, or its kind's label) and then its blocks, kept on one page when it fits on
     * one. The box is drawn as backgrounds of its lines, so it is an artifact like every rule.
     */
    @Override
    public Void callout(Block.Callout callout) {
        flushInlineMarker();
        space(blockSpace);
        Frame outer = frame;
        emitLine(m.calloutPadding, 0, List.of(), List.of(), false, false);
        int start = items.size() - 1;
        frame = outer.inset(m.calloutPadding, minWidth());
        float outerSpace = blockSpace;
        blockSpace = m.blockSpace;
        CalloutColours colours = CALLOUT_COLOURS.get(callout.kind());
        Style title = styleOf(faces.headings().bold(), m.body.size() * 0.9f).withColor(colours.rule());
        List<Run> titleRuns = callout.title().isPresent()
                ? runs(callout.title().get(), title)
                : lineMaker.generated(labels.text(callout.kind().labelKey()), title);
        List<Line> titleLines = setter.set(titleRuns, frame.width(), title.size(), null, false);
        within(Origin.Kind.PARAGRAPH, callout, () -> emitLines(titleLines, title, leading, Align.LEFT, true, List.of()));
        pendingSpace = m.tightSpace;
        spaceLocked = true;
        blocks(callout.blocks());
        frame = outer;
        blockSpace = outerSpace;
        spaceLocked = false;
        emitLine(m.calloutPadding, 0, List.of(), List.of(), false, false);
        box(start, outer, colours.rule(), colours.tint());
        return null;
    }

    /**
     * Draws a box behind the items from {@code start} on: the space between its blocks becomes
     * tinted lines of the same height, so the box has no gaps, and every line gets the tint and
     * the rule behind what it had (a code block's own background stays on top). The lines keep
     * together when the box is no taller than a page.
     */
    private void box(int start, Frame box, int rule, int tint) {
        float height = 0;
        for (int i = start; i < items.size(); i++) {
            height += items.get(i).height();
        }
        boolean keep = height <= geometry.bodyHeight();
        for (int i = start; i < items.size(); i++) {
            VItem item = items.get(i);
            boolean last = i == items.size() - 1;
            VItem boxed = item;
            if (item instanceof VItem.Space space) {
                boxed = new VItem.LineBox(space.height(), 0, List.of(), List.of(), false, "");
            }
            if (boxed instanceof VItem.LineBox line) {
                List<Rect> rects = new ArrayList<>();
                rects.add(new Rect(box.left(), 0, box.width(), line.height(), tint));
                rects.add(new Rect(box.left(), 0, m.calloutRule, line.height(), rule));
                rects.addAll(line.rects());
                boxed = new VItem.LineBox(line.height(), line.baseline(), line.fragments(), rects,
                        line.keepWithNext() || (keep && !last), line.anchor(), line.origin(), line.parts());
            } else if (boxed instanceof VItem.ImageBox image && keep && !last) {
                boxed = new VItem.ImageBox(image.x(), image.width(), image.height(), image.source(), true, image.origin());
            }
            if (boxed != item) {
                List<VItem> headers = repeatedHeaders.remove(item);
                if (headers != null) {
                    repeatedHeaders.put(boxed, headers);
                }
                items.set(i, boxed);
            }
        }
    }

    /** A callout kind's rule and title colour, and its tint: 4.5:1 or more apart, as on the site. */
    private record CalloutColours(int rule, int tint) {
    }

    private static final Map<Block.Callout.Kind, CalloutColours> CALLOUT_COLOURS = new java.util.EnumMap<>(Map.of(
            Block.Callout.Kind.NOTE, new CalloutColours(0x0550AE, 0xE3F1FF),
            Block.Callout.Kind.TIP, new CalloutColours(0x116329, 0xE2F7E6),
            Block.Callout.Kind.IMPORTANT, new CalloutColours(0x6639BA, 0xF3ECFF),
            Block.Callout.Kind.WARNING, new CalloutColours(0x7A4D00, 0xFFF5CC),
            Block.Callout.Kind.CAUTION, new CalloutColours(0xA40E26, 0xFFECEC)));

    @Override
    public Void codeBlock(Block.CodeBlock code) {
        flushInlineMarker();
        space(blockSpace);
        Style style = styleOf(faces.mono(), m.code.size());
        float baseline = lineMaker.baseline(style, m.code.leading());
        float textWidth = Math.max(frame.width() - 2 * m.codeInset, 1);
        Rect padding = new Rect(frame.left(), 0, frame.width(), m.codePadding, colours.codeBackground().rgb());
        Rect background = new Rect(frame.left(), 0, frame.width(), m.code.leading(), colours.codeBackground().rgb());
        emitLine(m.codePadding, 0, List.of(), List.of(padding), false);
        String[] sourceLines = code.code().split("\r?\n|\r", -1);
        for (int i = 0; i < sourceLines.length; i++) {
            // Columns after a tab are near enough, not exact.
            SourcePos pos = new SourcePos(code.contentPos().line() + i, i == 0 ? code.contentPos().column() : 1);
            List<Run> runs = new ArrayList<>();
            GlyphFallback.RunList list = new GlyphFallback.RunList(runs);
            fallback.append(expandTabs(sourceLines[i]), pos, style, true, list);
            List<Line> lines = breaker.breakLines(ItemBuilder.preformatted(list.flush(), fonts), textWidth);
            if (lines.isEmpty()) {
                lines = List.of(new Line(List.of(), 0));
            }
            for (Line line : lines) {
                emitLine(m.code.leading(), baseline, Lines.shift(line.fragments(), frame.left() + m.codeInset),
                        List.of(background), false);
            }
        }
        emitLine(m.codePadding, 0, List.of(), List.of(padding), false);
        return null;
    }

    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % 4 != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public Void table(Block.Table table) {
        flushInlineMarker();
        space(blockSpace);
        int columns = table.columns().size();
        for (Block.TableRow row : table.header()) {
            columns = Math.max(columns, row.cells().size());
        }
        for (Block.TableRow row : table.body()) {
            columns = Math.max(columns, row.cells().size());
        }
        if (columns == 0) {
            return null;
        }
        if (frame.width() / columns < m.minColumn) {
            tableAsText(table);
            return null;
        }
        float[] widths = columnWidths(table, columns);
        float tableWidth = 0;
        for (float w : widths) {
            tableWidth += w;
        }
        Style plain = styleOf(faces.body(), m.tables.size());
        Style bold = styleOf(faces.body().bold(), m.tables.size());
        int headerStart = items.size();
        rule(frame.left(), tableWidth, 0.8f, colours.strongRule().rgb(), true);
        for (Block.TableRow row : table.header()) {
            within(Origin.Kind.TABLE_HEADER_ROW, row, () -> tableRow(row, table.columns(), widths, bold, true));
        }
        if (!table.header().isEmpty()) {
            rule(frame.left(), tableWidth, 0.5f, colours.strongRule().rgb(), true);
        }
        List<VItem> header = new ArrayList<>();
        for (VItem item : items.subList(headerStart, items.size())) {
            if (!(item instanceof VItem.Space)) {
                header.add(item);
            }
        }
        int bodyStart = items.size();
        for (int r = 0; r < table.body().size(); r++) {
            if (r > 0) {
                rule(frame.left(), tableWidth, 0.25f, colours.rowRule().rgb(), false);
            }
            Block.TableRow row = table.body().get(r);
            within(Origin.Kind.TABLE_ROW, row, () -> tableRow(row, table.columns(), widths, plain, false));
        }
        rule(frame.left(), tableWidth, 0.8f, colours.strongRule().rgb(), false);
        if (!table.header().isEmpty()) {
            for (VItem item : items.subList(bodyStart, items.size())) {
                repeatedHeaders.put(item, header);
            }
        }
        return null;
    }

    /**
     * Column widths from content: each column's natural width (its widest cell on one line); when
     * the table is too wide, the narrow columns keep theirs and the wide ones wrap.
     */
    private float[] columnWidths(Block.Table table, int columns) {
        float[] natural = new float[columns];
        List<Block.TableRow> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Style style = styleOf(faces.body().bold(), m.tables.size());
        for (Block.TableRow row : rows) {
            for (int c = 0; c < row.cells().size(); c++) {
                float width = 0;
                for (Item item : ItemBuilder.prose(RunBuilder.build(row.cells().get(c).inlines(), style,
                        new GlyphFallback(fonts, Reporter.SILENT, faces), typography, pages), fonts)) {
                    if (item instanceof Item.Box box) {
                        width += Sp.toPoints(box.width());
                    } else if (item instanceof Item.Glue glue && !glue.fil()) {
                        width += Sp.toPoints(glue.width());
                    }
                }
                // A point of slack: the line setter works in rounded scaled points, and a cell set
                // exactly at its natural width could otherwise break its last word.
                natural[c] = Math.max(natural[c], width + 2 * m.cellPad + 1f);
            }
        }
        float total = 0;
        for (int c = 0; c < columns; c++) {
            natural[c] = Math.max(natural[c], m.minColumn);
            total += natural[c];
        }
        if (total <= frame.width()) {
            return natural;
        }
        // Too wide: columns that fit in an equal share keep their natural width (a number, a short
        // header), and the wide ones share what is left in proportion to their natural widths.
        float fair = frame.width() / columns;
        float narrowSum = 0;
        float wideSum = 0;
        for (int c = 0; c < columns; c++) {
            if (natural[c] <= fair) {
                narrowSum += natural[c];
            } else {
                wideSum += natural[c];
            }
        }
        float left = frame.width() - narrowSum;
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = natural[c] <= fair ? natural[c] : natural[c] * left / wideSum;
        }
        return widths;
    }

    private void tableRow(Block.TableRow row, List<Block.Alignment> alignments, float[] widths,
                          Style style, boolean keep) {
        List<List<Line>> cells = new ArrayList<>();
        int height = 0;
        for (int c = 0; c < row.cells().size() && c < widths.length; c++) {
            float inner = Math.max(widths[c] - 2 * m.cellPad, 1);
            List<Line> lines = setter.set(runs(row.cells().get(c).inlines(), style),
                    inner, style.size(), hyphenator, false);
            cells.add(lines);
            height = Math.max(height, lines.size());
        }
        float baseline = lineMaker.baseline(style, m.tables.leading());
        List<Origin> cellOrigins = new ArrayList<>();
        for (Block.TableCell cell : row.cells()) {
            cellOrigins.add(origin.within(Origin.Kind.TABLE_CELL, cell));
        }
        // A row's lines stay together; a body row may end a page, a header row may not.
        emitLine(m.cellPadDown, 0, List.of(), List.of(), true);
        for (int k = 0; k < Math.max(height, 1); k++) {
            List<Fragment> fragments = new ArrayList<>();
            List<Origin> parts = new ArrayList<>();
            float x = frame.left();
            for (int c = 0; c < cells.size(); c++) {
                List<Line> lines = cells.get(c);
                if (k < lines.size()) {
                    Line line = lines.get(k);
                    float inner = widths[c] - 2 * m.cellPad;
                    Block.Alignment alignment = row.cells().get(c).alignment();
                    if (alignment == Block.Alignment.DEFAULT && c < alignments.size()) {
                        alignment = alignments.get(c);
                    }
                    float offset = switch (alignment) {
                        case RIGHT -> Math.max(0, inner - line.width());
                        case CENTER -> Math.max(0, (inner - line.width()) / 2);
                        default -> 0;
                    };
                    fragments.addAll(Lines.shift(line.fragments(), x + m.cellPad + offset));
                    for (int f = 0; f < line.fragments().size(); f++) {
                        parts.add(cellOrigins.get(c));
                    }
                }
                x += widths[c];
            }
            emitLine(m.tables.leading(), baseline, fragments, parts, List.of(), true, !fragments.isEmpty());
        }
        emitLine(m.cellPadDown, 0, List.of(), List.of(), keep);
    }

    /** A table too wide for columns: each row becomes a paragraph, cells separated by bars. */
    private void tableAsText(Block.Table table) {
        List<Block.TableRow> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Style style = styleOf(faces.body(), m.tables.size());
        // Not a table to a reader either: a division of one paragraph per row.
        origin = origin.parent().within(Origin.Kind.DIVISION, table);
        for (Block.TableRow row : rows) {
            Origin outer = origin;
            origin = outer.within(Origin.Kind.PARAGRAPH, row);
            List<Run> runs = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                if (c > 0) {
                    runs.add(Run.text(" | ", style));
                }
                runs.addAll(runs(row.cells().get(c).inlines(), style));
            }
            emitLines(setter.set(runs, frame.width(), style.size(), hyphenator, false), style,
                    m.tables.leading(), Align.LEFT, false, List.of());
            origin = outer;
            space(m.tightSpace);
        }
    }

    @Override
    public Void figure(Block.Figure figure) {
        flushInlineMarker();
        space(blockSpace);
        Inline.Image image = figure.image();
        Style captionStyle = styleOf(faces.notes().italic(), m.captions.size());
        Optional<ImageCatalog.Size> size = images.size(image.source());
        if (size.isPresent() && size.get().widthPx() > 0 && size.get().heightPx() > 0) {
            float w = Math.min(frame.width(), size.get().widthPx() * POINTS_PER_PIXEL);
            float h = w * size.get().heightPx() / size.get().widthPx();
            float maxHeight = geometry.bodyHeight() * 0.6f;
            if (h > maxHeight) {
                w = w * maxHeight / h;
                h = maxHeight;
            }
            w = Math.max(w, 1);
            h = Math.max(h, 1);
            emit(new VItem.ImageBox(frame.left() + (frame.width() - w) / 2, w, h, image.source(),
                    !figure.caption().isEmpty(), origin));
        } else {
            String alt = image.alt().isBlank() ? image.source() : image.alt();
            List<Run> runs = new ArrayList<>();
            GlyphFallback.RunList list = new GlyphFallback.RunList(runs);
            fallback.append("[Image: " + alt + "]", image.pos(), captionStyle, false, list);
            emitLines(breaker.breakLines(ItemBuilder.prose(list.flush(), fonts), frame.width()),
                    captionStyle, m.captions.leading(), Align.CENTER, !figure.caption().isEmpty(), List.of());
        }
        if (!figure.caption().isEmpty()) {
            List<Line> lines = setter.set(runs(figure.caption(), captionStyle),
                    frame.width() * 0.85f, m.captions.size(), hyphenator, false);
            emit(new VItem.Space(m.down(4f)));
            within(Origin.Kind.CAPTION, figure, () ->
                    emitLines(lines, captionStyle, m.captions.leading(), Align.CENTER, false, List.of()));
        }
        return null;
    }

    @Override
    public Void thematicBreak(Block.ThematicBreak thematicBreak) {
        flushInlineMarker();
        space(m.breakSpace);
        float width = Math.min(m.breakWidth, frame.width() / 3);
        rule(frame.left() + (frame.width() - width) / 2, width, 0.6f, colours.rule().rgb());
        space(m.breakSpace);
        return null;
    }

    @Override
    public Void rawHtml(Block.RawHtml html) {
        return null; // the PDF cannot show HTML; the HTML renderer sanitizes and shows it
    }

    // ---------------------------------------------------------------- notes

    /**
     * Sets every footnote's lines at note size into {@link #noteItems}, for the page builder to
     * place at the foot of the page that references it. Lines of one note keep together in pairs
     * like a paragraph's; a long note may still be split, and continues on the next page's foot.
     */
    private void notes(List<Footnote> footnotes) {
        if (footnotes.isEmpty()) {
            return;
        }
        List<VItem> bodyItems = items;
        Style outerBody = body;
        float outerLeading = leading;
        float outerBlockSpace = blockSpace;
        body = styleOf(faces.notes(), m.notes.size());
        leading = m.notes.leading();
        blockSpace = m.noteSpace;
        Frame outer = frame;
        Frame inner = outer.indent(m.noteIndent, minWidth());
        for (Footnote note : footnotes) {
            items = new ArrayList<>();
            pendingSpace = 0;
            spaceLocked = false;
            Line marker = lineMaker.first(note.number() + ".", body, Float.MAX_VALUE);
            // The number hangs in the indent, but never out of the text block (note 100 and up).
            hangingMarker = Lines.shift(marker.fragments(),
                    Math.max(outer.left(), inner.left() - m.markerGap + m.across(2f) - marker.width()));
            pendingAnchor = RunBuilder.FOOTNOTE_ANCHOR + note.number();
            frame = inner;
            Origin outerOrigin = origin;
            origin = Origin.DOCUMENT.within(Origin.Kind.NOTE, note);
            hangingMarkerOrigin = origin.within(Origin.Kind.LABEL, note);
            blocks(note.blocks());
            if (!hangingMarker.isEmpty() || !pendingAnchor.isEmpty()) {
                emitLine(leading, lineMaker.baseline(body, leading), List.of(), List.of(), false, true);
            }
            origin = outerOrigin;
            frame = outer;
            noteItems.putIfAbsent(note.number(), List.copyOf(items));
        }
        items = bodyItems;
        pendingSpace = 0;
        spaceLocked = false;
        body = outerBody;
        leading = outerLeading;
        blockSpace = outerBlockSpace;
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
        return title.isEmpty() ? labels.text(LabelKey.UNTITLED_SECTION) : title;
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

    // ---------------------------------------------------------------- emitting

    private enum Align { LEFT, CENTER }

    private float minWidth() {
        return geometry.measure() * 0.4f;
    }

    private void space(float amount) {
        if (!spaceLocked) {
            pendingSpace = Math.max(pendingSpace, amount);
        }
    }

    private void emit(VItem item) {
        if (items.isEmpty()) {
            opening = pendingSpace; // space above the matter: where it meets the matter before
        } else if (pendingSpace > 0) {
            items.add(new VItem.Space(pendingSpace));
        }
        pendingSpace = 0;
        spaceLocked = false;
        items.add(item);
    }

    private void emitLines(List<Line> lines, Style style, float lineHeight, Align align, boolean keep,
                           List<Rect> rects) {
        float baseline = lineMaker.baseline(style, lineHeight);
        for (Line line : lines) {
            float x = frame.left() + (align == Align.CENTER ? Math.max(0, (frame.width() - line.width()) / 2) : 0);
            emitLine(lineHeight, baseline, Lines.shift(line.fragments(), x), rects, keep);
        }
    }

    /**
     * A paragraph's lines, kept so that neither its first line alone ends a page (an orphan) nor
     * its last line alone starts one (a widow): the first line keeps with the second, the
     * second-last with the last. The page builder breaks such chains only when they are longer
     * than a page.
     */
    private void emitParagraph(List<Line> lines, Style style, float lineHeight) {
        emitParagraph(lines, style, lineHeight, 0);
    }

    /** As above, the first {@code labelled} fragments of the first line a list item's marker. */
    private void emitParagraph(List<Line> lines, Style style, float lineHeight, int labelled) {
        float baseline = lineMaker.baseline(style, lineHeight);
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            boolean keep = n >= 2 && (i == 0 || i == n - 2);
            List<Fragment> fragments = Lines.shift(lines.get(i).fragments(), frame.left());
            List<Origin> parts = List.of();
            if (i == 0 && labelled > 0) {
                parts = new ArrayList<>();
                for (int f = 0; f < fragments.size(); f++) {
                    parts.add(f < labelled ? hangingMarkerOrigin : origin);
                }
            }
            emitLine(lineHeight, baseline, fragments, parts, List.of(), keep, !fragments.isEmpty());
        }
    }

    /** How many fragments of the first line spell {@code marker} (set in front of the text), or 0. */
    private static int labelFragments(List<Line> lines, String marker) {
        if (marker.isEmpty() || lines.isEmpty()) {
            return 0;
        }
        StringBuilder text = new StringBuilder();
        List<Fragment> fragments = lines.get(0).fragments();
        for (int f = 0; f < fragments.size(); f++) {
            text.append(fragments.get(f).text());
            if (text.toString().strip().equals(marker)) {
                return f + 1;
            }
            if (text.length() > marker.length() + 1) {
                return 0;
            }
        }
        return 0;
    }

    private void emitLine(float height, float baseline, List<Fragment> fragments, List<Rect> rects,
                          boolean keep) {
        emitLine(height, baseline, fragments, rects, keep, !fragments.isEmpty());
    }

    /**
     * Emits one line, adding a pending list marker, anchor and the bars of open quotes. Rules and
     * padding are not {@code text}: a pending marker or anchor waits for the next line of text.
     */
    private void emitLine(float height, float baseline, List<Fragment> fragments, List<Rect> rects,
                          boolean keep, boolean text) {
        emitLine(height, baseline, fragments, List.of(), rects, keep, text);
    }

    /** As above, {@code parts} the fragments' own origins (empty: all the current origin). */
    private void emitLine(float height, float baseline, List<Fragment> fragments, List<Origin> parts,
                          List<Rect> rects, boolean keep, boolean text) {
        List<Fragment> all = fragments;
        List<Origin> allParts = parts;
        if (!hangingMarker.isEmpty() && text) {
            all = new ArrayList<>(hangingMarker);
            all.addAll(fragments);
            allParts = new ArrayList<>();
            for (int i = 0; i < hangingMarker.size(); i++) {
                allParts.add(hangingMarkerOrigin);
            }
            for (int i = 0; i < fragments.size(); i++) {
                allParts.add(parts.isEmpty() ? origin : parts.get(i));
            }
            hangingMarker = List.of();
        }
        List<Rect> allRects = rects;
        if (!quoteBars.isEmpty()) {
            allRects = new ArrayList<>(rects);
            for (float x : quoteBars) {
                allRects.add(new Rect(x, 0, m.quoteBar, height, colours.quoteBar().rgb()));
            }
        }
        String anchor = "";
        if (text) {
            anchor = pendingAnchor;
            pendingAnchor = "";
        }
        emit(new VItem.LineBox(height, baseline, all, allRects, keep, anchor, text ? origin : Origin.ARTIFACT,
                text ? allParts : List.of()));
    }

    /** A marker that could not hang emitted on a line of its own (the item starts with a list, say). */
    private void flushInlineMarker() {
        if (!inlineMarker.isEmpty()) {
            List<Run> runs = inlineMarker;
            inlineMarker = List.of();
            Origin outer = origin;
            origin = hangingMarkerOrigin;
            emitLines(breaker.breakLines(ItemBuilder.prose(runs, fonts), frame.width()), body, leading,
                    Align.LEFT, true, List.of());
            origin = outer;
        }
    }

    private void rule(float x, float width, float thickness, int rgb) {
        rule(x, width, thickness, rgb, false);
    }

    private void rule(float x, float width, float thickness, int rgb, boolean keep) {
        emitLine(Math.max(thickness, 1f), 0, List.of(), List.of(new Rect(x, 0, width, thickness, rgb)), keep);
    }
}
