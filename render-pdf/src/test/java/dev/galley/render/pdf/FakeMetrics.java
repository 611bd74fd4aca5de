package dev.galley.render.pdf;

import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontMetrics;

/**
 * Made-up metrics for layout tests without fonts: every character half an em wide, a space a
 * quarter, and no face has CJK ideographs.
 */
public final class FakeMetrics implements FontMetrics {

    public static final FakeMetrics INSTANCE = new FakeMetrics();

    @Override
    public boolean hasGlyph(FontFace face, int codePoint) {
        return codePoint < 0x4E00 || codePoint > 0x9FFF;
    }

    @Override
    public float advance(FontFace face, int codePoint, float size) {
        return codePoint == ' ' ? size / 4 : size / 2;
    }

    @Override
    public float ascent(FontFace face, float size) {
        return size * 0.8f;
    }

    @Override
    public float descent(FontFace face, float size) {
        return size * 0.2f;
    }
}
