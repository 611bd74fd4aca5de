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

    /**
     * Pair kerning between {@code left} and {@code right} in {@code face}, in thousandths of an
     * em (negative brings them closer); 0 when the face has none.
     */
    default int kern(FontFace face, int left, int right) {
        return 0;
    }

    /**
     * Whether {@code face} sets {@code ligature}: when its {@code GSUB} table's {@code liga}
     * feature forms it, or its character map has the presentation form.
     */
    default boolean ligates(FontFace face, Ligature ligature) {
        return hasGlyph(face, ligature.form());
    }

    /** Width of {@code text} set in {@code face} at {@code size}, kerning included, in points. */
    default float width(FontFace face, CharSequence text, float size) {
        float width = 0;
        int kern = 0;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += advance(face, cp, size);
            if (previous >= 0) {
                kern += kern(face, previous, cp);
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return width + kern * size / 1000f;
    }
}
