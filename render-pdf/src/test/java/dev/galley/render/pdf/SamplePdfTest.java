package dev.galley.render.pdf;

import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Inline;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.Section;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.galley.render.pdf.Fixtures.at;
import static dev.galley.render.pdf.Fixtures.paragraph;
import static dev.galley.render.pdf.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes a sample briefing with every kind of block to {@code target/galley-sample/} so that a
 * person can look at it (for example {@code pdftoppm -png -r 60}). Asserts only that nothing was
 * reported: the looking is the test.
 */
class SamplePdfTest {

    static final Path OUT = Path.of("target/galley-sample");

    @Test
    void writesTheSampleBriefing() throws IOException {
        Path content = OUT.resolve("content");
        Files.createDirectories(content.resolve("media"));
        writeChart(content.resolve("media/chart.png"));
        Briefing briefing = sample();
        var diagnostics = Fixtures.render(Fixtures.site(PaperSize.A4, briefing), OUT.resolve("site"), content, 1);
        assertEquals(List.of(), diagnostics);
        Path pdf = OUT.resolve("site").resolve(dev.galley.core.model.Site.pdfPath(briefing));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            List<String> links = new ArrayList<>();
            for (var annotation : document.getPage(0).getAnnotations()) {
                var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotation;
                links.add(link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri
                        ? uri.getURI() : "goto");
            }
            // The web link gets one annotation per line it is set on; the footnote number and the
            // section link jump inside the document.
            assertTrue(links.contains("https://www.nato.int/"), links.toString());
            assertEquals(List.of("goto", "goto"), links.stream().filter("goto"::equals).toList());
            assertEquals(List.of(), links.stream().filter(l -> !l.equals("goto") && !l.equals("https://www.nato.int/")).toList());
        }
    }

    static Briefing sample() throws IOException {
        Briefing seed = Fixtures.seedBriefing("sample");
        List<Section> sections = new ArrayList<>(seed.sections());
        Section first = sections.get(0);
        List<Block> blocks = new ArrayList<>(first.blocks());
        blocks.add(paragraph(60,
                text("Some text is ", 60),
                new Inline.Strong(List.of(text("strong", 60)), at(60, 14)),
                text(", some ", 60),
                new Inline.Emphasis(List.of(text("emphasised", 60)), at(60, 30)),
                text(", some ", 60),
                new Inline.Strikethrough(List.of(text("struck out", 60)), at(60, 45)),
                text(", with ", 60),
                new Inline.Code("inline_code()", at(60, 60)),
                text(" and a ", 60),
                new Inline.Link(new LinkTarget.Web("https://www.nato.int/"), "", List.of(text("link to NATO", 60)), at(60, 80)),
                text(" and a note.", 60),
                new Inline.FootnoteRef("n1", 1, at(60, 100)),
                text(" A link to ", 60),
                new Inline.Link(new LinkTarget.Anchor("s2"), "", List.of(text("another section", 60)), at(60, 110)),
                text(".", 60)));
        blocks.add(new Block.BulletList(List.of(
                item("Air policing over the Baltic states."),
                new Block.ListItem(List.of(paragraph("Forward presence, with:", 62),
                        new Block.OrderedList(1, List.of(item("eight multinational battlegroups;"),
                                item("a pledge to scale up to brigade size, which takes a long sentence to explain "
                                        + "so that it wraps onto a second line;"),
                                item("pre-positioned equipment.")), true, at(63, 1))), at(62, 1)),
                item("Cyber defence.")), true, at(61, 1)));
        blocks.add(new Block.BlockQuote(List.of(paragraph(
                "“The alliance is as strong as the commitment of its weakest member, and no stronger.” "
                        + "— a diplomat, speaking on condition of anonymity.", 70)), at(70, 1)));
        sections.set(0, new Section(first.id(), first.level(), first.heading(), blocks, first.children(), first.pos()));

        Section second = sections.get(1);
        List<Block> more = new ArrayList<>(second.blocks());
        more.add(new Block.Table(
                List.of(row("Member", "Spending (% GDP)", "Troops")),
                List.of(row("Poland", "4.1", "202,100"), row("Estonia", "3.4", "7,700"),
                        row("United Kingdom of Great Britain and Northern Ireland", "2.3", "141,100")),
                List.of(Block.Alignment.LEFT, Block.Alignment.RIGHT, Block.Alignment.RIGHT), at(80, 1)));
        more.add(new Block.CodeBlock("yaml", "title: NATO after Ukraine\ndate: 2026-11-28\n"
                + "topics: [NATO, Ukraine, defence, a-very-long-list-of-topics-that-does-not-fit-on-one-line-of-code-at-all]",
                at(90, 1), at(91, 1)));
        more.add(new Block.Figure(new Inline.Image("media/chart.png", "Defence spending chart", "", at(95, 1)),
                List.of(text("Defence spending by member, 2026 (illustrative).", 95)), at(95, 1)));
        more.add(new Block.ThematicBreak(at(97, 1)));
        sections.set(1, new Section(second.id(), second.level(), second.heading(), more,
                List.of(new Section("sub", 3, List.of(text("A third-level heading", 99)),
                        List.of(paragraph("Text under a third-level heading.", 100)), List.of(), at(99, 1))),
                second.pos()));
        List<Footnote> notes = List.of(new Footnote("n1", 1,
                List.of(paragraph("NATO, “Defence expenditure of NATO countries”, press release, 2026.", 120)),
                at(120, 1)));
        return Fixtures.briefing("sample", seed.meta(), seed.lead(), sections, notes);
    }

    private static Block.ListItem item(String text) {
        return new Block.ListItem(List.of(paragraph(text, 61)), at(61, 1));
    }

    private static Block.TableRow row(String... cells) {
        List<Block.TableCell> list = new ArrayList<>();
        for (String cell : cells) {
            list.add(new Block.TableCell(List.of(text(cell, 80)), Block.Alignment.DEFAULT, at(80, 1)));
        }
        return new Block.TableRow(list);
    }

    private static void writeChart(Path file) throws IOException {
        BufferedImage image = new BufferedImage(800, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 360);
        int[] bars = {300, 240, 160, 200, 120, 90};
        for (int i = 0; i < bars.length; i++) {
            g.setColor(new Color(40, 70 + i * 20, 130));
            g.fillRect(60 + i * 120, 340 - bars[i], 80, bars[i]);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
