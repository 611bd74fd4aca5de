package dev.galley.render.pdf.line;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Total-fit line breaking after Knuth and Plass ("Breaking Paragraphs into Lines", 1981): of all
 * ways to break a paragraph at its glue and penalties, choose the one with the least total
 * demerits, so that spacing is even across the whole paragraph rather than good at its start and
 * bad at its end. Dynamic programming over the feasible breakpoints with an active list, as in
 * TeX: time roughly linear in the paragraph's length times the active list's size.
 *
 * <p>Three passes, as in TeX: first without the hyphenator's breaks at a strict tolerance (most
 * paragraphs set well without hyphens), then with them at the normal tolerance, then an emergency
 * pass that accepts any spacing and, where even that fails, an overfull line (only possible when
 * a single box is wider than the measure; {@link ItemBuilder} splits such boxes first).
 *
 * <p>Lengths are integers (scaled points in the engine); sums are {@code long}.
 */
public final class KnuthPlassBreaker {

    /**
     * The costs that choose between breaks, named as in TeX. Badness is 100·|r|³ for a line whose
     * spaces are stretched or shrunk by the ratio r of what they may (capped at 10 000); with font
     * expansion, r is the spaces' own, as {@link LineSetter} sets them: the glyphs give no more
     * than their limit, the spaces the rest.
     *
     * @param pretolerance         badness a line may have in the first pass, which ignores the
     *                             hyphenator's breaks; negative skips that pass (TeX: 100)
     * @param tolerance            badness a line may have in the second pass (TeX: 200); 170 keeps
     *                             spaces, which stretch by a half, under 1.6 of their width,
     *                             where a line starts to look loose
     * @param hyphenRunTolerance   badness a line may have where no setting within the tolerance
     *                             keeps to {@code maxHyphenRun}: spaces a hair looser rather than
     *                             a ladder (TeX's 200: up to 1.63 of their width)
     * @param linePenalty          added to every line's badness before squaring: fewer lines are
     *                             better, all else equal (TeX: 10)
     * @param doubleHyphenDemerits for two hyphenated lines in a row: ladders of hyphens distract
     *                             (TeX: 10 000)
     * @param finalHyphenDemerits  for hyphenating the second-last line, which leaves a word
     *                             fragment alone on the last (TeX: 5 000)
     * @param adjDemerits          when a line's fitness class (tight, decent, loose, very loose)
     *                             differs by more than one from the line above's: a loose line
     *                             after a tight one looks uneven (TeX: 10 000)
     * @param emergencyStretch     stretch added to every line in the last pass, in the breaker's
     *                             unit, so narrow measures find some solution before overfull
     *                             lines (TeX's \emergencystretch)
     * @param maxHyphenRun         hyphenated line ends allowed in a row, wherever a setting within
     *                             tolerance keeps to it (else a ladder rather than loose lines); a
     *                             third would make a ladder (TeX has only the demerits)
     * @param shortLastLineDemerits for a paragraph's last line shorter than a quarter of the
     *                             measure: a word or two alone under a full paragraph looks like
     *                             a mistake (TeX has no such cost)
     */
    public record Settings(int pretolerance, int tolerance, int hyphenRunTolerance, int linePenalty,
                           int doubleHyphenDemerits, int finalHyphenDemerits, int adjDemerits, int emergencyStretch,
                           int maxHyphenRun, int shortLastLineDemerits) {

        /**
         * TeX's plain-format values, but for a tolerance that keeps spaces from looking loose,
         * three times the demerits for hyphens on consecutive lines (ladders were common in
         * briefings set with the plain value), and 3 pt of emergency stretch.
         */
        public static final Settings DEFAULT = new Settings(100, 170, 200, 10, 30_000, 5_000, 10_000,
                3 * Sp.ONE_POINT, 2, 50_000);

        public Settings withTolerance(int pre, int normal) {
            return new Settings(pre, normal, hyphenRunTolerance, linePenalty, doubleHyphenDemerits, finalHyphenDemerits,
                    adjDemerits, emergencyStretch, maxHyphenRun, shortLastLineDemerits);
        }
    }

    /** A chosen break: the item index it is at, and the ratio its line was set with. */
    public record Break(int index, double ratio, boolean hyphenated) {
    }

    private static final int INF_BADNESS = 10_000;

    private final Settings settings;

    public KnuthPlassBreaker(Settings settings) {
        this.settings = settings;
    }

    public KnuthPlassBreaker() {
        this(Settings.DEFAULT);
    }

