package dev.galley.render.pdf.page;

/**
 * A filled rectangle: rules, quote bars, code backgrounds.
 *
 * @param x      left edge from the page's left edge, in points
 * @param y      top edge from the top of the item it belongs to, in points
 * @param width  in points
 * @param height in points
 * @param rgb    fill colour as 0xRRGGBB
 */
public record Rect(float x, float y, float width, float height, int rgb) {
}
