package dev.galley.render.pdf.page;

import dev.galley.core.labels.LabelKey;
import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.Section;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.Status;
import dev.galley.core.style.HouseStyle;
import dev.galley.core.style.Masthead;
import dev.galley.core.style.RunningContent;
import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.font.TypeFaces;
import dev.galley.render.pdf.hyphen.Hyphenator;
import dev.galley.render.pdf.text.Reporter;

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
    private final BlockWalk walk;
    private final MastheadSetter masthead;
    private final ContentsSetter contents;
    /** Each footnote's lines, set at note size, keyed by number: the page builder places them. */
    private Map<Integer, List<VItem>> noteItems = Map.of();
    /** Table body lines (by identity) to their table's header lines, for the page builder. */
    private final Map<VItem, List<VItem>> repeatedHeaders = new IdentityHashMap<>();
    /** How far the design lets a page run long. */
    private Paginator.LongPages longPages = Paginator.LongPages.NEVER;

    private BriefingLayout(LayoutContext c) {
        this.c = c;
        this.m = c.m();
        this.geometry = c.geometry();
        TextSetter text = new TextSetter(c);
        this.walk = new BlockWalk(c, text);
        this.masthead = new MastheadSetter(c, text, walk);
        this.contents = new ContentsSetter(c, text);
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
        layout.longPages = longPages(config.style(), geometry, layout.m);
        layout.noteItems = new NoteSetter(layout.c, layout.walk).notes(briefing.footnotes(), layout.textBlock(),
                layout.repeatedHeaders);
        Matter masthead = layout.set(column -> column.within(Origin.Kind.MASTHEAD, briefing.meta(),
                () -> layout.masthead.set(column, config, briefing.meta())));
        boolean cover = config.style().masthead() == Masthead.COVER;
        // a cover sets the cover image on itself; elsewhere it is the lead's first figure
        List<Block> lead = cover && briefing.meta().cover().isPresent()
                ? briefing.lead().stream().filter(b -> b != briefing.meta().cover().get()).toList()
                : briefing.lead();
        Matter body = layout.set(column -> {
            layout.walk.blocks(column, lead);
            for (Section section : briefing.sections()) {
                layout.walk.section(column, section);
            }
        });
        MadeUp madeUp = cover ? layout.makeUp(masthead, List.of(body)) : layout.makeUp(List.of(masthead, body), 1);
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
                    () -> layout.contents.set(column, briefing.sections(), listed)));
            madeUp = cover ? layout.makeUp(masthead, List.of(contents, body))
                    : layout.makeUp(List.of(masthead, contents, body), 1);
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

    /**
     * How far the design lets a page run long: a line of the body, where the house style allows
     * it and the bottom margin has room for that line and half a line more, clear of the running
     * foot's text (which reaches about its size above its baseline).
     */
    private static Paginator.LongPages longPages(HouseStyle style, PageGeometry geometry, Measures m) {
        float extra = m.body.leading();
        RunningContent running = style.running();
        boolean foot = !running.foot().isEmpty() || !running.firstFoot().isEmpty();
        float room = foot ? geometry.footerBaseline() - geometry.marginTop() - geometry.bodyHeight() - m.running
                : geometry.marginBottom();
        return style.page().runLong() && room >= 1.5f * extra
                ? new Paginator.LongPages(extra, geometry.facing()) : Paginator.LongPages.NEVER;
    }

    /** Makes a cover up into pages of its own, and the parts after it into the pages that follow. */
    private MadeUp makeUp(Matter cover, List<Matter> parts) {
        MadeUp front = makeUp(List.of(cover), 1);
        MadeUp rest = makeUp(parts, front.bodies().size() + 1);
        List<List<Page.Placed>> bodies = new ArrayList<>(front.bodies());
        bodies.addAll(rest.bodies());
        Map<String, Destination> anchors = new HashMap<>(front.anchors());
        int offset = front.bodies().size();
        rest.anchors().forEach((anchor, at) -> anchors.putIfAbsent(anchor, new Destination(at.pageIndex() + offset,
                at.top())));
        return new MadeUp(bodies, anchors);
    }

    /** Makes the parts up into pages, the first of them page {@code firstPage} of the briefing. */
    private MadeUp makeUp(List<Matter> parts, int firstPage) {
        VItem separator = new VItem.LineBox(m.noteSeparator, 0, List.of(),
                List.of(new Rect(geometry.marginLeft(), m.noteSeparator - m.noteRuleRise, m.noteRuleLength, m.thinRule,
                        c.colours().strongRule().rgb())), false, "");
        List<List<Page.Placed>> paginated = new Paginator(geometry.bodyHeight(), noteItems, separator,
                repeatedHeaders, longPages).paginate(Matter.stack(parts), firstPage);
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
                    first[at.pageIndex()] = contents.title(section);
                }
                starts.add(at.pageIndex());
                titles.add(contents.title(section));
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

    // ---------------------------------------------------------------- outline

    private List<OutlineEntry> outline(Briefing briefing) {
        return outline(briefing.sections());
    }

    private List<OutlineEntry> outline(List<Section> sections) {
        List<OutlineEntry> entries = new ArrayList<>(sections.size());
        for (Section section : sections) {
            String title = contents.title(section);
            entries.add(new OutlineEntry(title, section.id(),
                    outline(section.children())));
        }
        return entries;
    }
}
