package dev.galley.render.pdf.line;

import java.util.List;

/**
 * One line of a paragraph as the breaker set it.
 *
 * @param fragments  what is drawn, left to right, positioned from the line's start
 * @param width      the set width of the content, in points (never more than the measure
 *                   unless a single glyph is wider than it)
 * @param hyphenated whether the line ends with a hyphen the breaker added
 * @param ratio      how far its spaces were stretched (positive) or shrunk (negative), as a
 *                   fraction of what they may; 0 for lines not justified
 */
public record Line(List<Fragment> fragments, float width, boolean hyphenated, float ratio) {
    public Line {
        fragments = List.copyOf(fragments);
    }

    public Line(List<Fragment> fragments, float width) {
        this(fragments, width, false, 0);
    }

    /** The line's text, fragments joined with a space where they do not touch (for dumps). */
    public String text() {
        StringBuilder out = new StringBuilder();
        float end = Float.NaN;
        for (Fragment fragment : fragments) {
            if (!Float.isNaN(end) && fragment.x() > end + 0.5f && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
            out.append(fragment.text());
            end = fragment.x() + fragment.width();
        }
        return out.toString();
    }
}
