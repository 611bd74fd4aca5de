package dev.galley.render.pdf.draw;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageContentTest {

    private static String text(PageContent content) {
        return new String(content.toByteArray(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void operatorsFollowTheirOperandsOneToALine() {
        PageContent content = new PageContent();
        content.fillColor(1f, 0.5f, 0f).rectangle(72f, 100.25f, 451.125f, 0.5f).operator("f");
        assertEquals("1 0.5 0 rg\n72 100.25 451.125 0.5 re\nf\n", text(content));
    }

    @Test
    void anImageIsDrawnInsideSavedStateScaledToItsBox() {
        PageContent content = new PageContent();
        content.image("Im1", 90f, 400f, 320f, 180f);
        assertEquals("q\n320 0 0 180 90 400 cm\n/Im1 Do\nQ\n", text(content));
    }

    @Test
    void charsUpTo255AreWrittenAsSingleBytesAndTheBufferGrows() {
        PageContent content = new PageContent();
        StringBuilder glyphs = new StringBuilder("[(");
        for (int i = 0; i < 40_000; i++) {
            glyphs.append((char) (i % 256));
        }
        glyphs.append(")] TJ\n");
        content.append(glyphs, 1, glyphs.length());
        byte[] bytes = content.toByteArray();
        assertEquals(glyphs.length() - 1, bytes.length);
        assertEquals((byte) 255, bytes[1 + 255]);
        assertEquals('(', bytes[0]);
    }
}
