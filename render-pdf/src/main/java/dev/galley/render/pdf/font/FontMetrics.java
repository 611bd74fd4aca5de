package dev.galley.render.pdf.font;

/**
 * What layout needs to know about fonts: which characters a face has and how wide they are.
 * Layout measures only through this interface, so it can be tested with made-up metrics and
 * never touches PDFBox.
 */
public interface FontMetrics {

    /** Whether {@code face} has a real glyph (not {@code .notdef}) for {@code codePoint}. */
    boolean hasGlyph(FontFace face, int codePoint);

    /** Advance width of {@code codePoint} in {@code face} at {@code size} points, in points. */
    float advance(FontFace face, int codePoint, float size);

    /** Height above the baseline of the face's tallest design extent, in points. */
    float ascent(FontFace face, float size);

    /** Depth below the baseline, as a positive number of points. */
    float descent(FontFace face, float size);

    /** Width of {@code text} set in {@code face} at {@code size}, in points. */
    default float width(FontFace face, CharSequence text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += advance(face, cp, size);
            i += Character.charCount(cp);
        }
        return width;
    }
}
