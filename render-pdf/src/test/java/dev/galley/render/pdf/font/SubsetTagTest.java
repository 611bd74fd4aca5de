package dev.galley.render.pdf.font;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubsetTagTest {

    @Test
    void sixCapitalLettersTheSameForTheSameGlyphs() {
        String tag = SubsetTag.of("SERIF", new int[] {3, 36, 37});
        assertTrue(tag.matches("[A-Z]{6}"), tag);
        assertEquals(tag, SubsetTag.of("SERIF", new int[] {3, 36, 37}));
    }

    @Test
    void otherGlyphsOrAnotherFaceGetAnotherTag() {
        String tag = SubsetTag.of("SERIF", new int[] {3, 36, 37});
        assertNotEquals(tag, SubsetTag.of("SERIF", new int[] {3, 36, 38}));
        assertNotEquals(tag, SubsetTag.of("SANS", new int[] {3, 36, 37}));
        Set<String> tags = new HashSet<>();
        for (int g = 1; g <= 1000; g++) {
            tags.add(SubsetTag.of("SERIF", new int[] {g}));
        }
        assertTrue(tags.size() > 990, "distinct tags: " + tags.size());
    }
}
