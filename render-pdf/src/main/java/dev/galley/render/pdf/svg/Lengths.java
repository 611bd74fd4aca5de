package dev.galley.render.pdf.svg;

import dev.galley.core.image.SvgSize;

import java.util.Locale;
import java.util.OptionalDouble;

/** Lengths in user units: absolute ones as core reads them, and {@code em}, {@code ex}, {@code rem} and {@code %}. */
final class Lengths {

    /** The font size {@code rem} is relative to, and that of text no style sizes: browsers' 16 px. */
    static final double ROOT_FONT_SIZE = 16;

    private Lengths() {
    }

    /**
     * {@code value} in user units, {@code %} of {@code percentBase}, {@code em} of
     * {@code fontSize}; {@code fallback} when it is missing or cannot be read.
     */
    static double of(String value, double percentBase, double fontSize, double fallback) {
        if (value == null) {
            return fallback;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        OptionalDouble absolute = SvgSize.pixels(v);
        if (absolute.isPresent()) {
            return absolute.getAsDouble();
        }
        try {
            if (v.endsWith("%")) {
                return Double.parseDouble(v.substring(0, v.length() - 1)) / 100 * percentBase;
            }
            if (v.endsWith("rem")) {
                return Double.parseDouble(v.substring(0, v.length() - 3)) * ROOT_FONT_SIZE;
            }
            if (v.endsWith("em")) {
                return Double.parseDouble(v.substring(0, v.length() - 2)) * fontSize;
            }
            if (v.endsWith("ex")) {
                return Double.parseDouble(v.substring(0, v.length() - 2)) * fontSize / 2;
            }
        } catch (NumberFormatException e) {
            return fallback;
        }
        return fallback;
    }

    /** A number, or a percentage as a fraction ({@code offset}, opacities); {@code fallback} otherwise. */
    static double fraction(String value, double fallback) {
        if (value == null) {
            return fallback;
        }
        String v = value.strip();
        try {
            double number = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100
                    : Double.parseDouble(v);
            return Double.isFinite(number) ? number : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
