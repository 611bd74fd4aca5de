package dev.galley.render.pdf.svg;

import dev.galley.render.pdf.font.DocumentFonts;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.font.TypeFaces;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties given as presentation attributes count as they do in CSS. */
class SvgAttributesTest {

    private static SvgForm draw(String svg) throws Exception {
        try (PDDocument document = new PDDocument()) {
            FontLibrary library = FontLibrary.get();
            return SvgForm.draw(SvgImage.read(svg.getBytes(StandardCharsets.UTF_8)), document,
                    new DocumentFonts(document, library), library, TypeFaces.DEFAULT);
        }
    }

    @Test
    void aMaskOrFilterAttributeIsReportedAsNotDrawn() throws Exception {
        SvgForm masked = draw("""
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
                  <mask id="m"><rect width="5" height="5" fill="white"/></mask>
                  <filter id="f"/>
                  <rect width="10" height="10" mask="url(#m)"/>
                  <rect width="10" height="10" filter="url(#f)"/>
                </svg>""");
        assertEquals(List.of("filters", "masks"), masked.unsupported());
    }

    @Test
    void overflowVisibleAsAnAttributeLeavesASymbolUnclipped() throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 20 20">
                  <symbol id="s" viewBox="0 0 4 4" %s><circle cx="2" cy="2" r="3"/></symbol>
                  <use href="#s" width="8" height="8"/>
                </svg>""";
        String clipped = new String(draw(svg.formatted("")).content(), StandardCharsets.ISO_8859_1);
        String visible = new String(draw(svg.formatted("overflow=\"visible\"")).content(), StandardCharsets.ISO_8859_1);
        assertTrue(clipped.contains("W n"), clipped);
        assertFalse(visible.contains("W n"), visible);
    }
}
