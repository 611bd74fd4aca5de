package dev.galley.render.pdf.line;

import dev.galley.render.pdf.text.Style;

/**
 * Text drawn as one string on a line.
 *
 * @param x     offset of its left edge from the line's start, in points
 * @param text  the characters, spaces included
 * @param style how they look
 * @param width its advance width in points
 * @param hyphen whether this is the hyphen the line breaker added at a line's end (not a
 *               character of the text: tagged PDF tells readers so)
 * @param scale  its glyphs' horizontal scale, 1 unless its line is set with font expansion
 *               (the width is the scaled one)
 * @param tracking  points added after each of its characters, 0 unless its line is one the
 *                  breaker could set only looser than {@link LineSetter#LOOSEST_SPACE} (the
 *                  width includes them)
 */
public record Fragment(float x, String text, Style style, float width, boolean hyphen, float scale, float tracking) {

    public Fragment(float x, String text, Style style, float width, boolean hyphen, float scale) {
        this(x, text, style, width, hyphen, scale, 0f);
    }

    public Fragment(float x, String text, Style style, float width, boolean hyphen) {
        this(x, text, style, width, hyphen, 1f, 0f);
    }

    public Fragment(float x, String text, Style style, float width) {
        this(x, text, style, width, false, 1f, 0f);
    }

    /** The same fragment moved {@code dx} points to the right. */
    public Fragment shift(float dx) {
        return new Fragment(x + dx, text, style, width, hyphen, scale, tracking);
    }
}
