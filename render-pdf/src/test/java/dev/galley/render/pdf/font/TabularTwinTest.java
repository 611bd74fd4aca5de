package dev.galley.render.pdf.font;

import dev.galley.core.style.Fonts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class TabularTwinTest {

    private static final FontLibrary LIBRARY = FontLibrary.get();

    private static FontFace carlito(Fonts.Figures figures) throws IOException {
        try (InputStream in = TabularTwinTest.class.getResourceAsStream("/fonts/Carlito-Regular.ttf")) {
            byte[] bytes = in.readAllBytes();
            FontFace face = FontFace.desk(0, "fonts/Carlito-Regular.ttf",
                    new DeskFaces.Source("fonts/Carlito-Regular.ttf", 0, bytes, "test", figures), false);
            FontFace.Family.of(face, face, face, face);
            return face;
        }
    }

    /** Per mille of an em. */
    private static float advance(FontFace face, int codePoint) {
        return LIBRARY.advance(face, codePoint, 1000);
    }

    @Test
    void dejaVuIsItsOwnTwinItsDigitsAreAllAsWide() {
        for (FontFace face : FontFace.values()) {
            assertSame(face, face.tabular(), face + " has no tnum that changes its digits");
            float zero = advance(face, '0');
            for (int digit = '1'; digit <= '9'; digit++) {
                assertEquals(zero, advance(face, digit), face + " " + (char) digit);
            }
        }
    }

    @Test
    void aProportionalFacesTwinDrawsItsTnumDigits() throws IOException {
        FontFace face = carlito(Fonts.Figures.PROPORTIONAL);
        FontFace twin = face.tabular();
        assertNotSame(face, twin);
        assertSame(twin, face.tabular(), "one twin a face");
        assertSame(twin, twin.tabular());
        assertSame(twin, twin.bold(), "a family of one face: its bold is itself, a twin");
        assertSame(twin, twin.italic());
        assertEquals(face.ordinal(), twin.ordinal(), "drawn through the same embedded font");
        assertEquals(349, advance(face, '1'));
        assertEquals(507, advance(twin, '1'));
        for (int digit = '0'; digit <= '9'; digit++) {
            assertEquals(507, advance(twin, digit), "tabular " + (char) digit);
        }
        assertEquals(advance(face, 'A'), advance(twin, 'A'), "letters as they were");
        assertEquals(LIBRARY.glyphId(face, 'A'), LIBRARY.glyphId(twin, 'A'));
    }

    @Test
    void aFaceAlreadyTabularIsItsOwnTwin() throws IOException {
        FontFace face = carlito(Fonts.Figures.TABULAR);
        assertSame(face, face.tabular());
        assertEquals(507, advance(face, '1'));
    }
}
