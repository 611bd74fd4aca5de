package dev.galley.render.pdf.font;

import dev.galley.render.pdf.font.LayoutTableBuilder.Feature;
import dev.galley.render.pdf.font.LayoutTableBuilder.Lookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.galley.render.pdf.font.LayoutTableBuilder.extension;
import static dev.galley.render.pdf.font.LayoutTableBuilder.pairsByClass;
import static dev.galley.render.pdf.font.LayoutTableBuilder.pairsByGlyph;
import static dev.galley.render.pdf.font.LayoutTableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GposKerningTest {

    private static final int GLYPHS = 100;
    /** 1,000 units per em: a table's numbers are the thousandths of an em layout works in. */
    private static final float EM = 1000;

    private static Kerning kerning(byte[] gpos) throws OpenTypeLayout.Damaged {
        return GposKerning.parse(gpos, GLYPHS, EM).orElseThrow();
    }

    /** DejaVu carries its kerning twice; read from GPOS, every glyph pair of every face must kern as its kern table says. */
    @Test
    void agreesWithTheKernTableOfEveryDejaVuFaceOnEveryGlyphPair() throws Exception {
        for (FontFace face : FontFace.values()) {
            try (TrueTypeFont font = Faces.parse(face)) {
                var kernTable = font.getTableMap().get("kern");
                if (kernTable == null) {
                    continue; // the monospaced face, unkerned in both
                }
                KernPairs table = KernPairs.parse(font.getTableBytes(kernTable), font.getUnitsPerEm());
                int glyphs = font.getNumberOfGlyphs();
                GposKerning lookups = GposKerning.parse(font.getTableBytes(font.getTableMap().get("GPOS")), glyphs,
                        font.getUnitsPerEm()).orElseThrow();
                Kerning gpos = lookups.asPairs(glyphs, 200_000).orElseThrow();
                int kerned = 0;
                for (int l = 1; l < glyphs; l++) {
                    for (int r = 1; r < glyphs; r++) {
                        int expected = table.kern(l, r);
                        if (expected != gpos.kern(l, r) || expected != lookups.kern(l, r)) {
                            assertEquals(expected, lookups.kern(l, r), face + " glyphs " + l + " " + r + " by lookup");
                            assertEquals(expected, gpos.kern(l, r), face + " glyphs " + l + " " + r);
                        }
                        kerned += expected != 0 ? 1 : 0;
                    }
                }
                assertTrue(kerned > 1000, face + " kerns " + kerned + " pairs");
            }
        }
    }

    @Test
    void readsPairsByGlyphWhereverTheAdvanceSitsInTheValueRecord() throws Exception {
        byte[] plain = table(List.of(Feature.of("kern", 0)),
                List.of(Lookup.of(2, pairsByGlyph(false, new int[] {36, 57, -80}, new int[] {36, 58, -40}))));
        assertEquals(-80, kerning(plain).kern(36, 57));
        assertEquals(-40, kerning(plain).kern(36, 58));
        assertEquals(0, kerning(plain).kern(57, 36), "pairs are ordered");
        assertEquals(0, kerning(plain).kern(36, 59));
        byte[] placed = table(List.of(Feature.of("kern", 0)),
                List.of(Lookup.of(2, pairsByGlyph(true, new int[] {36, 57, -80}))));
        assertEquals(-80, kerning(placed).kern(36, 57), "XPlacement comes before XAdvance and is not a kern");
    }

    @Test
    void readsPairsByClassAndScalesToThousandthsOfAnEm() throws Exception {
        // class 1: glyphs 10 and 11 (say T and V); second classes: 1 = {20, 21}, 2 = {22}; class 0 is everything else
        byte[] gpos = table(List.of(Feature.of("kern", 0)), List.of(Lookup.of(2,
                pairsByClass(new int[] {10, 11, 12}, new int[] {1, 1, 0}, new int[] {20, 21, 22}, new int[] {1, 1, 2},
                        new int[][] {{0, 0, -5}, {-15, -120, -60}}))));
        Kerning k = kerning(gpos);
        assertEquals(-120, k.kern(10, 20));
        assertEquals(-120, k.kern(11, 21));
        assertEquals(-60, k.kern(11, 22));
        assertEquals(-15, k.kern(10, 30), "an unlisted second glyph is class 0");
        assertEquals(-5, k.kern(12, 22), "a covered glyph not in class definition 1 is class 0");
        assertEquals(0, k.kern(13, 22), "not covered");
        Kerning in2048 = GposKerning.parse(gpos, GLYPHS, 2048).orElseThrow();
        assertEquals(Math.round(-120 * 1000f / 2048), in2048.kern(10, 20));
    }

    @Test
    void followsExtensionsAndAppliesEveryLookupButOnlyTheFirstSubtableThatTakesThePair() throws Exception {
        byte[] gpos = table(List.of(Feature.of("kern", 0, 1)), List.of(
                new Lookup(9, List.of(
                        extension(2, pairsByGlyph(false, new int[] {36, 57, -80})),
                        extension(2, pairsByGlyph(false, new int[] {36, 57, -500}, new int[] {40, 41, -7})))),
                Lookup.of(2, pairsByGlyph(false, new int[] {36, 57, -3}))));
        Kerning k = kerning(gpos);
        assertEquals(-83, k.kern(36, 57), "first lookup's first subtable, plus the second lookup");
        assertEquals(-7, k.kern(40, 41), "a pair the first subtable does not have falls to the next");
    }

    @Test
    void onlyTheKernFeatureKernsAndAFaceWithoutOneHasNoGposKerning() throws Exception {
        byte[] gpos = table(List.of(Feature.of("cpsp", 0), Feature.of("kern", 1)), List.of(
                Lookup.of(2, pairsByGlyph(false, new int[] {36, 57, -900})),
                Lookup.of(2, pairsByGlyph(false, new int[] {36, 58, -20}))));
        assertEquals(0, kerning(gpos).kern(36, 57), "capital spacing is not kerning");
        assertEquals(-20, kerning(gpos).kern(36, 58));
        byte[] marksOnly = table(List.of(Feature.of("mark", 0)),
                List.of(Lookup.of(4, new byte[] {0, 1, 0, 0})));
        assertTrue(GposKerning.parse(marksOnly, GLYPHS, EM).isEmpty());
    }

    @Test
    void aDamagedTableIsReportedNotThrownAsAnyException() {
        byte[] gpos = table(List.of(Feature.of("kern", 0)),
                List.of(Lookup.of(2, pairsByGlyph(false, new int[] {36, 57, -80}))));
        for (int length : new int[] {0, 5, 12, gpos.length / 2, gpos.length - 3}) {
            byte[] cut = Arrays.copyOf(gpos, length);
            assertThrows(OpenTypeLayout.Damaged.class, () -> GposKerning.parse(cut, GLYPHS, EM), "cut at " + length);
        }
    }

    @Test
    void asATableOfPairsItKernsEveryPairAsTheLookupsDo() throws Exception {
        // one lookup: pairs by glyph first (36 with 20, and a 0 for 37 with 21 that still takes the pair),
        // then classes for 36 and 37 with everything; a second lookup adds to one pair
        byte[] gpos = table(List.of(Feature.of("kern", 0, 1)), List.of(
                Lookup.of(2, pairsByGlyph(false, new int[] {36, 20, -50}, new int[] {37, 21, 0}),
                        pairsByClass(new int[] {36, 37}, new int[] {1, 1}, new int[] {20, 21, 22}, new int[] {1, 1, 2},
                                new int[][] {{0, 0, 0}, {-7, -30, -60}})),
                Lookup.of(2, pairsByGlyph(false, new int[] {37, 22, -5}))));
        GposKerning lookups = GposKerning.parse(gpos, GLYPHS, EM).orElseThrow();
        Kerning pairs = lookups.asPairs(GLYPHS, 1_000).orElseThrow();
        for (int l = 0; l < GLYPHS; l++) {
            for (int r = 0; r < GLYPHS; r++) {
                assertEquals(lookups.kern(l, r), pairs.kern(l, r), l + " " + r);
            }
        }
        assertEquals(-50, pairs.kern(36, 20));
        assertEquals(0, pairs.kern(37, 21), "the pair's own 0 wins over its class");
        assertEquals(-65, pairs.kern(37, 22));
        assertEquals(-7, pairs.kern(36, 99), "class 0 of the second glyphs");
        assertTrue(lookups.asPairs(GLYPHS, 100).isEmpty(), "more pairs than the limit: the lookups answer");
    }
}
