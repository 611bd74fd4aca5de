package dev.galley.core.style;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths as a style file writes them: a number and a unit Galley knows, points when none is written. */
final class Lengths {

    private static final Pattern LENGTH = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,3})?)\\s*(pt|mm|cm|in)?");

    private Lengths() {
    }

    /** Points in {@code text} ({@code 25mm}, {@code 1in}, {@code 72pt}, {@code 72}); empty beyond {@code max}. */
    static Optional<Float> points(String text, float max) {
        Matcher m = LENGTH.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "pt" : m.group(2);
        double points = switch (unit) {
            case "mm" -> number * 72 / 25.4;
            case "cm" -> number * 72 / 2.54;
            case "in" -> number * 72;
            default -> number;
        };
        // a hundredth of a point is finer than any printer, and keeps the model's text short
        float rounded = (float) (Math.round(points * 100) / 100.0);
        return rounded <= max ? Optional.of(rounded) : Optional.empty();
    }
}
