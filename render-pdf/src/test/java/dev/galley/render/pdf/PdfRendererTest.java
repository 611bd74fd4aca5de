package dev.galley.render.pdf;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.Section;
import dev.galley.core.model.Site;
import dev.galley.core.model.SourcePos;
import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.page.PageGeometry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static dev.galley.render.pdf.Fixtures.at;
import static dev.galley.render.pdf.Fixtures.briefing;
import static dev.galley.render.pdf.Fixtures.paragraph;
import static dev.galley.render.pdf.Fixtures.render;
import static dev.galley.render.pdf.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PdfRendererTest {

    @TempDir
    Path dir;

    private PDDocument renderOne(Briefing briefing, PaperSize paper) throws IOException {
        Site site = site(paper, briefing);
        render(site, dir.resolve("out"), dir.resolve("content"), 1);
        return Loader.loadPDF(dir.resolve("out").resolve(Site.pdfPath(briefing)).toFile());
    }

    /** Body text only: drops the running header and footer bands. */
    private static String bodyText(PDDocument pdf) throws IOException {
        PageGeometry geometry = PageGeometry.of(PaperSize.A4);
        PDFTextStripper stripper = new GlyphTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                float y = text.getYDirAdj();
                if (y > geometry.marginTop() - 12 && y < geometry.height() - geometry.marginBottom() + 12) {
                    super.processTextPosition(text);
                }
            }
        };
        return stripper.getText(pdf);
    }

    /** A hyphen at a line's end, kept in extracted words until compared (see {@link #same}). */
    public static final char LINE_END_HYPHEN = '\u00AD';

    private static List<String> words(String text) {
        // Join words a hyphen break split across lines, then split on white space, no-break
        // spaces too (local typography ties a spaced dash to the word before it).
        String joined = text.replaceAll("-\\R", String.valueOf(LINE_END_HYPHEN));
        return Arrays.stream(joined.split("[\\s\u00A0\u202F]+")).filter(w -> !w.isEmpty()).collect(Collectors.toList());
    }

    /**
     * Whether an extracted word is the source word: a hyphen at a line end is either the source's
     * own (lime-tree) or one the hyphenator added (Presi-dent), so both readings are tried.
     */
    static boolean same(String expected, String actual) {
        return expected.equals(actual.replace(LINE_END_HYPHEN, '-'))
                || expected.equals(actual.replace(String.valueOf(LINE_END_HYPHEN), ""));
    }

    /** Where {@code expected} occurs in {@code actual} as a run of {@link #same} words, or -1. */
    static int indexOfWords(List<String> actual, List<String> expected) {
        outer:
        for (int start = 0; start + expected.size() <= actual.size(); start++) {
            for (int i = 0; i < expected.size(); i++) {
                if (!same(expected.get(i), actual.get(start + i))) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }

    @Test
    void everyWordOfTheSeedComesBackInOrderWithItsQuotes() throws IOException {
        Briefing seed = Fixtures.seedBriefing("seed");
        Block extra = paragraph("Platform office fluffy affix “quoted” it’s — final words.", 40);
        Briefing briefing = briefing("seed", seed.meta(), append(seed.lead(), extra), seed.sections(), List.of());
        List<String> expected = new ArrayList<>();
        for (Block block : briefing.lead()) {
            expected.addAll(words(dev.galley.core.model.PlainText.of(((Block.Paragraph) block).inlines())));
        }
        for (Section section : briefing.sections()) {
            expected.addAll(words(section.headingText()));
            for (Block block : section.blocks()) {
                expected.addAll(words(dev.galley.core.model.PlainText.of(((Block.Paragraph) block).inlines())));
            }
        }
        try (PDDocument pdf = renderOne(briefing, PaperSize.A4)) {
            List<String> actual = words(bodyText(pdf));
            assertTrue(indexOfWords(actual, expected) >= 0,
                    () -> "body text differs; first difference near: " + firstDifference(actual, expected));
            String all = new GlyphTextStripper().getText(pdf).replaceAll("[\\s\u00A0]+", " ");
            assertTrue(all.contains("Platform office fluffy affix “quoted” it’s — final words."), all);
            assertTrue(all.contains("Ukraine’s counteroffensive was “not stalled, but failed.”"), all);
        }
    }

    private static String firstDifference(List<String> actual, List<String> expected) {
        int start = actual.indexOf(expected.get(0));
        for (int i = 0; i < expected.size(); i++) {
            int a = start + i;
            if (start < 0 || a >= actual.size() || !same(expected.get(i), actual.get(a))) {
                return "expected '" + expected.get(i) + "' got '" + (start < 0 || a >= actual.size() ? "<end>"
                        : actual.get(a)) + "' at word " + i;
            }
        }
        return "none";
    }

    private static List<Block> append(List<Block> blocks, Block block) {
        List<Block> all = new ArrayList<>(blocks);
        all.add(block);
        return all;
    }

    @Test
    void headingsBecomeOutlineEntriesAtTheirPages() throws IOException {
        Section child = Fixtures.section("child", 3, "A sub-heading", 9, List.of(paragraph("Sub text.", 10)), List.of());
        Section first = Fixtures.section("first", 2, "First “section”", 5, List.of(paragraph("Text.", 6)), List.of(child));
        Section second = Fixtures.section("second", 2, "Second section", 12, List.of(paragraph("More.", 13)), List.of());
        Briefing briefing = briefing("outline", Fixtures.meta("Outline"), List.of(paragraph("Lead.", 3)),
                List.of(first, second), List.of());
        try (PDDocument pdf = renderOne(briefing, PaperSize.A4)) {
            assertEquals(PageMode.USE_OUTLINES, pdf.getDocumentCatalog().getPageMode());
            PDOutlineNode outline = pdf.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline);
            List<String> titles = new ArrayList<>();
            collect(outline, "", titles);
            assertEquals(List.of("First “section”", "  A sub-heading", "Second section"), titles);
            PDOutlineItem item = outline.getFirstChild();
            assertNotNull(item.getDestination(), "outline entries jump to their heading");
        }
    }

    private static void collect(PDOutlineNode node, String indent, List<String> into) {
        for (PDOutlineItem item : node.children()) {
            into.add(indent + item.getTitle());
            collect(item, indent + "  ", into);
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        Briefing briefing = Fixtures.seedBriefing("fonts");
        Block mixed = paragraph(41, new Inline.Strong(List.of(Fixtures.text("bold", 41)), at(41, 1)),
                new Inline.Emphasis(List.of(Fixtures.text(" italic", 41)), at(41, 5)),
                new Inline.Code("mono()", at(41, 12)), Fixtures.text(" Ω ∑ ✓", 41));
        briefing = briefing("fonts", briefing.meta(), append(briefing.lead(), mixed), briefing.sections(), List.of());
        try (PDDocument pdf = renderOne(briefing, PaperSize.A4)) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
                    fonts++;
                }
            }
            assertTrue(fonts >= 5, "fonts used: " + fonts);
        }
    }

    @Test
    void noGlyphLeavesTheTextBlockEvenForAnUnbreakableWord() throws IOException {
        String word = "Unbreakable".repeat(273).substring(0, 3000);
        Briefing briefing = briefing("long-word", List.of(
                paragraph("Before the word " + word + " and after it.", 3),
                new Block.CodeBlock("", "code " + "x".repeat(500), at(5, 1), at(6, 1)),
                new Block.BulletList(List.of(new Block.ListItem(List.of(paragraph(word, 8)), at(8, 1))), true, at(8, 1))));
        PageGeometry geometry = PageGeometry.of(PaperSize.A4);
        try (PDDocument pdf = renderOne(briefing, PaperSize.A4)) {
            List<String> outside = new ArrayList<>();
            int[] glyphs = {0};
            new GlyphTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs[0]++;
                    float left = text.getXDirAdj();
                    float right = left + text.getWidthDirAdj();
                    float baseline = text.getYDirAdj();
                    if (left < geometry.marginLeft() - Hang.left(text) - 0.01f
                            || right > geometry.width() - geometry.marginRight() + Hang.right(text) + 0.01f
                            || baseline < 0 || baseline > geometry.height()) {
                        outside.add(text.getUnicode() + " at " + left + ".." + right + ", " + baseline);
                    }
                }
            }.getText(pdf);
            assertTrue(glyphs[0] > 6000, "glyphs seen: " + glyphs[0]);
            assertEquals(List.of(), outside.subList(0, Math.min(5, outside.size())));
            String text = bodyText(pdf).replaceAll("-\\R", "").replaceAll("\\s+", "");
            assertTrue(text.contains(word + "andafterit."), "the word survives its emergency breaks");
        }
    }

    @Test
    void aCharacterNoFontHasIsReplacedAndReportedAtItsColumn() throws IOException {
        FontLibrary fonts = FontLibrary.get();
        int emoji = 0x1F9E0;
        int cjk = 0x4E2D;
        for (FontFace face : FontFace.values()) {
            assertFalse(fonts.hasGlyph(face, emoji), face + " lacks U+1F9E0");
            assertFalse(fonts.hasGlyph(face, cjk), face + " lacks U+4E2D");
        }
        Briefing briefing = briefing("missing", List.of(
                paragraph(7, Fixtures.text("A smile: ", 7),
                        new Inline.Text("é\uD83E\uDDE0 and 中 then \u0007 bell", new SourcePos(7, 12)))));
        List<Diagnostic> diagnostics = render(site(PaperSize.A4, briefing), dir.resolve("out"), dir, 1);
        List<String> found = diagnostics.stream().map(d -> d.severity() + " " + d.pos() + " " + d.code())
                .collect(Collectors.toList());
        assertEquals(List.of("WARNING 7:13 missing-glyph", "WARNING 7:19 missing-glyph",
                "WARNING 7:26 missing-glyph"), found);
        assertTrue(diagnostics.get(0).message().startsWith("no font has U+1F9E0 '\uD83E\uDDE0'"),
                diagnostics.get(0).message());
        assertEquals("briefings/missing.md", diagnostics.get(0).file());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out").resolve(Site.pdfPath(briefing)).toFile())) {
            String text = new GlyphTextStripper().getText(pdf);
            assertTrue(text.contains("é\uFFFD and \uFFFD then \uFFFD bell"), text);
        }
    }

    @Test
    void sameBytesWithOneThreadOrFour() throws IOException {
        Briefing[] briefings = new Briefing[6];
        for (int i = 0; i < briefings.length; i++) {
            Briefing seed = Fixtures.seedBriefing("b" + i);
            briefings[i] = briefing("b" + i, Fixtures.meta("Briefing " + i), seed.lead(), seed.sections(),
                    List.of());
        }
        Site site = site(PaperSize.A4, briefings);
        render(site, dir.resolve("one"), dir, 1);
        render(site, dir.resolve("four"), dir, 4);
        for (Briefing briefing : site.briefings()) {
            byte[] one = Files.readAllBytes(dir.resolve("one").resolve(Site.pdfPath(briefing)));
            byte[] four = Files.readAllBytes(dir.resolve("four").resolve(Site.pdfPath(briefing)));
            assertArrayEquals(one, four, briefing.slug());
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("one").resolve(Site.pdfPath(briefings[0])).toFile())) {
            COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertNotNull(id, "the trailer has an /ID");
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("Briefing 0", info.getTitle());
            assertEquals("Ada Lovelace, Alan Turing", info.getAuthor());
            assertEquals("What the counteroffensive means for the alliance", info.getSubject());
            assertEquals("NATO, Ukraine", info.getKeywords());
            assertEquals("Galley", info.getCreator());
            assertEquals("Galley test", info.getProducer());
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            assertEquals(2026, info.getCreationDate().get(java.util.Calendar.YEAR));
            assertEquals(3, info.getModificationDate().get(java.util.Calendar.DAY_OF_MONTH));
        }
    }

    @Test
    void paperSizeComesFromTheSiteConfig() throws IOException {
        Briefing briefing = briefing("paper", List.of(paragraph("Text.", 3)));
        try (PDDocument a4 = renderOne(briefing, PaperSize.A4)) {
            assertEquals(595.28f, a4.getPage(0).getMediaBox().getWidth(), 0.01f);
            assertEquals(841.89f, a4.getPage(0).getMediaBox().getHeight(), 0.01f);
        }
        try (PDDocument letter = renderOne(briefing, PaperSize.LETTER)) {
            assertEquals(612f, letter.getPage(0).getMediaBox().getWidth(), 0.01f);
            assertEquals(792f, letter.getPage(0).getMediaBox().getHeight(), 0.01f);
        }
    }

    @Test
    void aTwoMegabyteParagraphIsSetQuickly() throws IOException {
        String sentence = "The alliance met again on Tuesday, and nothing was decided. ";
        String huge = sentence.repeat(2_000_000 / sentence.length());
        Briefing briefing = briefing("huge", List.of(paragraph(huge, 3)));
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> render(site(PaperSize.A4, briefing), dir.resolve("out"), dir, 1));
        assertTrue(Files.size(dir.resolve("out").resolve(Site.pdfPath(briefing))) > 100_000);
    }

    @Test
    void hostileAndEmptyBriefingsDoNotCrash() throws IOException {
        Block deep = paragraph("bottom", 100);
        for (int depth = 0; depth < 64; depth++) {
            List<Block.ListItem> items = List.of(new Block.ListItem(List.of(paragraph("level " + depth, 100), deep), at(100, 1)));
            deep = depth % 2 == 0 ? new Block.BulletList(items, true, at(100, 1))
                    : new Block.OrderedList(1_000_000_000, items, false, at(100, 1));
        }
        Block quotes = paragraph("quoted", 200);
        for (int depth = 0; depth < 64; depth++) {
            quotes = new Block.BlockQuote(List.of(quotes), at(200, 1));
        }
        List<Block.TableCell> manyCells = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            manyCells.add(new Block.TableCell(List.of(Fixtures.text("c" + i, 300)), Block.Alignment.DEFAULT, at(300, 1)));
        }
        Block wideTable = new Block.Table(List.of(new Block.TableRow(manyCells)), List.of(), List.of(), at(300, 1));
        Block emptyTable = new Block.Table(List.of(), List.of(), List.of(), at(301, 1));
        Block figure = new Block.Figure(new Inline.Image("media/missing.png", "A chart", "", at(400, 1)),
                List.of(Fixtures.text("Caption", 400)), at(400, 1));
        Block corrupt = new Block.Figure(new Inline.Image("media/corrupt.png", "Broken", "", at(402, 1)),
                List.of(), at(402, 1));
        Block remote = new Block.Figure(new Inline.Image("https://example.org/x.png", "", "", at(401, 1)),
                List.of(), at(401, 1));
        Block controls = paragraph("tab\tnull\u0000 del\u007F lone\uD800 unassigned\uFFFF zwsp\u200B end", 500);
        Block emptyParagraph = new Block.Paragraph(List.of(), at(600, 1));
        Block emptyItem = new Block.BulletList(List.of(new Block.ListItem(List.of(), at(601, 1))), true, at(601, 1));
        Block emptyCode = new Block.CodeBlock("", "", at(602, 1), at(603, 1));
        Section emptyHeading = new Section("empty", 1, List.of(), List.of(), List.of(), at(700, 1));
        Site site = site(PaperSize.LETTER,
                briefing("deep", Fixtures.meta("Deep"), List.of(deep, quotes, wideTable, emptyTable, figure, corrupt, remote,
                        controls, emptyParagraph, emptyItem, emptyCode), List.of(emptyHeading), List.of()),
                briefing("empty", Fixtures.bareMeta(""), List.of(), List.of(), List.of()),
                briefing("title-only", Fixtures.bareMeta("Only a title"), List.of(), List.of(), List.of()));
        Files.createDirectories(dir.resolve("content/media"));
        Files.writeString(dir.resolve("content/media/corrupt.png"), "not a png");
        List<Diagnostic> diagnostics = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> render(site, dir.resolve("out"), dir.resolve("content"), 2));
        for (Briefing briefing : site.briefings()) {
            try (PDDocument pdf = Loader.loadPDF(dir.resolve("out").resolve(Site.pdfPath(briefing)).toFile())) {
                assertTrue(pdf.getNumberOfPages() >= 1);
                new GlyphTextStripper().getText(pdf);
            }
        }
        List<String> codes = diagnostics.stream().map(Diagnostic::code).distinct().sorted().collect(Collectors.toList());
        assertEquals(List.of("missing-glyph", "pdf-image-remote", "pdf-image-unreadable"), codes);
        assertTrue(diagnostics.stream().allMatch(d -> d.severity() == Severity.WARNING));
        assertEquals(2, diagnostics.stream().filter(d -> d.code().equals("pdf-image-unreadable")).count(),
                "the missing and the corrupt image: " + diagnostics);
    }
}
