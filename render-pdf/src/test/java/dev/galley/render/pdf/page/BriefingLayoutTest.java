package dev.galley.render.pdf.page;

import dev.galley.core.model.Block;
import dev.galley.core.model.BodyCounts;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.Section;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SourcePos;
import dev.galley.core.model.Status;
import dev.galley.core.model.Meta;
import dev.galley.core.model.Inline;
import dev.galley.render.pdf.FakeMetrics;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.text.Reporter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layout without PDFBox, on fake metrics. */
class BriefingLayoutTest {

    private static final SourcePos POS = new SourcePos(1, 1);
    private static final PageGeometry A4 = PageGeometry.of(PaperSize.A4);

    private static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text, POS)), POS);
    }

    private static Briefing briefing(List<Block> lead, List<Section> sections) {
        Meta meta = new Meta("Title", Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), Optional.empty(), Status.PUBLISHED, Optional.empty(), Optional.empty(), "en", Map.of(), Map.of());
        return new Briefing("b.md", "b", meta, lead, sections, List.of(), BodyCounts.of(lead, sections, List.of()));
    }

    private static LaidOutBriefing layout(Briefing briefing) {
        return BriefingLayout.layout(SiteConfig.defaults(), briefing, FakeMetrics.INSTANCE, Reporter.SILENT, A4,
                ImageCatalog.NONE);
    }

    @Test
    void aHeadingIsNeverTheLastLineOfAPage() {
        // Paragraphs of varying length between headings push headings onto every possible line.
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            sections.add(new Section("s" + i, 2 + i % 3, List.of(new Inline.Text("Heading " + i, POS)),
                    List.of(paragraph("word ".repeat(5 + (i * 37) % 90))), List.of(), POS));
        }
        LaidOutBriefing laid = layout(briefing(List.of(), sections));
        assertTrue(laid.pages().size() > 5);
        int headingsSeen = 0;
        for (Page page : laid.pages()) {
            VItem.LineBox last = null;
            for (Page.Placed placed : page.items()) {
                if (placed.item() instanceof VItem.LineBox line && !line.fragments().isEmpty()
                        && placed.top() >= A4.marginTop() && placed.top() < A4.height() - A4.marginBottom()) {
                    last = line;
                    if (!line.anchor().isEmpty()) {
                        headingsSeen++;
                    }
                }
            }
            assertFalse(last != null && !last.anchor().isEmpty(), "page " + page.number() + " ends with a heading");
        }
        assertEquals(120, headingsSeen);
        assertEquals(120, laid.anchors().size(), "every heading is an anchor");
    }

    @Test
    void noPageEndsInsideAWord() {
        // Compounds broken at their hyphens, in paragraphs of varying length: every line of the
        // page's foot gets its turn to end in one.
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            blocks.add(paragraph("a well-known, long-standing state-of-the-art word-for-word ".repeat(2 + (i * 7) % 9)));
        }
        LaidOutBriefing laid = layout(briefing(blocks, List.of()));
        assertTrue(laid.pages().size() > 5);
        int hyphenated = 0;
        for (Page page : laid.pages().subList(0, laid.pages().size() - 1)) {
            String last = "";
            for (Page.Placed placed : page.items()) {
                if (placed.item() instanceof VItem.LineBox line && !line.fragments().isEmpty()
                        && placed.top() >= A4.marginTop() && placed.top() < A4.height() - A4.marginBottom()) {
                    last = line.fragments().get(line.fragments().size() - 1).text();
                    hyphenated += last.endsWith("-") ? 1 : 0;
                }
            }
            assertFalse(last.endsWith("-"), "page " + page.number() + " ends inside a word: " + last);
        }
        assertTrue(hyphenated > 50, "lines end in hyphens: " + hyphenated);
    }

    @Test
    void deeplyNestedListsStayInsideTheTextBlock() {
        Block deep = paragraph("bottom of the list with enough words to wrap over more than one line, twice over "
                + "and then some more words");
        for (int depth = 0; depth < 64; depth++) {
            deep = new Block.OrderedList(depth * 1000, List.of(new Block.ListItem(List.of(paragraph("level " + depth), deep),
                    POS)), true, POS);
        }
        LaidOutBriefing laid = layout(briefing(List.of(deep), List.of()));
        int fragments = 0;
        for (Page page : laid.pages()) {
            for (Page.Placed placed : page.items()) {
                if (placed.item() instanceof VItem.LineBox line) {
                    for (Fragment fragment : line.fragments()) {
                        fragments++;
                        assertTrue(fragment.x() >= A4.marginLeft() - 0.001f, fragment.toString());
                        assertTrue(fragment.x() + fragment.width() <= A4.width() - A4.marginRight() + 0.001f,
                                () -> fragment + " ends at " + (fragment.x() + fragment.width()));
                    }
                }
            }
        }
        assertTrue(fragments > 64);
    }

    @Test
    void anEmptyBriefingHasOnePageWithAFooter() {
        LaidOutBriefing laid = layout(briefing(List.of(), List.of()));
        assertEquals(1, laid.pages().size());
        assertTrue(laid.outline().isEmpty());
    }

    @Test
    void everyFragmentKnowsItsModelElementForTagging() {
        Block.ListItem first = new Block.ListItem(List.of(paragraph("first item")), POS);
        Block.BulletList list = new Block.BulletList(List.of(first), true, POS);
        Block.TableCell a = new Block.TableCell(List.of(new Inline.Text("left", POS)), Block.Alignment.DEFAULT, POS);
        Block.TableCell b = new Block.TableCell(List.of(new Inline.Text("right", POS)), Block.Alignment.DEFAULT, POS);
        Block.TableRow row = new Block.TableRow(List.of(a, b));
        Block.Table table = new Block.Table(List.of(row), List.of(), List.of(Block.Alignment.DEFAULT,
                Block.Alignment.DEFAULT), POS);
        LaidOutBriefing laid = layout(briefing(List.of(list, table), List.of()));
        List<VItem.LineBox> lines = new ArrayList<>();
        for (Page page : laid.pages()) {
            for (Page.Placed placed : page.items()) {
                if (placed.item() instanceof VItem.LineBox line && !line.fragments().isEmpty()) {
                    lines.add(line);
                }
            }
        }
        // The masthead's title is a heading of the masthead; header and footer are artifacts.
        assertTrue(lines.stream().anyMatch(l -> l.origin().kind() == Origin.Kind.HEADING
                && l.origin().parent().kind() == Origin.Kind.MASTHEAD));
        assertTrue(lines.stream().anyMatch(l -> l.origin().isArtifact() && l.fragments().get(0).text().startsWith("Page")));
        // A list item's line: the bullet is the item's label, the text its paragraph's.
        VItem.LineBox item = lines.stream().filter(l -> l.origin().element() == first.blocks().get(0)).findFirst().orElseThrow();
        assertEquals(Origin.Kind.LABEL, item.originOf(0).kind());
        assertTrue(item.originOf(0).element() == first && item.originOf(0).parent().kind() == Origin.Kind.LIST_ITEM);
        assertEquals(Origin.Kind.PARAGRAPH, item.originOf(item.fragments().size() - 1).kind());
        // A table row's line: each fragment in its own cell.
        VItem.LineBox cells = lines.stream().filter(l -> l.origin().element() == row).findFirst().orElseThrow();
        assertEquals(Origin.Kind.TABLE_HEADER_ROW, cells.origin().kind());
        assertTrue(cells.originOf(0).element() == a && cells.originOf(cells.fragments().size() - 1).element() == b);
        assertTrue(cells.originOf(0).parent() == cells.origin(), "cells inside their row");
    }
}