    /**
     * The breaks for {@code items} (which must end with a forced break) on lines
     * {@code firstWidth} wide for the first line and {@code width} for the rest.
     * {@code raggedStretch} is stretch at each line's end (0 when justified): with it and rigid
     * word spaces the same optimisation sets ragged-right text with even line ends.
     */
    public List<Break> breaks(List<Item> items, int firstWidth, int width, int raggedStretch) {
        return breaks(items, firstWidth, width, raggedStretch, Protrusion.NONE);
    }

    /** As above, each line's measure widened by what its ends may hang out ({@link Protrusion}). */
    public List<Break> breaks(List<Item> items, int firstWidth, int width, int raggedStretch, Protrusion protrusion) {
        return breaks(items, firstWidth, width, raggedStretch, protrusion, 0);
    }

    /**
     * As above, each line's glyphs able to stretch and shrink by {@code expansion} thousandths of
     * their width too (font expansion, as pdfTeX's microtype does it), besides its spaces.
     */
    public List<Break> breaks(List<Item> items, int firstWidth, int width, int raggedStretch, Protrusion protrusion,
                              int expansion) {
        if (items.isEmpty()) {
            return List.of();
        }
        Node chosen = choose(items, firstWidth, width, raggedStretch, protrusion, expansion, true);
        return breaks(chosen);
    }

    /**
     * As above, but {@code null} where no setting keeps every line within the tolerances (the
     * emergency pass's work): for a caller with a better fallback, as ragged-right is for a
     * narrow measure.
     */
    public List<Break> breaksWithinTolerance(List<Item> items, int firstWidth, int width, int raggedStretch,
                                             Protrusion protrusion, int expansion) {
        if (items.isEmpty()) {
            return List.of();
        }
        Node chosen = choose(items, firstWidth, width, raggedStretch, protrusion, expansion, false);
        return chosen == null ? null : breaks(chosen);
    }

    private Node choose(List<Item> items, int firstWidth, int width, int raggedStretch, Protrusion protrusion,
                        int expansion, boolean emergency) {
        Sums sums = new Sums(items, expansion);
        Node first = settings.pretolerance() < 0 ? null
                : run(items, sums, firstWidth, width, raggedStretch, protrusion, settings.pretolerance(), false, 0,
                false, true);
        // The first pass's best may end in a line too short to look finished; the hyphenating
        // pass may do better, and demerits compare across the two (the same costs, plus hyphens').
        if (first != null && !first.shortLast) {
            return first;
        }
        // Within the tolerance, then spaces a little looser where that keeps the hyphens' limit;
        // only then a ladder of hyphens, rather than the last pass's loose lines.
        int[] tolerances = settings.hyphenRunTolerance() > settings.tolerance()
                ? new int[] {settings.tolerance(), settings.hyphenRunTolerance()} : new int[] {settings.tolerance()};
        Node second = null;
        for (int pass = 0; second == null && pass < 2 * tolerances.length; pass++) {
            int tolerance = tolerances[pass % tolerances.length];
            second = run(items, sums, firstWidth, width, raggedStretch, protrusion, tolerance, true, 0, false,
                    pass < tolerances.length);
        }
        if (first != null && (second == null || first.demerits <= second.demerits)) {
            return first;
        }
        if (second != null || !emergency) {
            return second;
        }
        return run(items, sums, firstWidth, width, raggedStretch, protrusion, INF_BADNESS, true,
                settings.emergencyStretch(), true, false);
    }

    private static List<Break> breaks(Node chosen) {
        List<Break> breaks = new ArrayList<>();
        for (Node node = chosen; node != null && node.previous != null; node = node.previous) {
            breaks.add(0, new Break(node.index, node.ratio, node.hyphenated));
        }
        return breaks;
    }

    /** Prefix sums of widths, stretch, fil stretch and shrink: item i's line sums in O(1). */
    private static final class Sums {
        final long[] width;
        final long[] stretch;
        final long[] fil;
        final long[] shrink;
        /** What the boxes' glyphs may stretch or shrink by (font expansion), as a prefix sum. */
        final long[] expand;
        /** Font expansion in thousandths, for a line's hyphen, which no box holds. */
        final int expansion;
        /**
         * No negative width or stretch: then a line from a later break is never longer nor more
         * stretchable than one from an earlier break to the same place.
         */
        final boolean monotone;

