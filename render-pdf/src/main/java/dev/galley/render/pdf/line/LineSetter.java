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

    /**
     * The widest a word space of a justified line is set, as a multiple of its natural width,
     * where font expansion is on: what a line needs beyond it (only the breaker's last passes
     * set such lines) goes between its letters instead, at most {@link #MOST_TRACKING}.
     */
    public static final double LOOSEST_SPACE = 1.6;
    /** The most letter-spacing a line gets, in thousandths of an em: invisible at text sizes. */
    static final int MOST_TRACKING = 5;

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
            Tracking tracking = expansion > 0 && justify && !raggedEnd && glueRatio > 1
                    ? tracking(items, start, brk.index(), glueRatio) : new Tracking(0, glueRatio);
            glueRatio = tracking.glueRatio();
            List<Fragment> fragments = new ArrayList<>();
            long x = -hangLeft;
            // what expanded glyphs and letter-spacing add, kept exact and rounded only where a fragment is placed
            double grown = 0;
            for (int i = start; i < brk.index(); i++) {
                Item item = items.get(i);
                if (item instanceof Item.Box box) {
                    if (!box.text().isEmpty()) {
                        double tracked = tracking.of(box);
                        fragments.add(new Fragment(Sp.toPoints(x + Math.round(grown)), box.text(), box.style(),
                                Sp.toPoints(Math.round(box.width() * (double) scale + tracked)), false, scale,
                                tracking.points(box)));
                        grown += tracked;
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
                                last.scale(), last.tracking()));
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
                double tracked = tracking.of(hyphen);
                fragments.add(new Fragment(Sp.toPoints(x + Math.round(grown)), hyphen.text(), hyphen.style(),
                        Sp.toPoints(Math.round(hyphen.width() * (double) scale + tracked)), true, scale,
                        tracking.points(hyphen)));
                x += hyphen.width();
                grown += hyphen.width() * ((double) scale - 1) + tracked;
                hyphenated = true;
            }
            lines.add(new Line(fragments, Sp.toPoints(x + Math.round(grown) - hangRight), hyphenated, (float) ratio));
            start = KnuthPlassBreaker.after(items, brk.index());
        }
        return lines;
    }

    /**
     * Letter-spacing of a line, in ems of each box's size, and the spaces' ratio that leaves.
     *
     * @param perEm     what each character gets, in ems
     * @param glueRatio the spaces' ratio with it
     */
    private record Tracking(double perEm, double glueRatio) {

        /** What the box's characters add, in scaled points. */
        double of(Item.Box box) {
            return perEm == 0 ? 0 : perEm * box.text().codePointCount(0, box.text().length())
                    * box.style().size() * Sp.ONE_POINT;
        }

        /** What each of the box's characters gets, in points. */
        float points(Item.Box box) {
            return perEm == 0 ? 0 : (float) (perEm * box.style().size());
        }
    }

    /**
     * How much of a line's stretch its letters take where its spaces at {@code glueRatio} would
     * be wider than {@link #LOOSEST_SPACE} times their natural width: the breaker's last passes
     * (TeX's tolerance of 200, which keeps the hyphens' limit, and the emergency pass) may set
     * lines that loose, and a few thousandths of an em between letters read as nothing where a
     * wide space reads as a hole.
     */
    private static Tracking tracking(List<Item> items, int from, int to, double glueRatio) {
        double loosest = Double.MAX_VALUE;
        long stretch = 0;
        double ems = 0; // the line's characters, each weighed by its size in points
        for (int i = from; i <= to && i < items.size(); i++) {
            Item item = items.get(i);
            if (i < to && item instanceof Item.Glue glue && !glue.fil() && glue.stretch() > 0) {
                stretch += glue.stretch();
                if (glue.space()) {
                    // a thousandth under, so that positions rounded to scaled points stay within it
                    loosest = Math.min(loosest, (LOOSEST_SPACE - 1.001) * glue.width() / glue.stretch());
                }
            }
            Item.Box box = i < to && item instanceof Item.Box b ? b
                    : i == to && item instanceof Item.Penalty p ? p.hyphen() : null;
            if (box != null) {
                ems += box.text().codePointCount(0, box.text().length()) * (double) box.style().size();
            }
        }
        if (loosest >= glueRatio || stretch == 0 || ems == 0) {
            return new Tracking(0, glueRatio);
        }
        double wanted = (glueRatio - loosest) * stretch / Sp.ONE_POINT / ems;
        double perEm = Math.min(wanted, MOST_TRACKING / 1000.0);
        return new Tracking(perEm, glueRatio - perEm * ems * Sp.ONE_POINT / stretch);
    }
}
