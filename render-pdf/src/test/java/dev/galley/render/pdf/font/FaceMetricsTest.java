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
                FaceMetrics metrics = FaceMetrics.of(font, dev.galley.core.style.Fonts.Figures.DEFAULT);
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

    /**
     * The one-lookup width is the sum the interface's default makes from advances and kerning,
     * to the last bit: layout measures with one and draws with the other's numbers.
     */
    @Test
    void widthIsTheDefaultSumExactly() {
        FontLibrary library = FontLibrary.get();
        FontMetrics plain = new FontMetrics() {
            @Override
            public boolean hasGlyph(FontFace face, int codePoint) {
                return library.hasGlyph(face, codePoint);
            }

            @Override
            public float advance(FontFace face, int codePoint, float size) {
                return library.advance(face, codePoint, size);
            }

            @Override
            public int kern(FontFace face, int left, int right) {
                return library.kern(face, left, right);
            }

            @Override
            public float ascent(FontFace face, float size) {
                return library.ascent(face, size);
            }

            @Override
            public float descent(FontFace face, float size) {
                return library.descent(face, size);
            }
        };
        java.util.List<String> words = java.util.List.of("", "A", "AVAT", "Typography", "offi\uFB01ce",
                "Wolf\u2019s \u201Cquote\u201D", "\u4E2D\u6587 mixed", "\uD83D\uDE00 emoji", "To\u0301n", "LT Ty Yo P.");
        int kerned = 0;
        for (FontFace face : FontFace.values()) {
            for (String word : words) {
                for (float size : new float[] {7.5f, 10.5f, 14f, 110f}) {
                    float fast = library.width(face, word, size);
                    assertEquals(Float.floatToIntBits(plain.width(face, word, size)), Float.floatToIntBits(fast),
                            face + " '" + word + "' at " + size);
                }
            }
            float spaced = 0;
            for (char c : "AVAT".toCharArray()) {
                spaced += library.advance(face, c, 10f);
            }
            kerned += spaced != library.width(face, "AVAT", 10f) ? 1 : 0;
        }
        assertEquals(true, kerned > 0, "some face kerns AVAT");
    }
}
