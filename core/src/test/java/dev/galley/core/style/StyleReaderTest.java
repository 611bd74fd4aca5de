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
    void eachKindOfCalloutHasItsColourAndTintAsRolesCheckedForContrast() {
        SiteConfigReader.Result result = read("""
                style:
                  palette:
                    harbour: "#0B3D5C"
                  colours:
                    note: harbour
                    note_background: "#E8F0F5"
                    warning_background: "#F5E0A0"
                    caution: "#F08080"
                """);
        assertEquals(List.of("8:14 warning style-contrast"), problems(result), "light red on its light tint");
        assertTrue(result.diagnostics().get(0).message().startsWith("caution #f08080 on caution_background #ffecec"),
                result.diagnostics().get(0).message());
        CalloutColours callouts = result.config().style().colours().callouts();
        assertEquals(new CalloutColours.Pair(new Colour(0x0B3D5C), new Colour(0xE8F0F5)), callouts.note());
        assertEquals(new Colour(0xF5E0A0), callouts.of(dev.galley.core.model.Block.Callout.Kind.WARNING).background());
        assertEquals(CalloutColours.DEFAULT.warning().colour(), callouts.warning().colour(), "a role not set stays Galley's");
        assertEquals(CalloutColours.DEFAULT.tip(), callouts.tip());
    }

    @Test
    void protrusionAndExpansionAreOnUnlessTheDeskTurnsThemOff() {
        assertTrue(Typesetting.DEFAULT.protrusion());
        assertFalse(read("style:\n  text: {protrusion: false}\n").config().style().type().protrusion());
        assertEquals(List.of("2:22 error config-value"), problems(read("style:\n  text: {protrusion: sometimes}\n")));
        assertTrue(Typesetting.DEFAULT.expansion());
        assertFalse(read("style:\n  text: {expansion: off}\n").config().style().type().expansion());
    }

    @Test
    void pagesMayRunLongUnlessTheDeskSaysNo() {
        assertTrue(PageStyle.DEFAULT.runLong());
        assertTrue(read("style:\n  page: {facing: true}\n").config().style().page().runLong());
        assertFalse(read("style:\n  page: {run_long: false}\n").config().style().page().runLong());
        assertEquals(List.of("2:20 error config-value"), problems(read("style:\n  page: {run_long: 2}\n")));
    }

    @Test
    void contrastIsWcags() {
        assertEquals(21.0, new Colour(0).contrastWith(new Colour(0xFFFFFF)), 1e-9);
        assertEquals(1.0, new Colour(0x777777).contrastWith(new Colour(0x777777)), 1e-9);
        // #767676 on white is the lightest grey that passes AA: 4.54
        assertEquals(4.54, new Colour(0x767676).contrastWith(new Colour(0xFFFFFF)), 0.005);
    }

    @Test
    void pageSizesByNameOrAsWidthByHeight() {
        assertEquals(PageSize.A5, read("style:\n  page: {size: A5}\n").config().style().page().size().orElseThrow());
        PageSize own = read("style:\n  page: {size: 170mm x 240mm}\n").config().style().page().size().orElseThrow();
        assertEquals(481.89f, own.width(), 0.01f);
        assertEquals(680.31f, own.height(), 0.01f);
        // the desk's paper: setting stands when the style names no size
        assertEquals(PageSize.LETTER, read("paper: letter\nstyle:\n  page: {margins: 20mm}\n").config().pageSize());
        assertEquals(List.of("3:11 error config-value"), problems(read("style:\n  page:\n    size: 10mm x 240mm\n")));
        assertEquals(List.of("3:11 error config-value"), problems(read("style:\n  page:\n    size: b4\n")));
    }

    @Test
    void aBodySizeBringsTheOtherSizesWithItInProportion() {
        Typesetting type = read("style:\n  text: {size: 12pt}\n").config().style().type();
        assertEquals(new dev.galley.core.style.TextSize(12f, 17.25f), type.body()); // 15 on 10.5, to a quarter point
        assertEquals(9.75f, type.notes().size());
        assertEquals(19.5f, type.headingSize(1));
        assertEquals(12f, type.headingSize(4));
        Typesetting scaled = read("style:\n  text: {size: 10pt, leading: 14pt, heading_scale: 1.25, paragraphs: indented}\n")
                .config().style().type();
        assertEquals(14f, scaled.body().leading());
        assertEquals(List.of(19.5f, 15.5f, 12.5f, 10f, 9.5f, 9.5f), scaled.headingSizes());
        assertEquals(Typesetting.Paragraphs.INDENTED, scaled.paragraphs());
        assertEquals(List.of("2:16 error config-value", "2:31 error config-value", "2:51 error config-value",
                        "2:66 error config-value"),
                problems(read("style:\n  text: {size: 30pt, leading: 2pt, heading_scale: 3, paragraphs: loose}\n")));
    }

    @Test
    void runningSlotsKnowTheirPlaceholdersAndTheFirstPageMayDiffer() {
        SiteConfigReader.Result result = read("""
                style:
                  running:
                    head: {left: "{desk}", center: "{section}"}
                    foot: {right: "{page} / {pages}"}
                    first_page: {foot: {centre: "{date}"}}
                    from_page: 3
                """);
        assertEquals(List.of(), problems(result));
        RunningContent running = result.config().style().running();
        assertEquals(new RunningContent.Slots("{desk}", "{section}", ""), running.headOf(3));
        assertEquals(RunningContent.Slots.NONE, running.headOf(2));
        assertEquals(new RunningContent.Slots("", "{date}", ""), running.footOf(1));
        assertEquals(new RunningContent.Slots("", "", "{page} / {pages}"), running.footOf(4));
        List<Diagnostic> wrong = read("style:\n  running:\n    head: {left: \"{titel}\", rite: x}\n").diagnostics();
        assertEquals(2, wrong.size(), wrong.toString());
        assertTrue(wrong.stream().anyMatch(d -> d.message().contains("{titel}") && d.message().contains("title")),
                wrong.toString());
        assertTrue(wrong.stream().anyMatch(d -> d.message().contains("'rite'") && d.message().contains("right")),
                wrong.toString());
    }

    @Test
    void aCoverHasNoPageNumberUnlessTheDeskAsksForOne() {
        RunningContent cover = read("style:\n  masthead: cover\n").config().style().running();
        assertEquals(RunningContent.Slots.NONE, cover.footOf(1));
        assertEquals(RunningContent.DEFAULT.foot(), cover.footOf(2));
        assertEquals(Masthead.BAND, read("style:\n  masthead: Band\n").config().style().masthead());
        assertEquals(List.of("2:13 error config-value"), problems(read("style:\n  masthead: poster\n")));
    }

    @Test
    void aLogoIsAFileOfTheContentFolderDescribedByTheDeskByDefault() {
        Logo logo = read("title: Vellmar Post\nstyle:\n  logo: images/logo.png\n").config().style().logo().orElseThrow();
        assertEquals(new Logo("images/logo.png", "Vellmar Post", logo.pos()), logo);
        assertEquals("Harbour", read("style:\n  logo: {file: a.png, alt: Harbour}\n").config().style().logo()
                .orElseThrow().alt());
        assertEquals(List.of("2:9 error config-value"), problems(read("style:\n  logo: ../outside.png\n")));
        assertEquals(List.of("2:3 error style-key"), problems(read("style:\n  logo: {alt: Harbour}\n")));
    }
}
