package dev.galley.render.pdf.text;

import java.util.Objects;

/**
 * A stretch of text in one style, every character of which its face can draw. Spaces in prose
 * are single U+0020 characters; a forced line break is a run of its own ({@link #isBreak()}).
 */
public record Run(String text, Style style, boolean isBreak) {

    public Run {
        Objects.requireNonNull(text);
        Objects.requireNonNull(style);
    }

    public static Run text(String text, Style style) {
        return new Run(text, style, false);
    }

    public static Run lineBreak(Style style) {
        return new Run("", style, true);
    }
}
