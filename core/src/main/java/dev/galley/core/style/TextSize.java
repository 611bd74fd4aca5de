package dev.galley.core.style;

/**
 * A size of type and the distance between its baselines, in points.
 *
 * @param size    the type's size
 * @param leading from one baseline to the next
 */
public record TextSize(float size, float leading) {

    public TextSize {
        if (!(size > 0 && leading >= size)) {
            throw new IllegalArgumentException("type needs a size above 0 and a leading of at least its size");
        }
    }

    /**
     * This size for a body of {@code body} instead of {@code from}: sizes in proportion to the
     * type, leadings to the leading, each to a quarter point. The same numbers come back when
     * nothing changed.
     */
    TextSize scaled(TextSize from, TextSize body) {
        if (from.equals(body)) {
            return this;
        }
        return new TextSize(quarter(size * body.size / from.size), Math.max(quarter(leading * body.leading / from.leading),
                quarter(size * body.size / from.size)));
    }

    static float quarter(float points) {
        return Math.round(points * 4) / 4f;
    }
}
