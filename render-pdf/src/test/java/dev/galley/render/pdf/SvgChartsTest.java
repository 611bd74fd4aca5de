package dev.galley.render.pdf;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.RuleLevel;
import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SVG charts in the PDF, drawn from fixtures made for it (a bar chart with axis labels and CSS
 * classes, a line chart with gradients, a clip path and symbols, a map of 386 paths, a chart with
 * rotated tick labels) and a hostile one: each a Form XObject of vector operators and real text,
 * one Figure with its alt text, valid PDF/A-2a and PDF/UA-1, at its own size or the text width.
 */
class SvgChartsTest {

    static final Path OUT = Path.of("target/galley-svg");
    static final List<String> FIXTURES = List.of("bar-chart", "line-chart", "map", "rotated-labels");

    static final String BRIEFING = """
            ---
            title: Charts of the harbour
            lang: en-GB
            ---

            The year in four charts.

            ![Bar chart of cargo handled, 2021 to 2025](../media/bar-chart.svg)

            ![Line chart of weekly ship calls](../media/line-chart.svg "Ship calls per week")

            ![Map of the districts by density](../media/map.svg)

            ![Port calls by port](../media/rotated-labels.svg)

            ![A chart that tries to run a script](../media/hostile.svg)

            ![A chart far taller than a page](../media/tall.svg)
            """;

