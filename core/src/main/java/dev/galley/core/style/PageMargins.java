package dev.galley.core.style;

/**
 * The print page's margins in points. Inner and outer are the left and right margins of a
 * single-sided page, and the binding and fore-edge margins of facing pages ({@link PageStyle#facing}).
 */
public record PageMargins(float top, float bottom, float inner, float outer) {

    /**
     * Galley's own: side margins of 1.25 inch give a measure of about 415 points on A4 (432 on
     * Letter), with the 10.5-point body some 70 to 75 characters a line.
     */
    public static final PageMargins DEFAULT = new PageMargins(72, 78, 90, 90);

    public PageMargins {
        if (!(top >= 0 && bottom >= 0 && inner >= 0 && outer >= 0)) {
            throw new IllegalArgumentException("margins must be 0 or more points");
        }
    }
}
