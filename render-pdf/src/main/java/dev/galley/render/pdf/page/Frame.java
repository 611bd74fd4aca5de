package dev.galley.render.pdf.page;

/**
 * The horizontal span blocks are set in: the text block, narrowed by list and quote indents.
 *
 * @param left  left edge from the paper's left edge, in points
 * @param width in points
 */
record Frame(float left, float width) {

    /**
     * This frame indented by {@code amount} on the left, unless that would leave less than
     * {@code minWidth}: deeply nested lists then stop moving right instead of running out of
     * room (or off the page).
     */
    Frame indent(float amount, float minWidth) {
        if (width - amount < minWidth) {
            return this;
        }
        return new Frame(left + amount, width - amount);
    }

    /** This frame narrowed by {@code amount} on both sides (a box's padding), within the same limit. */
    Frame inset(float amount, float minWidth) {
        if (width - 2 * amount < minWidth) {
            return this;
        }
        return new Frame(left + amount, width - 2 * amount);
    }

    float right() {
        return left + width;
    }
}