        Sums(List<Item> items, int expansion) {
            int n = items.size();
            width = new long[n + 1];
            stretch = new long[n + 1];
            fil = new long[n + 1];
            shrink = new long[n + 1];
            expand = new long[n + 1];
            this.expansion = expansion;
            boolean nonNegative = true;
            for (int i = 0; i < n; i++) {
                Item item = items.get(i);
                width[i + 1] = width[i];
                stretch[i + 1] = stretch[i];
                fil[i + 1] = fil[i];
                shrink[i + 1] = shrink[i];
                expand[i + 1] = expand[i];
                if (item instanceof Item.Box box) {
                    width[i + 1] += box.width();
                    expand[i + 1] += (long) box.width() * expansion / 1000;
                    nonNegative &= box.width() >= 0;
                } else if (item instanceof Item.Glue glue) {
                    nonNegative &= glue.width() >= 0 && glue.stretch() >= 0;
                    width[i + 1] += glue.width();
                    if (glue.fil()) {
                        fil[i + 1] += glue.stretch() / Item.FIL;
                    } else {
                        stretch[i + 1] += glue.stretch();
                    }
                    shrink[i + 1] += glue.shrink();
                }
            }
            monotone = nonNegative;
        }
    }

    private static final class Node {
        final int index;        // item index of the break; -1 for the paragraph's start
        final int line;         // lines before this break
        final int fitness;
        final boolean hyphenated;
        final int hyphens;      // hyphenated line ends in a row, this one's included
        final int after;        // first item index the next line starts with (sums from here)
        final double demerits;
        final double ratio;
        final Node previous;
        /** For the paragraph's end: whether its last line is short (see {@link Settings#shortLastLineDemerits}). */
        boolean shortLast;

        Node(int index, int line, int fitness, boolean hyphenated, int after, double demerits, double ratio,
             Node previous) {
            this.index = index;
            this.line = line;
            this.fitness = fitness;
            this.hyphenated = hyphenated;
            this.hyphens = !hyphenated ? 0 : previous == null ? 1 : previous.hyphens + 1;
            this.after = after;
            this.demerits = demerits;
            this.ratio = ratio;
            this.previous = previous;
        }
    }

