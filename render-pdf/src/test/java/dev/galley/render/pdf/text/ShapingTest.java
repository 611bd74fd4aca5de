package dev.galley.render.pdf.text;

import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontLibrary;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kerning from the fonts' kern tables and the f-ligatures, on the real DejaVu faces. */
class ShapingTest {

    private static final FontLibrary FONTS = FontLibrary.get();

    @Test
    void pairsAreKernedFromTheFont() {
        assertTrue(FONTS.kern(FontFace.SERIF, 'A', 'V') < 0, "AV");
        assertTrue(FONTS.kern(FontFace.SERIF, 'T', 'o') < 0, "To");
        assertEquals(0, FONTS.kern(FontFace.MONO, 'A', 'V'), "monospace is never kerned");
        float plain = FONTS.advance(FontFace.SERIF, 'A', 10) + FONTS.advance(FontFace.SERIF, 'V', 10);
        assertTrue(FONTS.width(FontFace.SERIF, "AV", 10) < plain, "width includes kerning");
    }

    @Test
    void fLigaturesWhereTheFaceHasThem() {
        assertEquals("o\uFB03ce \uFB02u\uFB00y", Shaper.ligate("office fluffy", FontFace.SERIF, FONTS));
        assertEquals("office", Shaper.ligate("office", FontFace.MONO, FONTS), "never in code");
        assertEquals("office fluffy", Shaper.unligate(Shaper.ligate("office fluffy", FontFace.SERIF, FONTS)));
    }
}
