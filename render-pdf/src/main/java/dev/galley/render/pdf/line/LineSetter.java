package dev.galley.render.pdf.line;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets broken lines: each box becomes a fragment at its final position, glue widened or narrowed
 * by the line's ratio (justified) or left at its natural width (ragged), and a discretionary
 * hyphen added where a line ends at one. A word followed by glue ends with a space character,
 * so that text extraction needs no guessing from gaps. Positions are summed in scaled points and turned into
 * points once per fragment.
 */
public final class LineSetter {

    private LineSetter() {
    }

    public static List<Line> set(List<Item> items, List<KnuthPlassBreaker.Break> breaks, boolean justify) {
        return set(items, breaks, justify, Protrusion.NONE);
    }

    /**
     * As above, each line moved left by what its first character hangs out, its end hanging by
     * its last's ({@link Protrusion}); a line's width leaves both out.
     */
    public static List<Line> set(List<Item> items, List<KnuthPlassBreaker.Break> breaks, boolean justify,
                                 Protrusion protrusion) {
        return set(items, breaks, justify, protrusion, 0);
    }

    /**
     * As above, with font expansion: the glyphs of a justified line are scaled by up to
     * {@code expansion} thousandths of their width, as far as its ratio goes (to ±1), and its
     * spaces take the rest, so a line that needs more than the glyphs give is spaced no looser
     * than without it.
     */
    public static List<Line> set(List<Item> items, List<KnuthPlassBreaker.Break> breaks, boolean justify,
                                 Protrusion protrusion, int expansion) {
        List<Line> lines = new ArrayList<>(breaks.size());
        int start = 0;
        for (KnuthPlassBreaker.Break brk : breaks) {
            int hangLeft = protrusion.left(start);
            int hangRight = protrusion.right(brk.index());
            // A line that ends inside a web address ends ragged, its spaces at their natural width
            // (see ItemBuilder#address): its stretch was the address's, not the spaces'.
            boolean raggedEnd = brk.index() > 0 && items.get(brk.index() - 1) instanceof Item.Glue g
                    && !g.space() && g.stretch() > 0;
            double ratio = justify && !raggedEnd ? brk.ratio() : Math.min(brk.ratio(), 0);
            if (Double.isInfinite(ratio)) {
                ratio = 0;
            }
            float scale = 1f;
            double glueRatio = ratio;
            if (expansion > 0 && justify && !raggedEnd && ratio != 0) {
                double clamped = Math.max(-1, Math.min(1, ratio));
                scale = (float) (1 + clamped * expansion / 1000.0);
                if (ratio > 1) {
                    long boxes = 0;
                    long stretch = 0;
                    for (int i = start; i < brk.index(); i++) {
                        if (items.get(i) instanceof Item.Box box) {
                            boxes += box.width();
                        } else if (items.get(i) instanceof Item.Glue glue && !glue.fil()) {
                            stretch += glue.stretch();
                        }
                    }
                    // the glyphs give their most; the spaces take what is left of the line's shortfall
                    glueRatio = stretch > 0 ? ratio + (ratio - 1) * boxes * expansion / 1000.0 / stretch : ratio;
                }
            }
            List<Fragment> fragments = new ArrayList<>();
            long x = -hangLeft;
            // what expanded glyphs add, kept exact and rounded only where a fragment is placed
            double grown = 0;
            for (int i = start; i < brk.index(); i++) {
                Item item = items.get(i);
                if (item instanceof Item.Box box) {
                    if (!box.text().isEmpty()) {
                        fragments.add(new Fragment(Sp.toPoints(x + Math.round(grown)), box.text(), box.style(),
                                Sp.toPoints(Math.round(box.width() * (double) scale)), false, scale));
                    }
                    x += box.width();
                    grown += box.width() * ((double) scale - 1);
                } else if (item instanceof Item.Glue glue) {
                    if (glue.space() && !glue.fil() && !fragments.isEmpty()
                            && !fragments.get(fragments.size() - 1).text().endsWith(" ")) {
                        // A real space glyph after the word, so that extracted and copied text has
                        // its spaces; what follows is placed by position, so its width is moot.
                        Fragment last = fragments.remove(fragments.size() - 1);
                        fragments.add(new Fragment(last.x(), last.text() + " ", last.style(), last.width(), false,
                                last.scale()));
                    }
                    x += glue.width();
                    if (!glue.fil()) {
                        x += Math.round(glueRatio > 0 ? glueRatio * glue.stretch() : glueRatio * glue.shrink());
                    }
                }
            }
            Item at = items.get(brk.index());
            boolean hyphenated = false;
            if (at instanceof Item.Penalty penalty && penalty.hyphen() != null) {
                Item.Box hyphen = penalty.hyphen();
                fragments.add(new Fragment(Sp.toPoints(x + Math.round(grown)), hyphen.text(), hyphen.style(),
                        Sp.toPoints(Math.round(hyphen.width() * (double) scale)), true, scale));
                x += hyphen.width();
                grown += hyphen.width() * ((double) scale - 1);
                hyphenated = true;
            }
            lines.add(new Line(fragments, Sp.toPoints(x + Math.round(grown) - hangRight), hyphenated, (float) ratio));
            start = KnuthPlassBreaker.after(items, brk.index());
        }
        return lines;
    }
}
