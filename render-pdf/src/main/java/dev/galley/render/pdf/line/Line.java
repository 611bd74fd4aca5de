package dev.galley.render.pdf.line;

import java.util.List;

/**
 * One line of a paragraph as the breaker set it.
 *
 * @param fragments what is drawn, left to right, positioned from the line's start
 * @param width     the natural width of the content, in points (never more than the measure
 *                  unless a single glyph is wider than it)
 */
public record Line(List<Fragment> fragments, float width) {
    public Line {
        fragments = List.copyOf(fragments);
    }
}
