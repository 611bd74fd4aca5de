package dev.galley.render.pdf.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the number lists of SVG attributes ({@code points}, {@code viewBox}, transforms' and
 * paths' arguments): numbers separated by spaces, commas or nothing at all ({@code 1.5.5} is
 * 1.5 and .5, {@code 1-2} is 1 and -2), as the grammar of SVG 1.1 allows.
 */
final class Numbers {

    private final String text;
    private int at;

    Numbers(String text) {
        this.text = text;
    }

    /** All the numbers of {@code text}, up to the first thing that is not one. */
    static double[] all(String text) {
        if (text == null) {
            return new double[0];
        }
        Numbers numbers = new Numbers(text);
        List<Double> values = new ArrayList<>();
        while (numbers.hasNumber()) {
            values.add(numbers.next());
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    void skipSeparators() {
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
            at++;
        }
    }

    /** Whether a number comes next (after separators). */
    boolean hasNumber() {
        skipSeparators();
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return Character.isDigit(c) || c == '.' || c == '-' || c == '+';
    }

    /** The letter at the current position after separators, or 0 at the end. */
    char peekLetter() {
        skipSeparators();
        return at < text.length() ? text.charAt(at) : 0;
    }

    char nextChar() {
        return text.charAt(at++);
    }

    /** A path's arc flag: a single 0 or 1, which may run into the next number ({@code 0110}). */
    boolean flag() {
        skipSeparators();
        if (at >= text.length() || (text.charAt(at) != '0' && text.charAt(at) != '1')) {
            throw new IllegalArgumentException("an arc flag");
        }
        return text.charAt(at++) == '1';
    }

    /** The next number; throws when there is none. */
    double next() {
        skipSeparators();
        int start = at;
        if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
            at++;
        }
        boolean digits = false;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
            digits = true;
        }
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
                digits = true;
            }
        }
        if (!digits) {
            throw new IllegalArgumentException("a number at " + start);
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int mark = at;
            at++;
            if (at < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
                at++;
            }
            if (at < text.length() && Character.isDigit(text.charAt(at))) {
                while (at < text.length() && Character.isDigit(text.charAt(at))) {
                    at++;
                }
            } else {
                at = mark; // an "e" that is not an exponent
            }
        }
        double value = Double.parseDouble(text.substring(start, at));
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a finite number at " + start);
        }
        return value;
    }
}
