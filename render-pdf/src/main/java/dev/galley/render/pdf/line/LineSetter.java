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
            List<Fragment> fragments = new ArrayList<>();
            long x = -hangLeft;
            for (int i = start; i < brk.index(); i++) {
                Item item = items.get(i);
                if (item instanceof Item.Box box) {
                    if (!box.text().isEmpty()) {
                        fragments.add(new Fragment(Sp.toPoints(x), box.text(), box.style(), Sp.toPoints(box.width())));
                    }
                    x += box.width();
                } else if (item instanceof Item.Glue glue) {
                    if (glue.space() && !glue.fil() && !fragments.isEmpty()
                            && !fragments.get(fragments.size() - 1).text().endsWith(" ")) {
                        // A real space glyph after the word, so that extracted and copied text has
                        // its spaces; what follows is placed by position, so its width is moot.
                        Fragment last = fragments.remove(fragments.size() - 1);
                        fragments.add(new Fragment(last.x(), last.text() + " ", last.style(), last.width()));
                    }
                    x += glue.width();
                    if (!glue.fil()) {
                        x += Math.round(ratio > 0 ? ratio * glue.stretch() : ratio * glue.shrink());
                    }
                }
            }
            Item at = items.get(brk.index());
            boolean hyphenated = false;
            if (at instanceof Item.Penalty penalty && penalty.hyphen() != null) {
                Item.Box hyphen = penalty.hyphen();
                fragments.add(new Fragment(Sp.toPoints(x), hyphen.text(), hyphen.style(), Sp.toPoints(hyphen.width()),
                        true));
                x += hyphen.width();
                hyphenated = true;
            }
            lines.add(new Line(fragments, Sp.toPoints(x - hangRight), hyphenated, (float) ratio));
            start = KnuthPlassBreaker.after(items, brk.index());
        }
        return lines;
    }
}
