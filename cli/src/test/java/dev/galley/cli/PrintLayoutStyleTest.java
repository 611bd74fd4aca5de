package dev.galley.cli;

import dev.galley.core.testing.ContentFixture;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.galley.cli.Run.galley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The house style's print page as an editor checks it: what the running heads and feet say on
 * each page, the band and cover mastheads, the logo in both outputs, indented paragraphs.
 */
class PrintLayoutStyleTest {

    /** Five sections of eight paragraphs: three pages or more of A5. */
    static String briefing(String extra) {
        StringBuilder text = new StringBuilder("""
                ---
                title: The quays
                dek: What the harbour board decided about the old quays.
                author: Mara Lind
                date: 2026-03-01
                classification: Internal
                """ + extra + "---\nThe board met on Monday. Its lead paragraph stands alone.\n\n"
                + "A second paragraph follows the lead, set apart by its indent.\n");
        for (String section : List.of("Berths", "Cranes", "Dredging", "Money", "What next")) {
            text.append("\n## ").append(section).append("\n");
            for (int i = 0; i < 8; i++) {
                text.append("\nThe ").append(section.toLowerCase()).append(" were discussed at length, and the members"
                        + " asked the port's engineers for figures they could compare with last year's, with the costs"
                        + " of each option set out plainly for the public meeting in the spring.\n");
            }
        }
        return text.toString();
    }

    static final String RUNNING = """
            -- galley.yaml --
            title: Harbour Desk
            style:
              page: {size: a5}
              text: {paragraphs: indented}
              running:
                head: {left: "{desk} · {title}", right: "{section}"}
                foot: {left: "{classification}", centre: "{date}", right: "{page-label} ({page}/{pages})"}
                first_page: {foot: {centre: "first page"}}
            -- briefings/quays.md --
            """;

    @TempDir
    static Path dir;
    private static PublishedSite running;
    private static PublishedSite band;
    private static PublishedSite cover;
    private static PublishedSite facing;

    @BeforeAll
    static void publish() throws IOException {
        running = PublishedSite.publish(ContentFixture.write(dir.resolve("running"), RUNNING + briefing("")),
                dir.resolve("running-site"));
        Path bandDesk = ContentFixture.write(dir.resolve("band"), """
                -- galley.yaml --
                title: Harbour Desk
                style:
                  colours: {accent: "#7a1020"}
                  masthead: band
                  logo: {file: images/logo.png, alt: Harbour Desk logo}
                -- briefings/quays.md --
                """ + briefing(""));
        logo(bandDesk.resolve("images/logo.png"));
        band = PublishedSite.publish(bandDesk, dir.resolve("band-site"));
        Path coverDesk = ContentFixture.write(dir.resolve("cover"), """
                -- galley.yaml --
                title: Harbour Desk
                style:
                  masthead: cover
                -- briefings/quays.md --
                """ + briefing("cover: {image: ../images/quay.png, alt: The east quay at dawn, caption: The east quay.}\n"));
        logo(coverDesk.resolve("images/quay.png"));
        cover = PublishedSite.publish(coverDesk, dir.resolve("cover-site"));
        facing = PublishedSite.publish(ContentFixture.write(dir.resolve("facing"), """
                -- galley.yaml --
                title: Harbour Desk
                style:
                  page: {size: a5, facing: true, margins: {top: 20mm, bottom: 20mm, inner: 25mm, outer: 15mm}}
                  running:
                    head: {left: "{title}", right: "p. {page}"}
                -- briefings/quays.md --
                """ + briefing("")), dir.resolve("facing-site"));
    }

