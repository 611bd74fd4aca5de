package dev.galley.render.pdf.font;

import dev.galley.render.pdf.font.LayoutTableBuilder.Feature;
import dev.galley.render.pdf.font.LayoutTableBuilder.Lookup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static dev.galley.render.pdf.font.LayoutTableBuilder.extension;
import static dev.galley.render.pdf.font.LayoutTableBuilder.ligatures;
import static dev.galley.render.pdf.font.LayoutTableBuilder.singleByDelta;
import static dev.galley.render.pdf.font.LayoutTableBuilder.singleByList;
import static dev.galley.render.pdf.font.LayoutTableBuilder.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GsubFeaturesTest {

    private static final int F = 73;
    private static final int I = 76;
    private static final int L = 79;

    @Test
    void findsTheLigatureOfAWholeSequenceOnly() throws Exception {
        byte[] gsub = table(List.of(Feature.of("liga", 0)), List.of(Lookup.of(4,
                ligatures(F, new int[] {90, F, I}, new int[] {91, I}, new int[] {92, L}))));
        GsubFeatures features = new GsubFeatures(gsub, 100);
        assertEquals(OptionalInt.of(91), features.ligature(new int[] {F, I}));
        assertEquals(OptionalInt.of(90), features.ligature(new int[] {F, F, I}));
        assertEquals(OptionalInt.of(92), features.ligature(new int[] {F, L}));
        assertEquals(OptionalInt.empty(), features.ligature(new int[] {F, F}));
        assertEquals(OptionalInt.empty(), features.ligature(new int[] {I, F}));
    }

    @Test
    void ligaturesInExtensionsAndOnlyThoseOfTheDefaultLanguage() throws Exception {
        // the default system's liga has no fi; a Turkish one would (dotless i): it must not count
        byte[] gsub = table(List.of(Feature.of("liga", 0), Feature.turkish("liga", 1)), List.of(
                new Lookup(7, List.of(extension(4, ligatures(F, new int[] {92, L})))),
                Lookup.of(4, ligatures(F, new int[] {91, I}))));
        GsubFeatures features = new GsubFeatures(gsub, 100);
        assertEquals(OptionalInt.of(92), features.ligature(new int[] {F, L}));
        assertEquals(OptionalInt.empty(), features.ligature(new int[] {F, I}));
    }

    @Test
    void figureStylesBySingleSubstitutionsOfBothFormats() throws Exception {
        // digits are glyphs 19 to 28; tabular forms 60 to 69 by a delta, proportional ones listed
        int[] digits = {19, 20, 21, 22, 23, 24, 25, 26, 27, 28};
        int[] proportional = {80, 81, 82, 83, 84, 85, 86, 87, 88, 89};
        byte[] gsub = table(List.of(Feature.of("tnum", 0), Feature.of("pnum", 1)), List.of(
                Lookup.of(1, singleByDelta(41, digits)),
                Lookup.of(1, singleByList(digits, proportional))));
        GsubFeatures features = new GsubFeatures(gsub, 100);
        int[] tabular = features.singles("tnum");
        assertEquals(60, tabular[19]);
        assertEquals(69, tabular[28]);
        assertEquals(5, tabular[5], "an uncovered glyph stays itself");
        assertEquals(81, features.singles("pnum")[20]);
        assertEquals(33, features.singles("onum")[33], "no such feature: nothing changes");
    }

    @Test
    void aDamagedTableIsReported() {
        byte[] gsub = table(List.of(Feature.of("liga", 0)), List.of(Lookup.of(4, ligatures(F, new int[] {91, I}))));
        byte[] cut = java.util.Arrays.copyOf(gsub, gsub.length - 4);
        assertThrows(OpenTypeLayout.Damaged.class, () -> new GsubFeatures(cut, 100).ligature(new int[] {F, I}));
    }
}
