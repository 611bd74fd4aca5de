package dev.galley.core.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.galley.core.testing.InertSvg.assertInert;
import static dev.galley.core.testing.InertSvg.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class SvgSanitizerTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 100 100\">";
    private static final String CLOSE = "</svg>";

    private static SvgSanitizer.Clean clean(String svg) {
        return clean(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static SvgSanitizer.Clean clean(byte[] svg) {
        SvgSanitizer.Result result = SvgSanitizer.sanitize(svg);
        if (result instanceof SvgSanitizer.Refused refused) {
            fail("refused: " + refused.problem());
        }
        return (SvgSanitizer.Clean) result;
    }

    private static String refused(String svg) {
        return refused(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String refused(byte[] svg) {
        return assertInstanceOf(SvgSanitizer.Refused.class, SvgSanitizer.sanitize(svg)).problem();
    }

    private static String text(SvgSanitizer.Clean clean) {
        return new String(clean.svg(), StandardCharsets.UTF_8);
    }

    private static SvgSanitizer.Clean hostile(String body) {
        SvgSanitizer.Clean clean = clean(OPEN + body + CLOSE);
        assertInert(clean.svg());
        return clean;
    }

    @Test
    void theCheckOfTheOutputCatchesEachPayloadWhenItIsCopiedAsItIs() {
        for (String body : List.of("<script>x()</script>", "<g onload=\"x()\"/>", "<use href=\"other.svg#a\"/>",
                "<foreignObject/>", "<rect style=\"fill:url(http://e/x)\"/>", "<style>@import 'x.css';</style>",
                "<text>PWNED</text>")) {
            byte[] copied = (OPEN + body + CLOSE).getBytes(StandardCharsets.UTF_8);
            assertThrows(AssertionError.class, () -> assertInert(copied), body);
        }
    }

    @Test
    void scriptsAreLeftOutAndTold() {
        SvgSanitizer.Clean clean = hostile("<script>alert('PWNED')</script>"
                + "<script type=\"text/ecmascript\"><![CDATA[alert('PWNED')]]></script><rect width=\"1\" height=\"1\"/>");
        assertEquals(List.of("2 <script>"), clean.removed());
        assertEquals(1, parse(clean.svg()).getElementsByTagNameNS("*", "rect").getLength());
    }

    @Test
    void eventHandlersAreLeftOutWhateverTheirCase() {
        SvgSanitizer.Clean clean = clean("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('PWNED')\">"
                + "<rect width=\"1\" height=\"1\" onclick=\"alert('PWNED')\" ONMOUSEOVER=\"alert('PWNED')\"/>"
                + "<g onfocusin=\"alert('PWNED')\"/></svg>");
        assertInert(clean.svg());
        assertEquals(List.of("4 event handlers (ONMOUSEOVER, onclick, onfocusin, onload)"), clean.removed());
    }

    @Test
    void foreignObjectIsLeftOutWithTheHtmlInIt() {
        SvgSanitizer.Clean clean = hostile("<foreignObject width=\"100\" height=\"100\">"
                + "<body xmlns=\"http://www.w3.org/1999/xhtml\"><iframe src=\"javascript:alert('PWNED')\"/>"
                + "<script>alert('PWNED')</script></body></foreignObject>");
        assertEquals(List.of("1 <foreignObject>"), clean.removed());
    }

    @Test
    void htmlElementsPlacedStraightInTheSvgAreLeftOutAndTold() {
        SvgSanitizer.Clean clean = hostile("<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert('PWNED')</h:script>"
                + "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert('PWNED')</svg:script>");
        assertEquals(List.of("1 <h:script>", "1 <script>"), clean.removed());
    }

    @Test
    void javascriptLinksAreLeftOutButTheLinkedDrawingStays() {
        SvgSanitizer.Clean clean = hostile("<a href=\"javascript:alert('PWNED')\"><rect id=\"r\" width=\"5\" height=\"5\"/></a>"
                + "<a xlink:href=\"jav&#x61;script:alert('PWNED')\"><text x=\"1\" y=\"9\">label</text></a>"
                + "<use href=\" javascript:alert('PWNED')\"/>");
        assertEquals(List.of("2 <a>", "1 link out of the image (javascript:)"), clean.removed());
        Document doc = parse(clean.svg());
        assertEquals("r", ((Element) doc.getElementsByTagNameNS("*", "rect").item(0)).getAttribute("id"));
        assertEquals("label", doc.getElementsByTagNameNS("*", "text").item(0).getTextContent());
    }

    @Test
    void referencesToOtherFilesAreLeftOut() {
        SvgSanitizer.Clean clean = hostile("<use xlink:href=\"other.svg#PWNED\"/>"
                + "<use href=\"../../etc/passwd#PWNED\"/>"
                + "<use x:href=\"http://evil.example/PWNED.svg#a\" xmlns:x=\"http://www.w3.org/1999/xlink\"/>"
                + "<linearGradient id=\"g\" href=\"https://evil.example/PWNED.svg#g\"/>"
                + "<pattern id=\"p\" xlink:href=\"data:image/svg+xml;base64,PWNED\"/>"
                + "<textPath href=\"file:///etc/passwd#PWNED\">t</textPath>");
        assertEquals(List.of("6 links out of the image (another file, data:, file:, http:, https:)"), clean.removed());
    }

    @Test
    void imagesAndAnimationsAreLeftOut() {
        SvgSanitizer.Clean clean = hostile("<image href=\"data:image/png;base64,PWNED\" width=\"1\" height=\"1\"/>"
                + "<image xlink:href=\"http://evil.example/PWNED.png\"/>"
                + "<a id=\"x\"><rect width=\"1\" height=\"1\"/>"
                + "<set attributeName=\"href\" to=\"javascript:alert('PWNED')\"/>"
                + "<animate attributeName=\"href\" values=\"javascript:alert('PWNED')\"/></a>"
                + "<animateTransform attributeName=\"transform\" type=\"rotate\" from=\"0\" to=\"360\"/>");
        assertEquals(List.of("2 <image>", "1 <a>", "1 <set>", "1 <animate>", "1 <animateTransform>"), clean.removed());
    }

    @Test
    void stylesThatFetchOrRunAreLeftOutAndTheRestKept() {
        SvgSanitizer.Clean clean = hostile("<style>@import url(http://evil.example/PWNED.css);"
                + "@font-face{font-family:x;src:url(http://evil.example/PWNED.woff)}"
                + ".bar{fill:#1d71b8;stroke:url(#edge)} .bad{fill:url(http://evil.example/PWNED)}"
                + ".old{behavior:url(PWNED.htc);-moz-binding:url(PWNED.xml)}</style>"
                + "<rect class=\"bar\" width=\"1\" height=\"1\" style=\"fill:u\\72l(http://evil.example/PWNED);opacity:.5\"/>"
                + "<rect width=\"1\" height=\"1\" style=\"width:expression(alert('PWNED'));stroke:blue\"/>"
                + "<rect width=\"1\" height=\"1\" fill=\"URL( 'https://evil.example/PWNED' )\" stroke=\"url('#edge')\"/>"
                + "<rect width=\"1\" height=\"1\" style=\"fill:image-set('https://evil.example/PWNED.png' 1x)\"/>");
        assertEquals(List.of("7 unsafe styles (-moz-binding, behavior, fill, width)", "2 CSS at-rules (@font-face, @import)"),
                clean.removed());
        String out = text(clean);
        assertTrue(out.contains("<style>.bar{fill:#1d71b8;stroke:url(#edge)}</style>"), out);
        assertTrue(out.contains("style=\"opacity:.5\""), out);
        assertTrue(out.contains("style=\"stroke:blue\""), out);
        assertTrue(out.contains("stroke=\"url('#edge')\""), out);
    }

    @Test
    void anXmlStylesheetInstructionIsLeftOut() {
        SvgSanitizer.Clean clean = clean("<?xml-stylesheet type=\"text/xsl\" href=\"http://evil.example/PWNED.xsl\"?>"
                + OPEN + "<rect width=\"1\" height=\"1\"/>" + CLOSE);
        assertInert(clean.svg());
        assertEquals(List.of("1 <?xml-stylesheet?> instruction"), clean.removed());
    }

    @Test
    @Timeout(5)
    void aDoctypeIsRefusedBeforeAnyEntityExpands() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        laughs.append("]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lol9;</text></svg>");
        String problem = refused(laughs.toString());
        assertEquals("its DOCTYPE declares an entity, which can expand without end or read other files;"
                + " delete the [ … ] part of the DOCTYPE (or the whole line: SVG needs none)", problem);
    }

    @Test
    void externalEntitiesAreNeverRead() {
        String problem = refused("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>");
        assertTrue(problem.startsWith("its DOCTYPE declares an entity"), problem);
        assertFalse(problem.contains("root:"), problem);
    }

    /** matplotlib, Inkscape and older Illustrator write the SVG 1.1 doctype on every chart. */
    @Test
    @Timeout(5)
    void theStandardDoctypeIsDroppedAndItsDtdNeverLoaded() {
        for (String dtd : List.of("http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd", "http://127.0.0.1:1/x.dtd",
                "file:///nonexistent/galley/x.dtd", "../../../etc/passwd")) {
            SvgSanitizer.Clean chart = clean("<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \""
                    + dtd + "\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"4\""
                    + " height=\"4\" fill=\"#123456\"/></svg>");
            String svg = new String(chart.svg(), StandardCharsets.UTF_8);
            assertTrue(svg.contains("<rect") && svg.contains("#123456"), svg);
            assertFalse(svg.contains("DOCTYPE"), svg);
        }
        assertTrue(refused("<!DOCTYPE svg [<!ELEMENT svg ANY>]><svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .startsWith("its DOCTYPE declares an element"));
    }

    @Test
    void anEntityWithoutADoctypeIsNotWellFormed() {
        assertEquals("it is not well-formed XML: The entity \"nbsp\" was referenced, but not declared."
                + " (line 1, column 54 of the SVG)", refused("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a&nbsp;b</text></svg>"));
    }

    @Test
    void deepNestingIsRefused() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(5_000) + "</g>".repeat(5_000) + CLOSE;
        assertEquals("it nests elements deeper than 256", refused(svg));
        String fine = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(255) + "</g>".repeat(255) + CLOSE;
        assertTrue(clean(fine).removed().isEmpty());
    }

    @Test
    void largeFilesAreRefused() {
        byte[] big = new byte[SvgSanitizer.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertEquals("it is larger than 16 MB", refused(big));
    }

    @Test
    void malformedXmlIsRefusedWithWhereItBreaks() {
        assertEquals("it is not well-formed XML: The element type \"g\" must be terminated by the matching end-tag"
                + " \"</g>\". (line 2, column 6 of the SVG)", refused("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g></svg>"));
        assertTrue(refused("").startsWith("it is not well-formed XML: Premature end of file."), refused(""));
        assertTrue(refused("not xml at all").startsWith("it is not well-formed XML"));
    }

    @Test
    void onlyAnSvgIsAccepted() {
        assertEquals("its outermost element is <html>, not <svg>",
                refused("<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert('PWNED')</script></html>"));
        assertEquals("its outermost element is <x:svg>, not <svg>", refused("<x:svg xmlns:x=\"urn:other\"/>"));
    }

    @Test
    void anOrdinaryChartComesThroughDrawnTheSame() {
        String chart = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="120" viewBox="0 0 200 120" role="img" aria-labelledby="t">
                  <title id="t">Defence spending, % of GDP</title>
                  <desc>Bars for 2014 and 2024.</desc>
                  <defs>
                    <linearGradient id="fade" x1="0" y1="0" x2="0" y2="1" gradientUnits="objectBoundingBox">
                      <stop offset="0" stop-color="#1d71b8"/>
                      <stop offset="1" stop-color="#1d71b8" stop-opacity="0.4"/>
                    </linearGradient>
                    <radialGradient id="dot" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="red"/></radialGradient>
                    <clipPath id="plot"><rect width="200" height="100"/></clipPath>
                    <marker id="tip" markerWidth="4" markerHeight="4" refX="2" refY="2" orient="auto"><path d="M0,0 L4,2 L0,4 z"/></marker>
                    <symbol id="a" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="url(#dot)"/></symbol>
                  </defs>
                  <g clip-path="url(#plot)" transform="translate(10 0)">
                    <rect x="10" y="40" width="30" height="60" fill="url(#fade)"/>
                    <rect x="60" y="20" width="30" height="80" style="fill:url(#fade);stroke:#333;stroke-width:0.5"/>
                    <path d="M0 100 H180" stroke="black" marker-end="url(#tip)"/>
                    <use href="#a" x="100" y="10" width="10" height="10"/>
                    <use xlink:href="#a" x="120" y="10" width="10" height="10"/>
                  </g>
                  <text x="25" y="115" text-anchor="middle" font-family="'DejaVu Sans', sans-serif" font-size="8">2014 &amp; <tspan font-weight="bold">2024</tspan> – €</text>
                </svg>
                """;
        SvgSanitizer.Clean clean = clean(chart);
        assertInert(clean.svg());
        assertEquals(List.of(), clean.removed());
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="120" viewBox="0 0 200 120" role="img" aria-labelledby="t">
                  <title id="t">Defence spending, % of GDP</title>
                  <desc>Bars for 2014 and 2024.</desc>
                  <defs>
                    <linearGradient id="fade" x1="0" y1="0" x2="0" y2="1" gradientUnits="objectBoundingBox">
                      <stop offset="0" stop-color="#1d71b8"/>
                      <stop offset="1" stop-color="#1d71b8" stop-opacity="0.4"/>
                    </linearGradient>
                    <radialGradient id="dot" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="red"/></radialGradient>
                    <clipPath id="plot"><rect width="200" height="100"/></clipPath>
                    <marker id="tip" markerWidth="4" markerHeight="4" refX="2" refY="2" orient="auto"><path d="M0,0 L4,2 L0,4 z"/></marker>
                    <symbol id="a" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="url(#dot)"/></symbol>
                  </defs>
                  <g clip-path="url(#plot)" transform="translate(10 0)">
                    <rect x="10" y="40" width="30" height="60" fill="url(#fade)"/>
                    <rect x="60" y="20" width="30" height="80" style="fill:url(#fade);stroke:#333;stroke-width:0.5"/>
                    <path d="M0 100 H180" stroke="black" marker-end="url(#tip)"/>
                    <use href="#a" x="100" y="10" width="10" height="10"/>
                    <use xlink:href="#a" x="120" y="10" width="10" height="10"/>
                  </g>
                  <text x="25" y="115" text-anchor="middle" font-family="'DejaVu Sans', sans-serif" font-size="8">2014 &amp; <tspan font-weight="bold">2024</tspan> – €</text>
                </svg>
                """, text(clean));
    }

    @Test
    void editingProgramsNotesAreLeftOutWithoutAWord() {
        SvgSanitizer.Clean clean = clean("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!-- Created with Inkscape (http://www.inkscape.org/) -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" width="10" height="10" version="1.1"
                     inkscape:version="1.2" sodipodi:docname="chart.svg" xml:space="preserve" data-name="Layer 1"
                     style="enable-background:new 0 0 10 10">
                  <sodipodi:namedview pagecolor="#ffffff"/>
                  <metadata><rdf:RDF><rdf:Description about="x"/></rdf:RDF></metadata>
                  <style type="text/css">.st0{fill:#1D71B8;}</style>
                  <g inkscape:label="Layer 1" inkscape:groupmode="layer">
                    <text class="st0" style="font-size:4px;-inkscape-font-specification:'Sans Bold'">x</text>
                  </g>
                </svg>
                """);
        assertEquals(List.of(), clean.removed());
        String out = text(clean);
        assertFalse(out.contains("inkscape") || out.contains("sodipodi") || out.contains("rdf"), out);
        assertTrue(out.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" version=\"1.1\""
                + " xml:space=\"preserve\">"), out);
        assertTrue(out.contains("<style>.st0{fill:#1D71B8}</style>"), out);
        assertTrue(out.contains("<text class=\"st0\" style=\"font-size:4px\">x</text>"), out);
    }

    @Test
    void anSvgWithoutANamespaceIsPublishedWithOne() {
        SvgSanitizer.Clean clean = clean("<svg viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>");
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>\n", text(clean));
    }

    @Test
    void otherEncodingsArePublishedAsUtf8() {
        byte[] utf16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<text>Zeitenwende – ü</text></svg>").getBytes(StandardCharsets.UTF_16);
        assertTrue(text(clean(utf16)).contains("<text>Zeitenwende – ü</text>"));
    }

    @Test
    void theSameFileGivesTheSameBytesAndCleaningTwiceChangesNothing() {
        String svg = OPEN + "<script>x()</script><g onclick=\"x()\" fill=\"red\">\n<rect width=\"1\"\n height=\"1\"/>"
                + "<text x=\"1\" title=\"a&#9;b&#10;c\">1 &lt; 2 &amp;&#13;</text></g>" + CLOSE;
        byte[] once = clean(svg).svg();
        assertArrayEquals(once, clean(svg).svg());
        SvgSanitizer.Clean again = clean(once);
        assertArrayEquals(once, again.svg());
        assertEquals(List.of(), again.removed());
    }

    @Test
    void elementsInsideTextOnlyElementsAreLeftOut() {
        SvgSanitizer.Clean clean = hostile("<title>Chart<g><rect width=\"1\" height=\"1\"/></g></title>"
                + "<style>.a{fill:red}<g/></style>");
        assertEquals(List.of("2 <g>"), clean.removed());
        assertTrue(text(clean).contains("<title>Chart</title><style>.a{fill:red}</style>"), text(clean));
    }

    @Test
    @Timeout(10)
    void aUseBombIsRefusedBeforeAnythingDrawsIt() {
        // ten uses of the level below, nine levels deep: 10^9 elements drawn from 100 written
        StringBuilder svg = new StringBuilder(OPEN).append("<defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
        for (int level = 1; level <= 9; level++) {
            svg.append("<g id=\"l").append(level).append("\">");
            for (int i = 0; i < 10; i++) {
                svg.append("<use href=\"#l").append(level - 1).append("\"/>");
            }
            svg.append("</g>");
        }
        svg.append("</defs><use href=\"#l9\"/>").append(CLOSE);
        String problem = refused(svg.toString());
        assertTrue(problem.contains("more than 200000 elements once its <use> references are followed"), problem);
    }

    @Test
    void aUseThatDrawsItselfIsRefused() {
        String problem = refused(OPEN + "<g id=\"a\"><use href=\"#b\"/></g><g id=\"b\"><use xlink:href=\"#a\"/></g>" + CLOSE);
        assertTrue(problem.contains("without end"), problem);
    }

    @Test
    @Timeout(20)
    void aMillionElementsAreRefusedWithoutKeepingThem() {
        StringBuilder svg = new StringBuilder(OPEN);
        for (int i = 0; i < 1_000_000; i++) {
            svg.append("<g/>");
        }
        String problem = refused(svg.append(CLOSE).toString());
        assertTrue(problem.contains("more than 200000 elements"), problem);
    }

    @Test
    void aMapOfManyUsesWithinTheBoundIsKept() {
        StringBuilder svg = new StringBuilder(OPEN).append("<defs><circle id=\"dot\" r=\"1\"/></defs>");
        for (int i = 0; i < 5_000; i++) {
            svg.append("<use href=\"#dot\" x=\"").append(i % 100).append("\" y=\"").append(i / 100).append("\"/>");
        }
        assertTrue(text(clean(svg.append(CLOSE).toString())).contains("<use href=\"#dot\" x=\"99\" y=\"49\"/>"));
    }
}
