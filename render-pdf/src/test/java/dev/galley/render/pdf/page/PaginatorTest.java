package dev.galley.render.pdf.page;

import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.text.RunBuilder;
import dev.galley.render.pdf.text.Style;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page builder on stacks of 10 pt lines in a 100 pt body (ten lines a page), each line
 * named by its text so that pages can be compared as strings.
 */
class PaginatorTest {

    private static final Style STYLE = Style.of(FontFace.SERIF, 10);
    private static final VItem SEPARATOR = new VItem.LineBox(10, 0, List.of(), List.of(), false, "");

    private static VItem.LineBox line(String name, boolean keep) {
        return new VItem.LineBox(10, 8, List.of(new Fragment(0, name, STYLE, 10)), List.of(), keep, "");
    }

    /** A line with a reference to footnote {@code note}. */
    private static VItem.LineBox lineWithNote(String name, int note) {
        Style ref = STYLE.withSize(6).withRise(4).withLink("#" + RunBuilder.FOOTNOTE_ANCHOR + note);
        return new VItem.LineBox(10, 8, List.of(new Fragment(0, name, STYLE, 10),
                new Fragment(10, Integer.toString(note), ref, 3)), List.of(), false, "");
    }

    /** A paragraph's lines with the layout's widow and orphan keeps. */
    private static List<VItem> paragraph(String name, int lines) {
        List<VItem> items = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            items.add(line(name + (i + 1), lines >= 2 && (i == 0 || i == lines - 2)));
        }
        return items;
    }

    private static List<String> pages(List<List<Page.Placed>> pages) {
        List<String> out = new ArrayList<>();
        for (List<Page.Placed> page : pages) {
            StringBuilder text = new StringBuilder();
            for (Page.Placed placed : page) {
                if (placed.item() instanceof VItem.LineBox line && !line.fragments().isEmpty()) {
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    text.append(line.fragments().get(0).text());
                    if (placed.top() >= 60 && line.fragments().get(0).text().startsWith("n")) {
                        text.append('@').append((int) placed.top());
                    }
                }
            }
            out.add(text.toString());
        }
        return out;
    }

    @Test
    void anOrphanLineMovesToTheNextPage() {
        List<VItem> items = new ArrayList<>(paragraph("a", 9));
        items.addAll(paragraph("b", 4)); // b1 would be alone at the foot of page 1
        List<String> pages = pages(new Paginator(100).paginate(items));
        assertEquals(List.of("a1 a2 a3 a4 a5 a6 a7 a8 a9", "b1 b2 b3 b4"), pages);
    }

    @Test
    void aWidowLineBringsTheLineBeforeIt() {
        List<VItem> items = new ArrayList<>(paragraph("a", 5));
        items.addAll(paragraph("b", 6)); // b6 alone would start page 2
        List<String> pages = pages(new Paginator(100).paginate(items));
        assertEquals(List.of("a1 a2 a3 a4 a5 b1 b2 b3 b4", "b5 b6"), pages);
    }

    @Test
    void aHeadingKeepsWithTheFirstTwoLinesOfItsParagraph() {
        List<VItem> items = new ArrayList<>(paragraph("a", 7));
        items.add(line("H", true));
        items.addAll(paragraph("b", 5)); // H b1 b2 need 30 pt; 30 are left, so they stay
        items.add(line("I", true));
        items.addAll(paragraph("c", 3));
        List<String> pages = pages(new Paginator(100).paginate(items));
        assertEquals(List.of("a1 a2 a3 a4 a5 a6 a7 H b1 b2", "b3 b4 b5 I c1 c2 c3"), pages);

        items.add(0, line("z", false)); // now H b1 b2 no longer fit on page 1
        pages = pages(new Paginator(100).paginate(items));
        assertEquals("z a1 a2 a3 a4 a5 a6 a7", pages.get(0));
        assertTrue(pages.get(1).startsWith("H b1 b2"), pages.get(1));
    }

    @Test
    void aFootnoteSitsAtTheFootOfThePageThatReferencesIt() {
        List<VItem> items = new ArrayList<>();
        items.add(line("a1", false));
        items.add(lineWithNote("a2", 1));
        items.add(line("a3", false));
        Map<Integer, List<VItem>> notes = Map.of(1, List.of(line("n1", false), line("n2", false)));
        List<List<Page.Placed>> laid = new Paginator(100, notes, SEPARATOR, new IdentityHashMap<>()).paginate(items);
        // Body from the top, the note's two lines at the foot (80 and 90), the separator above.
        assertEquals(List.of("a1 a2 a3 n1@80 n2@90"), pages(laid));
    }

    @Test
    void aLineWhoseNoteDoesNotFitMovesWithItsNote() {
        List<VItem> items = new ArrayList<>(paragraph("a", 7));
        items.add(lineWithNote("r", 1)); // 10 pt for r + 10 separator + 20 for two note lines > 30 left
        Map<Integer, List<VItem>> notes = Map.of(1, List.of(line("n1", false), line("n2", false)));
        List<String> pages = pages(new Paginator(100, notes, SEPARATOR, new IdentityHashMap<>()).paginate(items));
        assertEquals(List.of("a1 a2 a3 a4 a5 a6 a7", "r n1@80 n2@90"), pages);
    }

    /** A line with a note reference, keep-with-next set as the layout sets it on a second-last line. */
    private static VItem.LineBox keptLineWithNote(String name, int note) {
        VItem.LineBox line = lineWithNote(name, note);
        return new VItem.LineBox(line.height(), line.baseline(), line.fragments(), line.rects(), true, "");
    }

    @Test
    void aParagraphsLastLineWithANoteDoesNotGoOnAloneAsAWidow() {
        // b4 references a note: b3 (kept with b4) would fit on page 1, but b4 with its note's two
        // lines would not; b3 and b4 go on together
        List<VItem> items = new ArrayList<>(paragraph("a", 5));
        items.addAll(List.of(line("b1", true), line("b2", false), line("b3", true), lineWithNote("b4", 1)));
        Map<Integer, List<VItem>> notes = Map.of(1, List.of(line("n1", false), line("n2", false)));
        List<String> pages = pages(new Paginator(100, notes, SEPARATOR, new IdentityHashMap<>()).paginate(items));
        assertEquals(List.of("a1 a2 a3 a4 a5 b1 b2", "b3 b4 n1@80 n2@90"), pages);
    }

    @Test
    void aLongNoteOfTheSecondLastLineLeavesRoomForTheLastLine() {
        // b2 references a note of eight lines; its first lines go under b2, but never so many
        // that b3, the paragraph's last, is pushed to the next page alone
        List<VItem> items = new ArrayList<>(paragraph("a", 2));
        items.addAll(List.of(line("b1", true), keptLineWithNote("b2", 1), line("b3", false)));
        List<VItem> note = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            note.add(line("n" + k, false));
        }
        List<String> pages = pages(new Paginator(100, Map.of(1, note), SEPARATOR, new IdentityHashMap<>()).paginate(items));
        assertTrue(pages.get(0).startsWith("a1 a2 b1 b2 b3 "), "the paragraph ends on page 1: " + pages);
        assertTrue(pages.get(1).contains("n"), "the note continues: " + pages);
    }

    @Test
    void aLongFootnoteContinuesAtTheFootOfTheNextPage() {
        List<VItem> items = new ArrayList<>();
        items.add(lineWithNote("r", 1));
        items.addAll(paragraph("a", 12));
        List<VItem> note = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            note.add(line("n" + i, false));
        }
        List<String> pages = pages(new Paginator(100, Map.of(1, note), SEPARATOR, new IdentityHashMap<>())
                .paginate(items));
        // Page 1: r and eight note lines (r 10 + separator 10 + 80 = 100); the other four
        // continue at the foot of page 2, under as much body as fits.
        assertEquals("r n1 n2 n3 n4 n5@60 n6@70 n7@80 n8@90", pages.get(0));
        assertTrue(pages.get(1).endsWith("n9@60 n10@70 n11@80 n12@90"), pages.get(1));
        assertTrue(pages.get(1).startsWith("a1"), pages.get(1));
    }

    @Test
    void aTableBrokenAcrossPagesRepeatsItsHeader() {
        List<VItem> items = new ArrayList<>();
        VItem header = line("H", true);
        items.add(header);
        Map<VItem, List<VItem>> repeated = new IdentityHashMap<>();
        for (int r = 1; r <= 14; r++) {
            VItem row = line("r" + r, false);
            items.add(row);
            repeated.put(row, List.of(header));
        }
        List<String> pages = pages(new Paginator(100, Map.of(), SEPARATOR, repeated).paginate(items));
        assertEquals(List.of("H r1 r2 r3 r4 r5 r6 r7 r8 r9", "H r10 r11 r12 r13 r14"), pages);
    }

    private static final Paginator.LongPages ONE_LINE = new Paginator.LongPages(10, false);
    private static final Paginator.LongPages ONE_LINE_FACING = new Paginator.LongPages(10, true);

    private static List<String> longPages(List<VItem> items, Paginator.LongPages longPages, int firstPage) {
        return pages(new Paginator(100, Map.of(), SEPARATOR, new IdentityHashMap<>(), longPages)
                .paginate(items, firstPage));
    }

    /** Each page's lowest line's bottom, in points from the top of the body. */
    private static List<Integer> depths(List<List<Page.Placed>> pages) {
        return pages.stream().map(page -> (int) page.stream()
                .mapToDouble(p -> p.top() + p.item().height()).max().orElse(0)).toList();
    }

    @Test
    void aPageRunsOneLineLongRatherThanShortWhenOnlyAKeepSendsALineOver() {
        // a widow keep would send b5 and b6 to page 2, leaving page 1 a line short; a line more
        // ends the paragraph on page 1
        List<VItem> items = new ArrayList<>(paragraph("a", 5));
        items.addAll(paragraph("b", 6));
        items.addAll(paragraph("c", 3));
        assertEquals(List.of("a1 a2 a3 a4 a5 b1 b2 b3 b4 b5 b6", "c1 c2 c3"), longPages(items, ONE_LINE, 1));
        assertEquals(List.of("a1 a2 a3 a4 a5 b1 b2 b3 b4", "b5 b6 c1 c2 c3"),
                longPages(items, Paginator.LongPages.NEVER, 1), "without long pages, as before");
    }

    @Test
    void aFullPageDoesNotRunLong() {
        // nothing keeps a1 with a2: a page that is simply full breaks at its foot
        List<VItem> items = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            items.add(line("a" + i, false));
        }
        assertEquals(List.of("a1 a2 a3 a4 a5 a6 a7 a8 a9 a10", "a11 a12 a13 a14"), longPages(items, ONE_LINE, 1));
    }

    @Test
    void aKeepThatNeedsMoreThanOneLineMoreStillMoves() {
        // H b1 b2 need 30 pt with 10 left: two lines short of fitting, so they go over
        List<VItem> items = new ArrayList<>(paragraph("a", 9));
        items.add(line("H", true));
        items.addAll(paragraph("b", 3));
        assertEquals(List.of("a1 a2 a3 a4 a5 a6 a7 a8 a9", "H b1 b2 b3"), longPages(items, ONE_LINE, 1));
    }

    @Test
    void facingPagesRunLongTogether() {
        // Pages 1 (a recto alone), 2 and 3: the widow keep at the foot of page 3 makes it run
        // long, so page 2, its verso, is made up again a line long too and the spread stays alike.
        List<VItem> items = new ArrayList<>(paragraph("a", 26));
        items.addAll(paragraph("b", 5));
        items.addAll(paragraph("c", 1));
        items.addAll(paragraph("d", 3));
        List<List<Page.Placed>> laid = new Paginator(100, Map.of(), SEPARATOR, new IdentityHashMap<>(),
                ONE_LINE_FACING).paginate(items, 1);
        List<Integer> depths = depths(laid);
        assertEquals(depths.get(1), depths.get(2), "the spread of pages 2 and 3 alike: " + pages(laid));
        assertEquals(110, depths.get(1), pages(laid).toString());

        // Not facing, page 3 alone runs long (page 2 is full, its own length).
        List<List<Page.Placed>> single = new Paginator(100, Map.of(), SEPARATOR, new IdentityHashMap<>(),
                ONE_LINE).paginate(items, 1);
        assertEquals(100, depths(single).get(1), pages(single).toString());
    }

    @Test
    void aVersoThatRunsLongTakesItsRectoWithIt() {
        // Numbered from page 2, a verso: b's widow keep makes it run long; page 3 then holds a line more.
        List<VItem> items = new ArrayList<>(paragraph("a", 5));
        items.addAll(paragraph("b", 6));
        items.addAll(paragraph("c", 14));
        List<List<Page.Placed>> laid = new Paginator(100, Map.of(), SEPARATOR, new IdentityHashMap<>(),
                ONE_LINE_FACING).paginate(items, 2);
        assertEquals(List.of(110, 110), depths(laid).subList(0, 2), pages(laid).toString());
    }
}
