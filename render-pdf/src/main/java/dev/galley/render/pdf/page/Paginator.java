package dev.galley.render.pdf.page;

import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.text.RunBuilder;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page builder: fills pages top to bottom with the stacked items, and each page's foot with
 * the footnotes its lines reference. Space at the top of a page is dropped; an item marked
 * keep-with-next (a heading, a paragraph's first and second-last lines) moves to the next page
 * together with what follows when they would not all fit. A line that references a note goes on
 * a page only with at least {@link #MIN_NOTE_LINES} lines of the note below it; the rest of a long
 * note continues at the foot of the next page, before that page's own notes. Looks ahead at most
 * a page, so the cost stays linear. A table broken across pages gets its header rows again at the
 * top of the next page.
 *
 * <p>Where the design allows ({@link LongPages}), a page runs one line long rather than a line
 * or more short when only a keep sends what follows over: the item itself would fit, but not with
 * the lines it keeps with or its note. With facing pages the two pages of a spread run long
 * together: a verso that runs long makes its recto long, and a recto that needs to makes the whole
 * briefing be made up again with its verso long from the start (once: in that second pass a recto
 * runs long only with its verso), so the cost stays at most twice the linear one.
 */
public final class Paginator {

    /** Lines of a note that must come onto the page of its reference (or all, if fewer). */
    static final int MIN_NOTE_LINES = 2;
    /** Continued notes may fill at most this share of a page, leaving room for the body. */
    static final float MAX_CONTINUED_SHARE = 0.5f;

    private final float bodyHeight;
    private final Map<Integer, List<VItem>> notes;
    private final VItem separator;
    /** Items of tables' bodies (by identity) to the table's header, repeated on a new page. */
    private final Map<VItem, List<VItem>> repeatedHeaders;
    private final LongPages longPages;

    /**
     * How far a page may run long, and whether pages face each other.
     *
     * @param extra  the length a page may run long by (a line of the body), 0 for never
     * @param facing whether pages face each other (even pages are versos), so that the pages of a
     *               spread run long together
     */
    public record LongPages(float extra, boolean facing) {
        /** Every page the length of the text block. */
        public static final LongPages NEVER = new LongPages(0, false);
    }

    public Paginator(float bodyHeight) {
        this(bodyHeight, Map.of(), new VItem.Space(0), new java.util.IdentityHashMap<>());
    }

    /**
     * @param notes     each footnote's lines by number
     * @param separator drawn between the body and the notes of a page (a short rule and space)
     */
    public Paginator(float bodyHeight, Map<Integer, List<VItem>> notes, VItem separator,
                     Map<VItem, List<VItem>> repeatedHeaders) {
        this(bodyHeight, notes, separator, repeatedHeaders, LongPages.NEVER);
    }

    /** The same, with pages that may run long as {@code longPages} says. */
    public Paginator(float bodyHeight, Map<Integer, List<VItem>> notes, VItem separator,
                     Map<VItem, List<VItem>> repeatedHeaders, LongPages longPages) {
        this.bodyHeight = bodyHeight;
        this.notes = notes;
        this.separator = separator;
        this.repeatedHeaders = repeatedHeaders;
        this.longPages = longPages;
    }

    private final class PageState {
        final int number;
        final List<Page.Placed> body = new ArrayList<>();
        final List<VItem> foot = new ArrayList<>();
        float length = bodyHeight;
        float y;
        float footHeight;

        PageState(int number) {
            this.number = number;
        }

        boolean runsLong() {
            return length > bodyHeight;
        }

        void runLong() {
            length = bodyHeight + longPages.extra();
        }

        float footTotal() {
            return foot.isEmpty() ? 0 : footHeight + separator.height();
        }

        float available() {
            return length - y - footTotal();
        }

        List<Page.Placed> close() {
            List<Page.Placed> placed = new ArrayList<>(body);
            if (!foot.isEmpty()) {
                float top = length - footHeight;
                placed.add(new Page.Placed(separator, top - separator.height()));
                for (VItem line : foot) {
                    placed.add(new Page.Placed(line, top));
                    top += line.height();
                }
            }
            return placed;
        }
    }

    /** Items per page, each with its top measured from the top of the body, the first page a recto. */
    public List<List<Page.Placed>> paginate(List<VItem> items) {
        return paginate(items, 1);
    }

    /**
     * Items per page, each with its top measured from the top of the body; the first page is
     * number {@code firstPage} of the briefing, which says which pages are versos.
     */
    public List<List<Page.Placed>> paginate(List<VItem> items, int firstPage) {
        MadeUp first = makeUp(items, firstPage, Set.of(), true);
        if (first.shortVersos().isEmpty()) {
            return first.pages();
        }
        return makeUp(items, firstPage, first.shortVersos(), false).pages();
    }

    /**
     * Pages made up in one pass.
     *
     * @param shortVersos versos that stayed the length of the text block while their recto ran long
     */
    private record MadeUp(List<List<Page.Placed>> pages, Set<Integer> shortVersos) {
    }

    /**
     * One pass of make-up.
     *
     * @param longVersos   versos that run long from the start
     * @param rectosAlone  whether a recto may run long while its verso does not (the first pass:
     *                     its verso is then made long in the second)
     */
    private MadeUp makeUp(List<VItem> items, int firstPage, Set<Integer> longVersos, boolean rectosAlone) {
        List<List<Page.Placed>> pages = new ArrayList<>();
        Set<Integer> shortVersos = new HashSet<>();
        Deque<VItem> continued = new ArrayDeque<>();
        Set<Integer> placedNotes = new HashSet<>();
        PageState page = open(firstPage, firstPage, continued, longVersos, false);
        for (int i = 0; i < items.size(); i++) {
            VItem item = items.get(i);
            if (item instanceof VItem.Space space) {
                if (!page.body.isEmpty()) {
                    page.y += space.height();
                }
                continue;
            }
            List<VItem> noteLines = new ArrayList<>();
            for (int number : noteRefs(item)) {
                if (placedNotes.add(number)) {
                    noteLines.addAll(notes.getOrDefault(number, List.of()));
                }
            }
            // The lines it keeps with bring their notes' first lines too: a paragraph's last line
            // that references a note would otherwise go on alone, a widow, for want of their room.
            Chain chain = item.keepWithNext() ? chain(items, i, placedNotes) : new Chain(item.height(), 0);
            float needed = chain.height();
            float chainNotes = chain.notes();
            boolean broke = false;
            while (true) {
                float separatorIfNew = page.foot.isEmpty() && (!noteLines.isEmpty() || chainNotes > 0)
                        ? separator.height() : 0;
                float all = height(noteLines, noteLines.size()) + chainNotes;
                float minimal = height(noteLines, Math.min(MIN_NOTE_LINES, noteLines.size())) + chainNotes;
                float available = page.available();
                boolean fresh = page.body.isEmpty() || broke;
                if (needed + separatorIfNew + all <= available
                        || (needed + separatorIfNew + minimal <= available)
                        || fresh) {
                    page.body.add(new Page.Placed(item, page.y));
                    page.y += item.height();
                    // the lines it keeps with, and their notes' first lines, keep their room
                    float room = page.available() - separatorIfNew
                            - (item.keepWithNext() ? needed - item.height() + chainNotes : 0);
                    int k = 0;
                    while (k < noteLines.size() && (noteLines.get(k).height() <= room || (fresh && k == 0 && page.foot.isEmpty()))) {
                        room -= noteLines.get(k).height();
                        page.foot.add(noteLines.get(k));
                        page.footHeight += noteLines.get(k).height();
                        k++;
                    }
                    continued.addAll(noteLines.subList(k, noteLines.size()));
                    break;
                }
                // Only a keep sends it over (it would fit alone): a line more saves a short page.
                if (!page.runsLong() && longPages.extra() > 0 && item.height() <= available
                        && needed + separatorIfNew + minimal <= available + longPages.extra()) {
                    boolean recto = longPages.facing() && !verso(page.number) && page.number > firstPage;
                    if (!recto || rectosAlone) {
                        if (recto) {
                            shortVersos.add(page.number - 1);
                        }
                        page.runLong();
                        continue;
                    }
                }
                pages.add(page.close());
                page = open(page.number + 1, firstPage, continued, longVersos, page.runsLong() && verso(page.number));
                broke = true;
                for (VItem header : repeatedHeaders.getOrDefault(item, List.of())) {
                    page.body.add(new Page.Placed(header, page.y));
                    page.y += header.height();
                }
            }
        }
        pages.add(page.close());
        while (!continued.isEmpty()) {
            page = newPage(page.number + 1, continued);
            if (page.foot.isEmpty()) {
                // A single note line taller than the allowed share: place it anyway.
                VItem line = continued.poll();
                page.foot.add(line);
                page.footHeight += line.height();
            }
            pages.add(page.close());
        }
        return new MadeUp(pages, shortVersos);
    }

    /** Whether page {@code number} is the left-hand page of a spread. */
    private boolean verso(int number) {
        return longPages.facing() && number % 2 == 0;
    }

    /**
     * Page {@code number} of a pass, long from the start when it is one of {@code longVersos} or
     * the recto of a verso that ran long ({@code afterLongVerso}).
     */
    private PageState open(int number, int firstPage, Deque<VItem> continued, Set<Integer> longVersos,
                           boolean afterLongVerso) {
        PageState page = newPage(number, continued);
        if (verso(number) ? longVersos.contains(number) : afterLongVerso && number > firstPage) {
            page.runLong();
        }
        return page;
    }

    /** Page {@code number}, its foot starting with the notes continued from the page before. */
    private PageState newPage(int number, Deque<VItem> continued) {
        PageState page = new PageState(number);
        float limit = bodyHeight * MAX_CONTINUED_SHARE - separator.height();
        while (!continued.isEmpty() && page.footHeight + continued.peek().height() <= limit) {
            VItem line = continued.poll();
            page.foot.add(line);
            page.footHeight += line.height();
        }
        return page;
    }

    private static float height(List<VItem> lines, int count) {
        float height = 0;
        for (int k = 0; k < count; k++) {
            height += lines.get(k).height();
        }
        return height;
    }

    /** Numbers of the footnotes a line references, in order (its raised, linked numbers). */
    static List<Integer> noteRefs(VItem item) {
        if (!(item instanceof VItem.LineBox line)) {
            return List.of();
        }
        List<Integer> refs = new ArrayList<>();
        String prefix = "#" + RunBuilder.FOOTNOTE_ANCHOR;
        for (Fragment fragment : line.fragments()) {
            String link = fragment.style().link();
            if (link.startsWith(prefix)) {
                try {
                    int number = Integer.parseInt(link.substring(prefix.length()));
                    if (!refs.contains(number)) {
                        refs.add(number);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
        return refs;
    }

    /**
     * The chain an item starts: the height of the item, the items it keeps with and the first
     * item after them (capped at a page: a chain longer than a page is broken anyway), and the
     * height of the first lines ({@link #MIN_NOTE_LINES}) of the notes that the items after it
     * reference and no page holds yet.
     */
    private record Chain(float height, float notes) {
    }

    private Chain chain(List<VItem> items, int from, Set<Integer> placed) {
        float height = 0;
        float notesHeight = 0;
        Set<Integer> counted = new HashSet<>();
        for (int i = from; i < items.size() && height <= bodyHeight; i++) {
            VItem item = items.get(i);
            height += item.height();
            if (i > from) {
                for (int number : noteRefs(item)) {
                    if (!placed.contains(number) && counted.add(number)) {
                        List<VItem> lines = notes.getOrDefault(number, List.of());
                        notesHeight += height(lines, Math.min(MIN_NOTE_LINES, lines.size()));
                    }
                }
            }
            if (!(item instanceof VItem.Space) && !item.keepWithNext()) {
                break;
            }
        }
        return new Chain(height, notesHeight);
    }
}
