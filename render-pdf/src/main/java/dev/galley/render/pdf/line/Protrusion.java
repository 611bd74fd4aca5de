package dev.galley.render.pdf.line;

import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.text.Style;

import java.util.List;

/**
 * Character protrusion, as pdfTeX's microtype does it: punctuation and hyphens at a line's end
 * hang a little into the right margin, opening quotes at its start into the left, so the margins
 * look straight to the eye instead of dented by their light shapes. Per item of a paragraph, the
 * room a line gains when it ends at that break (its last character's share) and when it starts
 * at that item (its first character's), in the breaker's unit; the breaker sets each line to its
 * measure plus that room, and the line setter moves it left by its start's. Only the glyphs'
 * positions change: extracted text and tags are the same.
 */
public final class Protrusion {

    /** No protrusion: ragged text, tests. */
    public static final Protrusion NONE = new Protrusion(new int[0], new int[0]);

    /** Shares of a character's advance that hang out at a line's end. */
    private static final String RIGHT = ".,-\u2010\u00AD:;\u2013\u2014\u2019'\u201D\"!?\u00BB\u203A";
    private static final float[] RIGHT_SHARE = {0.7f, 0.7f, 0.7f, 0.7f, 0.7f, 0.4f, 0.4f, 0.4f, 0.25f, 0.6f, 0.6f,
            0.6f, 0.6f, 0.2f, 0.2f, 0.4f, 0.4f};
    /** And at its start. */
    private static final String LEFT = "\u2018\u201C\u201E'\"\u00AB\u2039";
    private static final float[] LEFT_SHARE = {0.6f, 0.6f, 0.6f, 0.6f, 0.6f, 0.4f, 0.4f};

    private final int[] right;
    private final int[] left;

    private Protrusion(int[] right, int[] left) {
        this.right = right;
        this.left = left;
    }

    /** The protrusion of {@code items}, each character measured in its own face and size. */
    public static Protrusion of(List<Item> items, FontMetrics fonts) {
        int n = items.size();
        int[] right = new int[n];
        int[] left = new int[n];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            if (item instanceof Item.Box box && !box.text().isEmpty() && box.style() != null) {
                left[i] = share(box.text().codePointAt(0), box.style(), fonts, LEFT, LEFT_SHARE);
            }
            Item.Box ending = null;
            if (item instanceof Item.Penalty p && p.hyphen() != null) {
                ending = p.hyphen();
            } else if ((item instanceof Item.Glue || item instanceof Item.Penalty) && i > 0
                    && items.get(i - 1) instanceof Item.Box box) {
                ending = box;
            }
            if (ending != null && !ending.text().isEmpty() && ending.style() != null) {
                String text = ending.text();
                right[i] = share(text.codePointBefore(text.length()), ending.style(), fonts, RIGHT, RIGHT_SHARE);
            }
        }
        return new Protrusion(right, left);
    }

    private static int share(int codePoint, Style style, FontMetrics fonts, String chars, float[] shares) {
        int at = codePoint < 0x10000 ? chars.indexOf(codePoint) : -1;
        if (at < 0 || style.rise() != 0) {
            return 0; // a note's number or a superscript keeps its place
        }
        return Sp.of(shares[at] * fonts.advance(style.face(), codePoint, style.size()));
    }

    /** The share of its advance {@code codePoint} hangs out at a line's end (0 for most). */
    public static float endShare(int codePoint) {
        int at = codePoint < 0x10000 ? RIGHT.indexOf(codePoint) : -1;
        return at < 0 ? 0 : RIGHT_SHARE[at];
    }

    /** And at a line's start. */
    public static float startShare(int codePoint) {
        int at = codePoint < 0x10000 ? LEFT.indexOf(codePoint) : -1;
        return at < 0 ? 0 : LEFT_SHARE[at];
    }

    /** The room a line gains when it ends at item {@code i}. */
    int right(int i) {
        return i < right.length ? right[i] : 0;
    }

    /** The room a line gains when it starts at item {@code i}. */
    int left(int i) {
        return i < left.length ? left[i] : 0;
    }
}
