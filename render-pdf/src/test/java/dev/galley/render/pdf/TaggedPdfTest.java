package dev.galley.render.pdf;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.RuleLevel;
import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tagged PDF at the edges the two test briefings do not reach: an image whose alt text a desk
 * let through as a warning, a table too wide for columns (set as text), rows with missing cells,
 * a footnote cited twice and from a table cell, an empty list item, a draft's watermark.
 */
class TaggedPdfTest {

    static final Path OUT = Path.of("target/galley-tagged");

    static final String EDGES = """
            ---
            title: Edges of tagging
            status: draft
            lang: en-GB
            ---

            A paragraph citing a note[^a] and citing it again.[^a]

            ![](../media/chart.png "A chart whose alt text the desk left out.")

            | a | b | c | d | e | f | g | h | i | j | k | l | m | n | o | p | q | r | s | t |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
            | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 |

            ## A section

            | Head | Other | Third |
            |------|-------|-------|
            | one cell only |
            | with a note[^b] | two |

            1. first
            2.
            3. third, a [link that runs on for a good while so that it has to break across two lines of the measure](https://example.org/a/long/path)

            A paragraph between the lists.

            9. ninth
            10. tenth, its number too wide to hang in the indent
            11. - eleventh, a list first

            [^a]: The note, read once where it is first cited.
            [^b]: A note from a table cell.
            """;

    static Briefing edges;
    static Path pdf;
    static List<dev.galley.core.diagnostic.Diagnostic> diagnostics;

    @BeforeAll
    static void render() throws IOException {
        Path content = OUT.resolve("content");
        Files.createDirectories(content.resolve("media"));
        EndToEndTest.writeImages(content.resolve("media"));
        SiteConfig config = new SiteConfig("The Desk", Optional.empty(), "en", Optional.empty(), PaperSize.A4,
                SiteConfig.DEFAULT_TOC_MIN_PAGES, Map.of("image-alt", RuleLevel.WARNING));
        BriefingReader reader = new BriefingReader(config, path -> Files.isRegularFile(content.resolve(path)));
        BriefingReader.Result result = reader.read("briefings/edges.md", "briefings/edges.md",
                EDGES.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        edges = result.briefing().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        diagnostics = Fixtures.render(new Site(config, List.of(edges)), OUT.resolve("site"), content, 1);
        pdf = OUT.resolve("site").resolve(Site.pdfPath(edges));
    }

    @Test
    void passesPdfA2aButClaimsNoPdfUaWithAFigureWithoutAltText() throws Exception {
        assertEquals(List.of(), VeraPdf.failuresPdfA2a(pdf), "PDF/A-2a");
        List<String> ua = VeraPdf.failuresPdfUa1(pdf);
        System.out.println("PDF/UA-1 failures with an image without alt text: " + ua);
        assertTrue(ua.stream().anyMatch(f -> f.startsWith("7.3/1")), ua.toString());
        assertTrue(ua.stream().allMatch(f -> f.startsWith("7.3/1") || f.startsWith("5/")), ua.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(!xmp.contains("pdfuaid") && xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"), xmp);
        }
    }

    @Test
    void theRendererReportsNoImageAltOfItsOwn() {
        // Core's content rule reports a missing alt text, at the desk's level; the PDF does not again.
        assertTrue(diagnostics.stream().noneMatch(d -> d.toString().contains("image-alt")), diagnostics.toString());
    }

    @Test
    void edgesAreTaggedAndReadInSourceOrder() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            StructureWalk.Node tree = StructureWalk.tree(document);
            String dump = StructureWalk.dump(tree);
            Files.writeString(OUT.resolve("structure-walk.txt"), dump);
            // The figure is tagged, with an empty Alt.
            assertTrue(dump.contains("Figure Alt=\"\"\n"), dump);
            // The wide table is text in a Div; the narrow one has regular rows, missing cells empty.
            assertTrue(dump.contains("Div\n    P \"a | b | c"), dump);
            assertTrue(dump.contains("TR\n          TD \"one cell only\"\n          TD\n          TD\n"), dump);
            // One Note per footnote, after its first citation only.
            assertEquals(1, dump.lines().filter(l -> l.contains("Note ID=galley-note-1")).count(), dump);
            assertTrue(dump.contains("Link [annotation] \"link that runs on"), dump);
            // An empty list item keeps its label.
            assertTrue(dump.contains("Lbl \"2.\""), dump);
            // Numbers too wide to hang are set in front of the text, and are labels all the same.
            assertTrue(dump.contains("LI\n        Lbl \"10.\"\n        LBody\n          P \"tenth, its number"), dump);
            assertTrue(dump.contains("LI\n        Lbl \"11.\"\n        LBody\n          L"), dump);
            for (PDPage page : document.getPages()) {
                assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")));
            }
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            List<Object> body = new java.util.ArrayList<>(tree.kids());
            body.remove(0); // the masthead
            String read = StructureWalk.text(new StructureWalk.Node("Body", "", body));
            // The wide table reads with its bars, which the model does not have.
            assertEquals(ReadingOrder.squeeze(ReadingOrder.of(edges)), ReadingOrder.squeeze(read).replace("|", ""));
        }
    }

    /**
     * Galley writes page content itself, not through PDFBox's content stream writer: every page
     * must still nest its text objects, marked content and saved states, keep path painting and
     * images out of text objects, and draw only images its resources name.
     */
    @Test
    void everyPageNestsItsOperatorsAndDrawsOnlyImagesItsResourcesName() throws IOException {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                PDPage page = document.getPage(p);
                int marked = 0;
                int saved = 0;
                boolean inText = false;
                COSName lastName = null;
                for (Object token : new PDFStreamParser(page).parse()) {
                    if (token instanceof COSName name) {
                        lastName = name;
                    }
                    if (!(token instanceof Operator operator)) {
                        continue;
                    }
                    String where = "page " + (p + 1) + ", " + operator.getName();
                    switch (operator.getName()) {
                        case "BT" -> { assertTrue(!inText, where); inText = true; }
                        case "ET" -> { assertTrue(inText, where); inText = false; }
                        case "BMC", "BDC" -> marked++;
                        case "EMC" -> { marked--; assertTrue(marked >= 0, where); }
                        case "q" -> { assertTrue(!inText, where); saved++; }
                        case "Q" -> { saved--; assertTrue(saved >= 0, where); }
                        case "re", "f", "cm" -> assertTrue(!inText, where);
                        case "Do" -> {
                            assertTrue(!inText, where);
                            assertTrue(page.getResources().isImageXObject(lastName), where + " " + lastName);
                            images++;
                        }
                        default -> { }
                    }
                }
                assertTrue(!inText && marked == 0 && saved == 0, "page " + (p + 1) + " ends open");
            }
        }
        assertEquals(1, images, "the chart is drawn once");
    }
}