    static final String HOSTILE = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" onload="alert(1)">
              <script>alert(2)</script>
              <style>@import url(https://example.org/evil.css); rect { fill: #2f855a; }</style>
              <foreignObject width="100" height="100"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
              <a xlink:href="javascript:alert(3)"><rect x="10" y="10" width="180" height="80" onclick="alert(4)"/></a>
              <use href="https://example.org/sprite.svg#icon"/>
              <text x="100" y="60" text-anchor="middle">Safe words</text>
            </svg>
            """;

    static final String TALL = """
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="3000" viewBox="0 0 300 3000">
              <rect x="0" y="0" width="300" height="3000" fill="#e2e8f0"/>
              <text x="150" y="1500" text-anchor="middle" font-size="40">Tall</text>
            </svg>
            """;

    static Briefing briefing;
    static Path pdf;
    static List<Diagnostic> diagnostics;

    @BeforeAll
    static void render() throws IOException {
        Path content = OUT.resolve("content");
        Path media = content.resolve("media");
        Files.createDirectories(media);
        for (String name : FIXTURES) {
            try (InputStream in = SvgChartsTest.class.getResourceAsStream("svg/" + name + ".svg")) {
                Files.write(media.resolve(name + ".svg"), in.readAllBytes());
            }
        }
        Files.writeString(media.resolve("hostile.svg"), HOSTILE);
        Files.writeString(media.resolve("tall.svg"), TALL);
        SiteConfig config = new SiteConfig("The Desk", Optional.empty(), "en", Optional.empty(), PaperSize.A4,
                SiteConfig.DEFAULT_TOC_MIN_PAGES, Map.<String, RuleLevel>of());
        BriefingReader reader = new BriefingReader(config, path -> Files.isRegularFile(content.resolve(path)));
        BriefingReader.Result result = reader.read("briefings/charts.md", "briefings/charts.md",
                BRIEFING.getBytes(StandardCharsets.UTF_8));
        briefing = result.briefing().orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        diagnostics = Fixtures.render(new Site(config, List.of(briefing)), OUT.resolve("site"), content, 1);
        pdf = OUT.resolve("site").resolve(Site.pdfPath(briefing));
    }

    @Test
    void isValidPdfA2aAndPdfUa1() throws Exception {
        assertEquals(List.of(), VeraPdf.failuresPdfA2a(pdf), "PDF/A-2a");
        assertEquals(List.of(), VeraPdf.failuresPdfUa1(pdf), "PDF/UA-1");
    }

    @Test
    void everyChartIsAFormOfVectorOperatorsAndText() throws IOException {
        Map<String, List<String>> forms = forms();
        assertEquals(6, forms.size(), forms.keySet().toString());
        List<List<String>> ops = new ArrayList<>(forms.values());
        List<String> bar = ops.get(0);
        assertTrue(bar.contains("f") && bar.contains("S") && bar.contains("Tj") && bar.contains("c"), bar.toString());
        assertTrue(bar.contains("d"), "the grid is dashed");
        List<String> line = ops.get(1);
        assertTrue(line.contains("sh"), "the area and the dots are gradients");
        assertTrue(line.contains("W"), "the plot is clipped");
        assertTrue(line.stream().filter("gs"::equals).count() >= 2, "the area fades out through a soft mask");
        List<String> map = ops.get(2);
        assertTrue(map.stream().filter("B"::equals).count() >= 384, "every district filled and stroked");
        List<String> rotated = ops.get(3);
        assertTrue(rotated.stream().filter("Tm"::equals).count() >= 8, rotated.toString());
        assertTrue(rotated.contains("Do"), "its translucent pair of circles is one group");
        for (List<String> form : ops) {
            assertFalse(form.contains("BI"), "no image in a chart: vectors only");
        }
    }

    @Test
    void aTranslucentGroupIsATransparencyGroupAndNothingElseIsDrawnFromOutside() throws IOException {
        int groups = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDFormXObject chart
                            && chart.getResources().getXObjectNames().iterator().hasNext()) {
                        for (COSName inner : chart.getResources().getXObjectNames()) {
                            PDXObject x = chart.getResources().getXObject(inner);
                            assertTrue(x instanceof PDFormXObject group && group.getGroup() != null
                                    && COSName.TRANSPARENCY.equals(group.getGroup().getCOSObject().getCOSName(COSName.S)), inner.getName());
                            groups++;
                        }
                    }
                }
            }
        }
        assertEquals(1, groups);
    }

    @Test
    void textInChartsStaysText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // rotated words come out of PDFBox's stripper a few letters a line: compared without white space
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (String words : List.of("Million tonnes", "2021", "12.4", "Ship calls", "(and the 2024 trend)",
                    "Jan", "Dec", "VELLMAR", "North Sea", "Rotterdam", "Gdańsk", "Göteborg",
                    "Port calls per week, by port", "Safe words")) {
                assertTrue(text.contains(words.replace(" ", "")), words + " in\n" + text);
            }
        }
    }

    @Test
    void eachChartIsOneFigureWithItsAltText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String dump = StructureWalk.dump(StructureWalk.tree(document));
            for (String alt : List.of("Bar chart of cargo handled, 2021 to 2025", "Line chart of weekly ship calls",
                    "Map of the districts by density", "Port calls by port", "A chart that tries to run a script")) {
                assertEquals(1, dump.lines().filter(l -> l.contains("Figure Alt=\"" + alt + "\"")).count(), dump);
            }
            assertFalse(dump.contains("\"Million tonnes"), "a chart's words are the figure's, not paragraphs");
        }
    }

    @Test
    void chartsKeepTheirSizeAndNarrowToTheTextWidth() throws IOException {
        List<float[]> placed = placements();
        assertEquals(6, placed.size());
        assertArrayEquals(new float[] {360, 225}, placed.get(0), 0.01f, "480 × 300 px at 96 px to the inch");
        assertArrayEquals(new float[] {390, 210}, placed.get(1), 0.01f);
        float text = placed.get(2)[0];
        assertTrue(text < 450, "the map is wider than the text: narrowed, " + text);
        assertEquals(text * 400 / 600, placed.get(2)[1], 0.01f, "in proportion");
    }

    @Test
    void aChartTallerThanAPageIsScaledWithAWarningAtTheFigure() {
        Diagnostic scaled = diagnostics.stream().filter(d -> d.code().equals("figure-scaled")).findFirst()
                .orElseThrow(() -> new AssertionError(diagnostics.toString()));
        assertEquals(18, scaled.pos().line(), scaled.toString());
        assertTrue(scaled.message().contains("tall.svg is taller than a page"), scaled.message());
    }

    @Test
    void nothingOfTheHostileChartReachesThePdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
                    .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
                COSBase base = object.getObject();
                if (base instanceof COSDictionary dictionary) {
                    for (String key : List.of("JS", "JavaScript", "Launch", "URI")) {
                        assertFalse(dictionary.containsKey(COSName.getPDFName(key)), key + " in " + dictionary);
                    }
                }
            }
        }
        assertTrue(diagnostics.stream().noneMatch(d -> d.code().equals("pdf-image-unreadable")
                || d.code().equals("svg-unsupported")), "every fixture, markers included, drawn: " + diagnostics);
    }

    @Test
    void theSameChartsGiveTheSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(pdf);
        Path again = OUT.resolve("again");
        Fixtures.render(new Site(new SiteConfig("The Desk", Optional.empty(), "en", Optional.empty(), PaperSize.A4,
                SiteConfig.DEFAULT_TOC_MIN_PAGES, Map.of()), List.of(briefing)), again, OUT.resolve("content"), 2);
        assertArrayEquals(first, Files.readAllBytes(again.resolve(Site.pdfPath(briefing))));
    }

    /** Each Form XObject drawn, by name in page order, with its operators. */
    private static Map<String, List<String>> forms() throws IOException {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int p = 0;
            for (PDPage page : document.getPages()) {
                p++;
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    if (x instanceof PDFormXObject form) {
                        List<String> ops = new ArrayList<>();
                        for (Object token : new PDFStreamParser(form).parse()) {
                            if (token instanceof Operator operator) {
                                ops.add(operator.getName());
                            }
                        }
                        forms.put(p + "/" + name.getName(), ops);
                    }
                }
            }
        }
        return forms;
    }

    /** The width and height each chart is placed at, from the {@code cm} before its {@code Do}, in page order. */
    private static List<float[]> placements() throws IOException {
        List<float[]> placed = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("Do")) {
                        // … w 0 0 h x y cm /Name Do
                        float w = ((COSNumber) tokens.get(i - 8)).floatValue();
                        float h = ((COSNumber) tokens.get(i - 5)).floatValue();
                        placed.add(new float[] {w, h});
                    }
                }
            }
        }
        return placed;
    }
}
