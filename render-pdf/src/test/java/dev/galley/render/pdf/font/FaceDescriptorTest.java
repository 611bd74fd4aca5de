package dev.galley.render.pdf.font;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaceDescriptorTest {

    private static final FontLibrary LIBRARY = FontLibrary.get();

    @Test
    void namesAndFlagsFollowTheFace() {
        FaceDescriptor serif = LIBRARY.descriptor(FontFace.SERIF);
        assertEquals("DejaVuSerif", serif.postScriptName());
        assertEquals(2 | 4, serif.flags(), "serif, symbolic");
        assertEquals("DejaVuSerif-BoldItalic", LIBRARY.descriptor(FontFace.SERIF_BOLD_ITALIC).postScriptName());
        assertEquals(2 | 4 | 64, LIBRARY.descriptor(FontFace.SERIF_ITALIC).flags(), "serif, symbolic, italic");
        assertTrue(LIBRARY.descriptor(FontFace.SERIF_ITALIC).italicAngle() < 0, "leans right");
        assertEquals(1 | 4, LIBRARY.descriptor(FontFace.MONO).flags(), "fixed pitch, symbolic");
    }

    @Test
    void verticalMetricsAgreeWithLayoutsAndBoldHasThickerStems() {
        for (FontFace face : FontFace.values()) {
            FaceDescriptor d = LIBRARY.descriptor(face);
            assertEquals(LIBRARY.ascent(face, 1000f), d.ascent(), 0.5f, face + " ascent");
            assertEquals(-LIBRARY.descent(face, 1000f), d.descent(), 0.5f, face + " descent");
            int[] box = d.boundingBox();
            assertTrue(box[0] < 0 && box[1] < d.descent() + 1 && box[2] > 600 && box[3] >= d.ascent() - 1,
                    face + " bounding box");
            assertTrue(d.capHeight() > 600 && d.capHeight() < 800, face + " cap height " + d.capHeight());
        }
        assertTrue(LIBRARY.descriptor(FontFace.SANS_BOLD).stemV() > LIBRARY.descriptor(FontFace.SANS).stemV());
    }
}
