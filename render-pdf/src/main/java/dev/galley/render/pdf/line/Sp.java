package dev.galley.render.pdf.line;

/**
 * Scaled points, TeX's unit: 1/65536 of a point, held in an {@code int}. Layout adds and compares
 * lengths in this integer unit so that results never drift with floating-point rounding and are
 * the same on every machine; floats appear only when drawing.
 */
public final class Sp {

    public static final int ONE_POINT = 65536;

    private Sp() {
    }

    /** {@code points} in scaled points, rounded to the nearest. */
    public static int of(float points) {
        return Math.round(points * ONE_POINT);
    }

    /** {@code sp} in points. */
    public static float toPoints(long sp) {
        return sp / (float) ONE_POINT;
    }
}
