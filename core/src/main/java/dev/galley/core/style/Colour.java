package dev.galley.core.style;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An sRGB colour, as a house style names it ({@code #0a5494} or {@code #05a}), with what WCAG 2
 * says of it: its relative luminance and its contrast with another colour.
 *
 * @param rgb the colour as {@code 0xRRGGBB}
 */
public record Colour(int rgb) {

    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    public Colour {
        if ((rgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("not a 24-bit colour: " + Integer.toHexString(rgb));
        }
    }

    /** {@code #rrggbb} or {@code #rgb}, in either case; empty for anything else. */
    public static Optional<Colour> parse(String text) {
        String hex = text.strip();
        if (!HEX.matcher(hex).matches()) {
            return Optional.empty();
        }
        if (hex.length() == 4) {
            hex = "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3);
        }
        return Optional.of(new Colour(Integer.parseInt(hex.substring(1), 16)));
    }

    /** As CSS and the style file write it: {@code #0a5494}. */
    public String css() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** WCAG 2's relative luminance, 0 for black to 1 for white. */
    public double luminance() {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG 2's contrast ratio of this colour and {@code other}: 1 (none) to 21 (black on white). */
    public double contrastWith(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    @Override
    public String toString() {
        return css();
    }
}
