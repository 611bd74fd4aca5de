package dev.galley.render.pdf.font;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ToUnicodeCMapTest {

    private static CMap parse(byte[] bytes) throws IOException {
        return new CMapParser().parse(new RandomAccessReadBuffer(bytes));
    }

    @Test
    void mapsEachGlyphCodeToItsCharacter() throws IOException {
        CMap cmap = parse(ToUnicodeCMap.of(new int[] {3, 36, 0x1234}, new int[] {' ', 'A', 0x1F600}));
        assertEquals(" ", cmap.toUnicode(3));
        assertEquals("A", cmap.toUnicode(36));
        assertEquals(new String(Character.toChars(0x1F600)), cmap.toUnicode(0x1234), "a surrogate pair");
        assertNull(cmap.toUnicode(4), "unused glyphs map to nothing");
    }

    @Test
    void moreThanOneHundredGlyphsSpanSeveralSections() throws IOException {
        int[] glyphs = IntStream.range(1, 251).toArray();
        int[] chars = IntStream.range(0x100, 0x100 + 250).toArray();
        CMap cmap = parse(ToUnicodeCMap.of(glyphs, chars));
        for (int i = 0; i < glyphs.length; i++) {
            assertEquals(Character.toString(chars[i]), cmap.toUnicode(glyphs[i]));
        }
    }

    @Test
    void theSameGlyphsGiveTheSameBytes() {
        assertArrayEquals(ToUnicodeCMap.of(new int[] {5, 6}, new int[] {'x', 'y'}),
                ToUnicodeCMap.of(new int[] {5, 6}, new int[] {'x', 'y'}));
    }

    @Test
    void needsOneCharacterPerGlyph() {
        assertThrows(IllegalArgumentException.class, () -> ToUnicodeCMap.of(new int[] {1, 2}, new int[] {'a'}));
    }
}