    /** A 200 × 50 logo: a dark tile with a light bar. */
    static void logo(Path file) throws IOException {
        BufferedImage image = new BufferedImage(200, 50, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0B2545));
        g.fillRect(0, 0, 200, 50);
        g.setColor(Color.WHITE);
        g.fillRect(20, 20, 160, 10);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void eachPlaceholderSaysWhatItNamesOnItsPage() throws IOException {
        int pages;
        try (PDDocument pdf = running.pdf("quays")) {
            pages = pdf.getNumberOfPages();
        }
        assertTrue(pages >= 3, "pages: " + pages);
        String first = running.pdfPageText("quays", 1);
        assertTrue(first.contains("first page"), first);
        assertFalse(first.contains("Harbour Desk · The quays"), "no head on the first page: " + first);
        assertFalse(first.contains("Page 1 of"), first);
        for (int page = 2; page <= pages; page++) {
            String text = running.pdfPageText("quays", page);
            assertTrue(text.contains("Harbour Desk · The quays"), text);
            assertTrue(text.contains("INTERNAL") || text.contains("Internal"), text);
            assertTrue(text.contains("1 March 2026"), text);
            assertTrue(text.contains("Page " + page + " of " + pages + " (" + page + "/" + pages + ")"), text);
        }
        // the section of a page: the first to start on it, else the one running on
        String second = running.pdfPageText("quays", 2);
        String head = second.lines().filter(l -> l.contains("Harbour Desk · The quays")).findFirst().orElseThrow();
        String section = head.substring(head.indexOf("The quays") + "The quays".length()).strip();
        assertTrue(List.of("Berths", "Cranes", "Dredging", "Money", "What next").contains(section), head);
        boolean startsHere = second.contains("\n" + section + "\n");
        boolean ranOn = first.contains("\n" + section + "\n");
        assertTrue(startsHere || ranOn, "the head's section starts on the page or ran on from page 1: " + head);
    }

    /** Where each line of page {@code page} starts, by its text. */
    private static Map<String, Float> lineStarts(PDDocument pdf, int page) throws IOException {
        Map<String, Float> starts = new LinkedHashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                starts.putIfAbsent(text.strip(), positions.get(0).getXDirAdj());
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return starts;
    }

    @Test
    void facingPagesHaveTheInnerMarginAtTheBindingAndTheRunningHeadTurnsWithThem() throws IOException {
        float mm = 72f / 25.4f;
        try (PDDocument pdf = facing.pdf("quays")) {
            assertTrue(pdf.getNumberOfPages() >= 3);
            for (int page = 2; page <= 3; page++) {
                Map<String, Float> starts = lineStarts(pdf, page);
                float body = starts.entrySet().stream().filter(e -> e.getKey().contains("discussed"))
                        .map(Map.Entry::getValue).min(Float::compare).orElseThrow();
                boolean verso = page % 2 == 0;
                assertEquals(verso ? 15 * mm : 25 * mm, body, 0.5f, "page " + page + "'s text block starts at its "
                        + (verso ? "outer" : "inner") + " margin: " + starts);
                float number = starts.get("p. " + page);
                float title = starts.get("The quays");
                if (verso) {
                    assertTrue(number < title, "a verso's page number is at its outer, left edge: " + starts);
                    assertEquals(15 * mm, number, 0.5f);
                } else {
                    assertTrue(number > title, "a recto's page number is at its outer, right edge: " + starts);
                    assertEquals(25 * mm, title, 0.5f);
                }
            }
        }
    }

