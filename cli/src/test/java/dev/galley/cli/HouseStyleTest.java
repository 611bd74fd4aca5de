package dev.galley.cli;

import dev.galley.core.testing.ContentFixture;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.galley.cli.Run.galley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A desk's house style reaching both outputs: its colours on the site and the page, its margins in print. */
class HouseStyleTest {

    static final String DESK = """
            -- galley.yaml --
            title: Harbour Desk
            style:
              palette:
                harbour: "#0b3d5c"
              colours:
                link: harbour
                accent: "#c8102e"
                rule: "#0b3d5c"
                warning: "#5c3a00"
                warning_background: "#fff0c0"
              page:
                margins: {top: 30mm, bottom: 30mm, inner: 30mm, outer: 20mm}
            -- briefings/quays.md --
            ---
            title: The quays
            ---
            Lead text with [a link](https://example.org/) in it.

            > [!WARNING]
            > The east quay is closed.
            """;

    @TempDir
    static Path dir;
    private static PublishedSite site;

    @BeforeAll
    static void publish() {
        site = PublishedSite.publish(ContentFixture.write(dir.resolve("content"), DESK), dir.resolve("site"));
    }

    @Test
    void theSiteTakesTheDesksColoursInBothSchemes() throws IOException {
        String href = site.briefing("quays").selectFirst("link[rel=stylesheet]").attr("href");
        String css = Files.readString(site.out().resolve("briefings/quays").resolve(href).normalize());
        int desk = css.lastIndexOf(":root {");
        assertTrue(desk > css.indexOf("prefers-color-scheme: dark"), "after the dark scheme's rules, so it wins in both");
        String rules = css.substring(desk);
        assertTrue(rules.contains("--accent: #0b3d5c;"), rules);
        assertTrue(rules.contains("--alert: #c8102e;"), rules);
        assertTrue(rules.contains("color-scheme: light;"), rules);
    }

    @Test
    void calloutsTakeTheirKindsColoursInBothOutputs() throws IOException {
        String href = site.briefing("quays").selectFirst("link[rel=stylesheet]").attr("href");
        String css = Files.readString(site.out().resolve("briefings/quays").resolve(href).normalize());
        String rules = css.substring(css.lastIndexOf(":root {"));
        assertTrue(rules.contains(".callout-warning { --callout: #5c3a00; --callout-tint: #fff0c0; }"), rules);
        assertTrue(rules.contains(".callout-note { --callout: #0550ae; --callout-tint: #e3f1ff; }"),
                "a kind the desk left alone keeps Galley's, in the dark scheme too: " + rules);
        assertTrue(site.briefing("quays").selectFirst("aside.callout-warning") != null);
        try (PDDocument pdf = site.pdf("quays")) {
            assertTrue(fills(pdf).contains("0.361 0.227 0.000"), "the warning's rule and title: " + fills(pdf));
            assertTrue(fills(pdf).contains("1.000 0.941 0.753"), "the warning's tint: " + fills(pdf));
        }
    }

    @Test
    void thePrintPageHasTheMarginsAndTheLinkTheColour() throws IOException {
        List<Float> starts = new ArrayList<>();
        try (PDDocument pdf = site.pdf("quays")) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.startsWith("Lead text")) {
                        starts.add(positions.get(0).getXDirAdj());
                    }
                }
            };
            stripper.getText(pdf);
            assertEquals(List.of(85.04f), starts.stream().map(x -> Math.round(x * 100) / 100f).toList(),
                    "the text block starts 30 mm from the paper's left edge");
            assertTrue(fills(pdf).contains("0.043 0.239 0.361"), "the link in #0b3d5c: " + fills(pdf));
            assertFalse(fills(pdf).contains("0.102 0.306 0.541"), "not Galley's own link blue");
        }
    }

    /** The fill colours (rg) page 1 sets, each as three rounded components. */
    private static Set<String> fills(PDDocument pdf) throws IOException {
        Set<String> fills = new HashSet<>();
        List<Object> tokens = new PDFStreamParser(pdf.getPage(0)).parse();
        for (int i = 3; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("rg")) {
                fills.add(String.format(java.util.Locale.ROOT, "%.3f %.3f %.3f",
                        ((COSNumber) tokens.get(i - 3)).floatValue(), ((COSNumber) tokens.get(i - 2)).floatValue(),
                        ((COSNumber) tokens.get(i - 1)).floatValue()));
            }
        }
        return fills;
    }

    @Test
    void aMistakeInTheStyleIsPlacedAndKeepsThePreviousSite() throws IOException {
        Path content = ContentFixture.write(dir.resolve("bad"), DESK.replace("link: harbour", "link: harbor"));
        Path out = dir.resolve("bad-site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous");
        Run run = galley("publish", content.toString(), "--out", out.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("galley.yaml:6:11: error: 'link' must be a colour such as #0a5494 or a name from"
                + " the palette (harbour), not “harbor” [config-value]"), run.err());
        assertEquals("previous", Files.readString(out.resolve("index.html")));
    }
}
