package dev.galley.render.pdf.line;

import dev.galley.render.pdf.text.Style;

import java.util.Objects;

/**
 * The vocabulary of the line breaker, after Knuth and Plass: boxes (material that is never split),
 * glue (space that may stretch or shrink, and where a line may end when a box precedes it) and
 * penalties (other places where a line may or must end, at a cost). All lengths are in the
 * breaker's integer unit: scaled points in the engine, any unit in tests.
 */
public sealed interface Item permits Item.Box, Item.Glue, Item.Penalty {

    /** A penalty this high forbids a break; its negation forces one. */
    int INFINITY = 10_000;
    /** Stretch of "fil" glue (TeX's first infinite order), which outweighs any finite stretch. */
    int FIL = 1 << 28;

    int width();

    /**
     * Text in one style (after shaping: ligatures substituted, kerning inside included in the
     * width). {@code style} is null only in breaker tests with made-up boxes.
     */
    record Box(int width, String text, Style style) implements Item {
        public Box {
            Objects.requireNonNull(text);
        }
    }

    /**
     * Space: natural {@code width}, {@code stretch} and {@code shrink}; drawn as nothing, it only
     * moves what follows. {@link #FIL} stretch fills the rest of a paragraph's last line. A glue
     * that is not a {@code space} is no word space (copied text gets no space character for it):
     * the stretch a line gets when it ends inside a web address.
     */
    record Glue(int width, int stretch, int shrink, boolean space) implements Item {
        public Glue(int width, int stretch, int shrink) {
            this(width, stretch, shrink, true);
        }

        public boolean fil() {
            return stretch >= FIL;
        }
    }

    /**
     * A place to break at cost {@code penalty}; at most {@code -INFINITY} forces a break, at
     * least {@code INFINITY} forbids one. {@code flagged} marks hyphen breaks (two in a row cost
     * extra). {@code hyphen}, when not null, is drawn at the line's end if the line breaks here
     * (a discretionary hyphen), and {@code width} is its width.
     */
    record Penalty(int width, int penalty, boolean flagged, Box hyphen) implements Item {

        public static final Penalty FORBID = new Penalty(0, INFINITY, false, null);
        public static final Penalty FORCE = new Penalty(0, -INFINITY, false, null);

        public boolean forced() {
            return penalty <= -INFINITY;
        }

        /** A break inserted by the hyphenator (not an explicit hyphen in the text). */
        public boolean discretionary() {
            return hyphen != null;
        }
    }
}
