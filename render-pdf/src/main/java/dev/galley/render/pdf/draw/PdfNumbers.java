package dev.galley.render.pdf.draw;

/**
 * Writes numbers as content-stream operands: plain decimals (ISO 32000-1, 7.3.3), at most five
 * places, no exponent, no trailing zeros, the same in every locale. Text positions are written
 * for every fragment, and a general formatter there cost more than the text itself.
 */
public final class PdfNumbers {

    private static final int PLACES = 5;
    private static final long SCALE = 100_000L;

    private PdfNumbers() {
    }

    /** Appends {@code value} rounded to five decimal places. */
    public static StringBuilder append(StringBuilder out, float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException("not a PDF number: " + value);
        }
        return appendScaled(out, Math.round((double) value * SCALE), PLACES);
    }

    /** Appends {@code scaled / 10^places}, exactly: a number already rounded to those places. */
    public static StringBuilder appendScaled(StringBuilder out, long scaled, int places) {
        long unit = pow10(places);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / unit);
        long fraction = scaled % unit;
        if (fraction != 0) {
            while (fraction % 10 == 0) {
                fraction /= 10;
                places--;
            }
            out.append('.');
            for (long pad = pow10(places - 1); pad > fraction; pad /= 10) {
                out.append('0');
            }
            out.append(fraction);
        }
        return out;
    }

    private static long pow10(int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= 10;
        }
        return p;
    }
}
