package dev.galley.render.pdf.line;

import dev.galley.render.pdf.text.Style;

import java.util.Objects;

/**
 * The vocabulary of the line breaker, after Knuth and Plass: boxes (text that is never split
 * except in an emergency), glue (a space where a line may end) and penalties (other places where
 * a line may or must end). Stretch, shrink and costs arrive with the optimal line breaker; the
 * greedy breaker needs only widths.
 */
public sealed interface Item permits Item.Box, Item.Glue, Item.Penalty {

    /** Text in one style, {@code width} points wide. */
    record Box(String text, Style style, float width) implements Item {
        public Box {
            Objects.requireNonNull(text);
            Objects.requireNonNull(style);
        }
    }

    /** An inter-word space, drawn as U+0020 in {@code style} when it is not at a line end. */
    record Glue(Style style, float width) implements Item {
        public Glue {
            Objects.requireNonNull(style);
        }
    }

    /**
     * A place to break without a space: {@code forced} ends the line here (a hard break), else
     * the line may end here (after a hyphen, dash or slash) at no cost.
     */
    record Penalty(boolean forced) implements Item {
        public static final Penalty FORCED = new Penalty(true);
        public static final Penalty ALLOWED = new Penalty(false);
    }
}
