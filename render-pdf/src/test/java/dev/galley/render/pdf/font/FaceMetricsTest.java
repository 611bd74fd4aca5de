package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

class FaceMetricsTest {

    /** Measured glyphs are the glyphs PDFBox draws: for every code point, of every face. */
    @Test
    void mapsEveryCodePointAsTheFontsOwnLookupDoes() throws Exception {
        for (FontFace face : FontFace.values()) {
            try (TrueTypeFont font = Faces.parse(face)) {
                FaceMetrics metrics = FaceMetrics.of(font);
                CmapLookup cmap = font.getUnicodeCmapLookup(false);
                int mapped = 0;
                for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                    int expected = cmap.getGlyphId(cp);
                    if (metrics.glyph(cp) != expected) {
                        fail(face + " U+" + Integer.toHexString(cp) + ": " + metrics.glyph(cp) + " but the font maps " + expected);
                    }
                    mapped += expected != 0 ? 1 : 0;
                }
                assertEquals(true, mapped > 2000, face + " maps only " + mapped + " code points");
            }
        }
    }
}
