package dev.galley.core.style;

import dev.galley.core.config.SiteConfigReader;
import dev.galley.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code style:} section of galley.yaml, as a desk writes it and gets it wrong. */
class StyleReaderTest {

    private static SiteConfigReader.Result read(String yaml) {
        return SiteConfigReader.read(yaml.getBytes(StandardCharsets.UTF_8), "galley.yaml");
    }

    private static List<String> problems(SiteConfigReader.Result result) {
        return result.diagnostics().stream().sorted(Diagnostic.ORDER).map(d -> d.pos().line() + ":" + d.pos().column()
                + " " + d.severity().label() + " " + d.code()).toList();
    }

    @Test
    void withoutAStyleTheDeskHasGalleysOwn() {
        assertEquals(HouseStyle.DEFAULT, read("title: Desk\n").config().style());
        assertFalse(HouseStyle.DEFAULT.ownColours());
    }

    @Test
    void colourRolesTakeHexOrPaletteNamesAndTheRestStayGalleys() {
        SiteConfigReader.Result result = read("""
                style:
                  palette:
                    harbour: "#0B3D5C"
                    signal: '#c8102e'
                  colours:
                    link: harbour
                    accent: signal
                    rule: "#ccc"
                """);
        assertEquals(List.of(), problems(result));
        HouseStyle style = result.config().style();
        assertTrue(style.ownColours());
        assertEquals(new Colour(0x0B3D5C), style.colours().link());
        assertEquals(new Colour(0xC8102E), style.colours().accent());
        assertEquals(new Colour(0xCCCCCC), style.colours().rule());
        assertEquals(Palette.DEFAULT.text(), style.colours().text());
    }

    @Test
    void theAmericanSpellingIsTheSameSection() {
        assertEquals(new Colour(0x112233), read("style:\n  colors:\n    text: '#123'\n").config().style().colours().text());
    }

    @Test
    void marginsTakeUnitsAndOneLengthMeansAllFour() {
        PageMargins m = read("style:\n  page:\n    margins: {top: 20mm, bottom: 1in, inner: 2.5cm, outer: 60}\n")
                .config().style().margins();
        assertEquals(56.69f, m.top(), 0.001);
        assertEquals(72f, m.bottom(), 0.001);
        assertEquals(70.87f, m.inner(), 0.001);
        assertEquals(60f, m.outer(), 0.001);
        assertEquals(new PageMargins(36, 36, 36, 36), read("style:\n  page:\n    margins: 0.5in\n").config().style().margins());
    }

    @Test
    void mistakesArePlacedAndAllReportedInOneRun() {
        SiteConfigReader.Result result = read("""
                style:
                  colurs: {}
                  colours:
                    link: blue
                    txt: "#000"
                  page:
                    margins: {top: 3furlongs, left: 10mm}
                """);
        assertEquals(List.of("2:3 error style-key", "4:11 error config-value", "5:5 error style-key",
                "7:20 error config-value", "7:31 error style-key"), problems(result));
        List<Diagnostic> d = result.diagnostics().stream().sorted(Diagnostic.ORDER).toList();
        assertTrue(d.get(0).message().contains("unknown style 'colurs'; did you mean 'colours'?"), d.get(0).message());
        assertTrue(d.get(1).message().contains("'link' must be a colour such as #0a5494, not “blue”"), d.get(1).message());
        assertTrue(d.get(2).message().contains("did you mean 'text'?"), d.get(2).message());
        assertTrue(d.get(4).message().contains("the margins are top, bottom, inner, outer"), d.get(4).message());
        assertEquals(HouseStyle.DEFAULT.margins(), result.config().style().margins());
    }

    @Test
    void aColourReadersCannotTellFromItsBackgroundIsWarnedAboutWhereItIsSet() {
        SiteConfigReader.Result result = read("style:\n  colours:\n    link: '#7fb2e5'\n    text: '#222'\n");
        assertEquals(List.of("3:11 warning style-contrast"), problems(result));
        assertTrue(result.diagnostics().get(0).message().startsWith("link #7fb2e5 on background #ffffff has a contrast"
                + " of 2.23:1; text needs at least 4.5:1 (WCAG AA)"), result.diagnostics().get(0).message());
    }

    @Test
    void contrastIsWcags() {
        assertEquals(21.0, new Colour(0).contrastWith(new Colour(0xFFFFFF)), 1e-9);
        assertEquals(1.0, new Colour(0x777777).contrastWith(new Colour(0x777777)), 1e-9);
        // #767676 on white is the lightest grey that passes AA: 4.54
        assertEquals(4.54, new Colour(0x767676).contrastWith(new Colour(0xFFFFFF)), 0.005);
    }
}
