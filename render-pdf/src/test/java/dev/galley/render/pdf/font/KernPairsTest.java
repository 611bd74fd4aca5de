package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.KerningSubtable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernPairsTest {

    /** Every pair of Latin-1 letters and punctuation kerns exactly as fontbox's own reading of the table says. */
    @Test
    void agreesWithFontboxOnEveryLatinPairOfEveryFace() throws Exception {
        for (FontFace face : FontFace.values()) {
            try (TrueTypeFont font = Faces.parse(face)) {
                if (font.getKerning() == null) {
                    assertEquals(FontFace.MONO, face, "only the monospaced face goes unkerned");
                    continue;
                }
                KerningSubtable reference = font.getKerning().getHorizontalKerningSubtable();
                KernPairs pairs = KernPairs.parse(font.getTableBytes(font.getTableMap().get("kern")),
                        font.getUnitsPerEm());
                var cmap = font.getUnicodeCmapLookup(false);
                int kerned = 0;
                for (int a = 0x20; a < 0x180; a++) {
                    for (int b = 0x20; b < 0x180; b++) {
                        int l = cmap.getGlyphId(a);
                        int r = cmap.getGlyphId(b);
                        if (l == 0 || r == 0) {
                            continue;
                        }
                        int expected = Math.round(reference.getKerning(l, r) * 1000f / font.getUnitsPerEm());
                        assertEquals(expected, pairs.kern(l, r), face + " " + (char) a + (char) b);
                        kerned += expected != 0 ? 1 : 0;
                    }
                }
                assertTrue(kerned > 100, face + " kerns only " + kerned + " Latin pairs");
            }
        }
    }

    @Test
    void aTruncatedOrForeignTableMeansNoKerningRatherThanAFailure() {
        assertEquals(0, KernPairs.parse(new byte[] {0, 0, 0, 1, 0}, 2048).kern(36, 57));
        assertEquals(0, KernPairs.parse(new byte[] {0, 1, 0, 0, 0, 0, 0, 0}, 2048).kern(36, 57));
        assertEquals(0, KernPairs.parse(new byte[0], 2048).kern(36, 57));
    }
}
