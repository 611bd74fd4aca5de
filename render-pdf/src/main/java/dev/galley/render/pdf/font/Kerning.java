package dev.galley.render.pdf.font;

/**
 * A face's pair kerning: the adjustment between two glyphs set side by side, in thousandths of
 * an em (negative brings them closer), already rounded as the content stream will carry it.
 * Layout asks for a pair at every letter of every candidate line, so implementations answer
 * without allocating.
 */
interface Kerning {

    /** No kerning at all. */
    Kerning NONE = (left, right) -> 0;

    /** The adjustment between {@code leftGlyph} and {@code rightGlyph}; 0 when the pair is not kerned. */
    int kern(int leftGlyph, int rightGlyph);
}