    @Test
    void indentedParagraphsStartOneEmInAfterAParagraphOnly() throws IOException {
        List<Float> starts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (PDDocument pdf = running.pdf("quays")) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.startsWith("The board met") || text.startsWith("A second paragraph")
                            || text.startsWith("Berths")) {
                        starts.add(positions.get(0).getXDirAdj());
                        texts.add(text);
                    }
                }
            };
            stripper.setEndPage(1);
            stripper.getText(pdf);
        }
        // the contents list "Berths" before the text; the heading is the last
        float lead = starts.get(texts.indexOf(texts.stream().filter(t -> t.startsWith("The board")).findFirst().orElseThrow()));
        float second = starts.get(texts.indexOf(texts.stream().filter(t -> t.startsWith("A second")).findFirst().orElseThrow()));
        float heading = starts.get(texts.lastIndexOf("Berths"));
        assertEquals(10.5f, second - lead, 0.01f, "one em of the 10.5 pt body: " + starts + " " + texts);
        assertEquals(lead, heading, 0.01f, "a heading is not indented");
    }

    @Test
    void theBandCarriesTheLogoAsAFigureWithItsAltText() throws IOException {
        try (PDDocument pdf = band.pdf("quays")) {
            List<PDImageXObject> images = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getXObjectNames()) {
                if (pdf.getPage(0).getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertEquals(1, images.size());
            assertEquals(200, images.get(0).getWidth());
            List<String> figures = new ArrayList<>();
            collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot(), figures);
            assertEquals(List.of("Harbour Desk logo"), figures);
            // the desk's name is the logo's to say: not written out a second time
            assertFalse(band.pdfPageText("quays", 1).contains("Harbour Desk"), band.pdfPageText("quays", 1));
        }
        Element logo = band.briefing("quays").selectFirst("header .site-name img.site-logo");
        assertEquals("Harbour Desk logo", logo.attr("alt"));
        assertEquals("200", logo.attr("width"));
        assertEquals("50", logo.attr("height"));
        assertTrue(Files.isRegularFile(band.out().resolve("briefings/quays").resolve(logo.attr("src")).normalize()));
        assertTrue(band.page("index.html").selectFirst("h1.site-name img.site-logo") != null);
    }

    private static void collectFigures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alts.add(element.getAlternateDescription());
                }
                collectFigures(element, alts);
            }
        }
    }

    @Test
    void aCoverIsAPageOfItsOwnWithoutAPageNumber() throws IOException {
        String first = cover.pdfPageText("quays", 1);
        assertTrue(first.contains("The quays"), first);
        assertTrue(first.contains("What the harbour board decided"), first);
        assertTrue(first.contains("By Mara Lind"), first);
        assertFalse(first.contains("The board met"), "the text starts on page 2: " + first);
        assertFalse(first.contains("Page 1 of"), first);
        String second = cover.pdfPageText("quays", 2);
        assertTrue(second.contains("The board met on Monday"), second);
        assertTrue(second.contains("Page 2 of"), second);
    }

    @Test
    void theCoverImageIsOnTheCoverWithItsAltTextAndCaptionAndLeadsThePage() throws IOException {
        try (PDDocument pdf = cover.pdf("quays")) {
            assertEquals(1, images(pdf, 0), "the cover image on the cover");
            assertEquals(0, images(pdf, 1), "and not again on the first page of text");
            List<String> figures = new ArrayList<>();
            collectFigures(pdf.getDocumentCatalog().getStructureTreeRoot(), figures);
            assertEquals(List.of("The east quay at dawn"), figures);
        }
        assertTrue(cover.pdfPageText("quays", 1).contains("The east quay."), cover.pdfPageText("quays", 1));
        Element figure = cover.briefing("quays").selectFirst("figure");
        assertEquals("The east quay at dawn", figure.selectFirst("img").attr("alt"));
        assertEquals("The east quay.", figure.selectFirst("figcaption").text());
        assertTrue(Files.isRegularFile(cover.out().resolve("briefings/quays").resolve(figure.selectFirst("img").attr("src"))
                .normalize()), "the image is published with the page");
    }

    private static int images(PDDocument pdf, int page) throws IOException {
        int count = 0;
        for (var name : pdf.getPage(page).getResources().getXObjectNames()) {
            count += pdf.getPage(page).getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
        }
        return count;
    }

    @Test
    void aLogoThatIsNoImageIsPlacedAndKeepsThePreviousSite() throws IOException {
        Path content = ContentFixture.write(dir.resolve("bad-logo"), """
                -- galley.yaml --
                title: Harbour Desk
                style:
                  logo: images/logo.png
                -- images/logo.png --
                not an image at all
                -- briefings/quays.md --
                """ + briefing(""));
        Path out = dir.resolve("bad-logo-site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous");
        Run run = galley("publish", content.toString(), "--out", out.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("galley.yaml:3:9: error: the logo 'images/logo.png' is not a PNG or JPEG image"
                + " [style-logo]"), run.err());
        assertEquals("previous", Files.readString(out.resolve("index.html")));
    }
}