    private Node run(List<Item> items, Sums sums, int firstWidth, int width, int raggedStretch, Protrusion protrusion,
                     int tolerance, boolean hyphens, int background, boolean emergency, boolean limitHyphens) {
        List<Node> active = new ArrayList<>();
        active.add(new Node(-1, 0, 1, false, 0, 0, 0, null));
        int n = items.size();
        // per fitness class and run of hyphens before it, the best new break at item i; reused
        int runs = settings.maxHyphenRun() + 1;
        Node[] best = new Node[4 * runs];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            int penalty = 0;
            int penaltyWidth = 0;
            boolean flagged = false;
            if (item instanceof Item.Glue) {
                if (i == 0 || !(items.get(i - 1) instanceof Item.Box)) {
                    continue;
                }
            } else if (item instanceof Item.Penalty p) {
                if (p.penalty() >= Item.INFINITY || (!hyphens && p.discretionary())) {
                    continue;
                }
                penalty = p.penalty();
                penaltyWidth = p.width();
                flagged = p.flagged();
            } else {
                continue;
            }
            boolean forced = penalty <= -Item.INFINITY;
            boolean last = i == n - 1;
            Arrays.fill(best, null);
            int after = -1; // where the next line starts, found once a break here is feasible
            Node lastDeactivated = null;
            double lastDeactivatedRatio = 0;
            for (int a = 0; a < active.size(); a++) {
                Node node = active.get(a);
                // A later node's line to here is shorter by at least a box, which outweighs any
                // difference in what its start may hang out: the early exit below still holds.
                int lineWidth = (node.line == 0 ? firstWidth : width) + protrusion.right(i) + protrusion.left(node.after);
                long natural = sums.width[i] - sums.width[node.after] + penaltyWidth;
                long expand = sums.expand[i] - sums.expand[node.after] + (long) penaltyWidth * sums.expansion / 1000;
                long stretch = sums.stretch[i] - sums.stretch[node.after] + expand + raggedStretch + background;
                long fil = sums.fil[i] - sums.fil[node.after];
                long shrink = sums.shrink[i] - sums.shrink[node.after] + expand;
                double ratio;
                if (natural < lineWidth) {
                    if (fil > 0) {
                        ratio = 0;
                    } else if (stretch > 0) {
                        ratio = (double) (lineWidth - natural) / stretch;
                    } else {
                        ratio = Double.POSITIVE_INFINITY;
                    }
                } else if (natural > lineWidth) {
                    ratio = shrink > 0 ? (double) (lineWidth - natural) / shrink : Double.NEGATIVE_INFINITY;
                } else {
                    ratio = 0;
                }
                // Beyond a ratio of 1 the glyphs are at their widest and the spaces take the rest:
                // a line is as loose as its spaces look.
                int badness = badness(ratio > 1 && expand > 0 && stretch > expand
                        ? ratio + (ratio - 1) * expand / (double) (stretch - expand) : ratio);
                if (badness > tolerance && natural < lineWidth && fil == 0 && !forced && node.line > 0
                        && sums.monotone) {
                    // Too short to fill, so are the lines from every later node (the list is in
                    // break order, and those lines are parts of this one): none can end here.
                    break;
                }
                if (ratio < -1 || forced) {
                    active.remove(a--);
                    if (ratio < -1) {
                        lastDeactivated = node;
                        lastDeactivatedRatio = ratio;
                    }
                }
                boolean ladder = flagged && node.hyphens >= settings.maxHyphenRun() && limitHyphens;
                if (ratio >= -1 && badness <= tolerance && !ladder) {
                    double demerits = demerits(badness, penalty, flagged && node.hyphenated);
                    if (last && node.hyphenated) {
                        demerits += settings.finalHyphenDemerits();
                    }
                    boolean shortLast = last && node.line > 0 && 4 * (natural - penaltyWidth) < lineWidth;
                    if (shortLast) {
                        demerits += settings.shortLastLineDemerits();
                    }
                    int fitness = fitness(ratio);
                    if (Math.abs(fitness - node.fitness) > 1) {
                        demerits += settings.adjDemerits();
                    }
                    double total = node.demerits + demerits;
                    int run = flagged ? Math.min(node.hyphens + 1, runs - 1) : 0;
                    int slot = fitness * runs + run;
                    if (best[slot] == null || total < best[slot].demerits) {
                        if (after < 0) {
                            after = after(items, i);
                        }
                        // The emergency stretch only judges the line; it is set full with the spaces' own.
                        long own = stretch - background;
                        double set = background > 0 && natural < lineWidth && own > 0 && fil == 0
                                ? (double) (lineWidth - natural) / own : ratio;
                        best[slot] = new Node(i, node.line + 1, fitness, flagged, after, total, set, node);
                        best[slot].shortLast = shortLast;
                    }
                }
            }
            boolean any = false;
            for (Node candidate : best) {
                any |= candidate != null;
            }
            if (!any && active.isEmpty() && emergency) {
                // Nothing fits: keep the paragraph going with an overfull line from the node
                // dropped last, rather than lose it.
                Node from = lastDeactivated != null ? lastDeactivated : null;
                if (from != null) {
                    best[0] = new Node(i, from.line + 1, 0, flagged, after(items, i),
                            from.demerits + demerits(INF_BADNESS, penalty, false), lastDeactivatedRatio, from);
                    any = true;
                }
            }
            if (any) {
                for (Node candidate : best) {
                    if (candidate != null) {
                        active.add(candidate);
                    }
                }
            }
            if (active.isEmpty()) {
                return null;
            }
        }
        Node chosen = null;
        for (Node node : active) {
            if (node.index == n - 1 && (chosen == null || node.demerits < chosen.demerits)) {
                chosen = node;
            }
        }
        return chosen;
    }

    /** Index of the first item of the line after a break at {@code i}: glue and penalties go. */
    static int after(List<Item> items, int i) {
        int j = i + 1;
        while (j < items.size()) {
            Item item = items.get(j);
            if (item instanceof Item.Box || (item instanceof Item.Penalty p && p.forced())) {
                break;
            }
            j++;
        }
        return j;
    }

    private double demerits(int badness, int penalty, boolean doubleHyphen) {
        double base = settings.linePenalty() + badness;
        double demerits = base * base;
        if (penalty > 0) {
            demerits += (double) penalty * penalty;
        } else if (penalty > -Item.INFINITY) {
            demerits -= (double) penalty * penalty;
        }
        if (doubleHyphen) {
            demerits += settings.doubleHyphenDemerits();
        }
        return demerits;
    }

    static int badness(double ratio) {
        if (Double.isInfinite(ratio)) {
            return INF_BADNESS;
        }
        double b = 100 * Math.abs(ratio * ratio * ratio);
        return b > INF_BADNESS ? INF_BADNESS : (int) Math.round(b);
    }

    /** 0 tight, 1 decent, 2 loose, 3 very loose (TeX's fitness classes). */
    static int fitness(double ratio) {
        if (ratio < -0.5) {
            return 0;
        }
        if (ratio <= 0.5) {
            return 1;
        }
        if (ratio <= 1) {
            return 2;
        }
        return 3;
    }
}
