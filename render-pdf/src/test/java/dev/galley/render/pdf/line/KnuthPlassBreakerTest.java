package dev.galley.render.pdf.line;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breaker on bare box/glue/penalty lists. The "frog king" paragraph is the example of Knuth
 * and Plass's paper (Digital Typography, pp. 75–82), with its published widths in machine units
 * (1/18 em), spaces 6 wide stretching 3 and shrinking 2 (after commas 6/4/2, semicolons 6/4/1,
 * full stops 8/6/1), hyphen breaks 6 wide at cost 50, and a first line 18 units shorter (the
 * paragraph indent). The paper sets it at tolerance ρ = 1 (badness 100), hyphenation allowed.
 */
class KnuthPlassBreakerTest {

    /** Words with their widths; '|' marks a hyphenation point, its pieces' widths joined by '|'. */
    private static final String FROG_KING = String.join(" ",
            "In:16 olden:42 times:42 when:41 wish|ing:35|24 still:29 helped:51 one,:32 there:40 lived:37",
            "a:9 king:34 whose:47 daugh|ters:48|29 were:36 all:19 beau|ti|ful;:37|12|26 and:29 the:25",
            "young|est:48|22 was:29 so:16 beau|ti|ful:37|12|21 that:33 the:25 sun:27 it|self,:12|31",
            "which:46 has:26 seen:33 so:16 much,:48 was:29 aston|ished:42|40 when|ever:41|32 it:12",
            "shone:44 in:15 her:25 face.:36 Close:42 by:20 the:25 king's:46 castle:44 lay:24 a:9",
            "great:40 dark:36 for|est,:22|27 and:29 un|der:20|25 an:19 old:24 lime-tree:39-30 in:15",
            "the:25 for|est:22|22 was:29 a:9 well,:36 and:29 when:41 the:25 day:29 was:29 very:34",
            "warm,:49 the:25 king's:46 child:38 went:38 out:26 into:31 the:25 for|est:22|22 and:29",
            "sat:23 down:42 by:20 the:25 side:30 of:15 the:25 cool:31 foun|tain;:35|36 and:29 when:41",
            "she:25 was:29 bored:44 she:25 took:35 a:9 golden:51 ball,:34 and:29 threw:45 it:12 up:20",
            "on:19 high:34 and:29 caught:53 it;:17 and:29 this:29 ball:29 was:29 her:25",
            "favor|ite:40|20 play|thing.:34|46");

    /** The paper's machine units, as points (so that dumps show spaces). */
    private static final int U = Sp.ONE_POINT;

    static List<Item> frogKing() {
        List<Item> items = new ArrayList<>();
        String[] words = FROG_KING.split(" ");
        for (int w = 0; w < words.length; w++) {
            String[] parts = words[w].split(":");
            String text = parts[0];
            if (text.contains("-")) { // the explicit hyphen of lime-tree: a break at no width
                String[] widths = parts[1].split("-");
                items.add(new Item.Box(U * Integer.parseInt(widths[0]), "lime-", null));
                items.add(new Item.Penalty(0, 50, true, null));
                items.add(new Item.Box(U * Integer.parseInt(widths[1]), "tree", null));
            } else {
                String[] pieces = text.split("\\|");
                String[] widths = parts[1].split("\\|");
                for (int p = 0; p < pieces.length; p++) {
                    if (p > 0) {
                        items.add(new Item.Penalty(6 * U, 50, true, new Item.Box(6 * U, "-", null)));
                    }
                    items.add(new Item.Box(U * Integer.parseInt(widths[p]), pieces[p], null));
                }
            }
            if (w < words.length - 1) {
                char end = text.charAt(text.length() - 1);
                items.add(switch (end) {
                    case ',' -> new Item.Glue(6 * U, 4 * U, 2 * U);
                    case ';' -> new Item.Glue(6 * U, 4 * U, U);
                    case '.' -> new Item.Glue(8 * U, 6 * U, U);
                    default -> new Item.Glue(6 * U, 3 * U, 2 * U);
                });
            }
        }
        items.add(Item.Penalty.FORBID);
        items.add(new Item.Glue(0, Item.FIL, 0));
        items.add(Item.Penalty.FORCE);
        return items;
    }

    /** The paper's setting: one pass at ρ = 1, hyphens allowed. */
    private static final KnuthPlassBreaker.Settings PAPER =
            new KnuthPlassBreaker.Settings(-1, 100, 0, 10, 10_000, 5_000, 10_000, 0, 2, 0);

    private static List<String> text(List<Item> items, List<KnuthPlassBreaker.Break> breaks) {
        List<String> lines = new ArrayList<>();
        for (Line line : LineSetter.set(items, breaks, true)) {
            lines.add(line.text());
        }
        return lines;
    }

    @Test
    void setsTheFrogKingNarrowAsInThePaper() {
        List<Item> items = frogKing();
        List<KnuthPlassBreaker.Break> breaks = new KnuthPlassBreaker(PAPER).breaks(items, 372 * U, 390 * U, 0);
        assertEquals(List.of(
                "In olden times when wishing still helped one,",
                "there lived a king whose daughters were all beau-",
                "tiful; and the youngest was so beautiful that the",
                "sun itself, which has seen so much, was aston-",
                "ished whenever it shone in her face. Close by the",
                "king's castle lay a great dark forest, and under an",
                "old lime-tree in the forest was a well, and when",
                "the day was very warm, the king's child went out",
                "into the forest and sat down by the side of the",
                "cool fountain; and when she was bored she took a",
                "golden ball, and threw it up on high and caught",
                "it; and this ball was her favorite plaything."), text(items, breaks));
        // The paper's adjustment ratios, line by line.
        double[] ratios = {0.857, 0.0, 0.28, 1.0, 0.067, -0.278, 0.536, -0.167, 0.7, -0.176, 0.357, 0.0};
        for (int i = 0; i < ratios.length; i++) {
            assertEquals(ratios[i], breaks.get(i).ratio(), 0.001, "line " + (i + 1));
        }
    }

    @Test
    void setsTheFrogKingWideAsInThePaper() {
        List<Item> items = frogKing();
        List<KnuthPlassBreaker.Break> breaks = new KnuthPlassBreaker(PAPER).breaks(items, 482 * U, 500 * U, 0);
        assertEquals(List.of(
                "In olden times when wishing still helped one, there lived a",
                "king whose daughters were all beautiful; and the youngest was",
                "so beautiful that the sun itself, which has seen so much, was",
                "astonished whenever it shone in her face. Close by the king's",
                "castle lay a great dark forest, and under an old lime-tree in the",
                "forest was a well, and when the day was very warm, the king's",
                "child went out into the forest and sat down by the side of the",
                "cool fountain; and when she was bored she took a golden ball,",
                "and threw it up on high and caught it; and this ball was her",
                "favorite plaything."), text(items, breaks));
    }

    @Test
    void aFirstPassWithoutHyphensIsPreferredWhenItIsGoodEnough() {
        List<Item> items = frogKing();
        KnuthPlassBreaker.Settings tex = KnuthPlassBreaker.Settings.DEFAULT;
        List<KnuthPlassBreaker.Break> breaks = new KnuthPlassBreaker(tex).breaks(items, 482 * U, 500 * U, 0);
        for (KnuthPlassBreaker.Break brk : breaks) {
            assertTrue(!brk.hyphenated(), "no hyphens when spacing is fine without them");
            assertTrue(brk.ratio() <= 1.0 && brk.ratio() >= -1, "ratio " + brk.ratio());
        }
    }

    @Test
    void everyLineFitsEvenWhenNothingFitsWell() {
        // Boxes 30 wide on lines 50 wide, spaces that cannot stretch: the emergency pass must
        // still produce lines, none overfull.
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i > 0) {
                items.add(new Item.Glue(5, 0, 0));
            }
            items.add(new Item.Box(30, "w" + i, null));
        }
        items.add(Item.Penalty.FORBID);
        items.add(new Item.Glue(0, Item.FIL, 0));
        items.add(Item.Penalty.FORCE);
        List<Line> lines = LineSetter.set(items, new KnuthPlassBreaker().breaks(items, 50, 50, 0), true);
        assertEquals(20, lines.size());
        for (Line line : lines) {
            assertTrue(line.width() <= 50, line.text());
        }
    }

    @Test
    void twoHyphensInARowCostDoubleHyphenDemerits() {
        // "aaaa-bbbb aaaa-bbbb" on 6-wide lines: only hyphen breaks fit. Without the demerits
        // two consecutive hyphens are fine; the breaker still must use them (no other way).
        List<Item> items = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            if (w > 0) {
                items.add(new Item.Glue(1, 1, 0));
            }
            items.add(new Item.Box(4, "aaaa", null));
            items.add(new Item.Penalty(1, 50, true, new Item.Box(1, "-", null)));
            items.add(new Item.Box(4, "bbbb", null));
        }
        items.add(Item.Penalty.FORBID);
        items.add(new Item.Glue(0, Item.FIL, 0));
        items.add(Item.Penalty.FORCE);
        List<KnuthPlassBreaker.Break> breaks = new KnuthPlassBreaker(PAPER.withTolerance(-1, 10_000))
                .breaks(items, 5, 5, 0);
        assertEquals(List.of("aaaa-", "bbbb", "aaaa-", "bbbb"), text(items, breaks));
    }

    /**
     * The breaker stops reading its active list at the first line too short to fill, which is
     * right only when no item has a negative width or stretch. A box of -1 and one of +1 at the
     * paragraph's start change no line's length but turn that shortcut off, so the two lists
     * must break alike: on random paragraphs, at every measure, with and without first passes.
     */
    @Test
    void stoppingAtTheFirstTooShortLineChangesNoBreak() {
        java.util.Random random = new java.util.Random(8);
        KnuthPlassBreaker[] breakers = {new KnuthPlassBreaker(), new KnuthPlassBreaker(PAPER),
                new KnuthPlassBreaker(PAPER.withTolerance(-1, 400))};
        int compared = 0;
        for (int paragraph = 0; paragraph < 200; paragraph++) {
            List<Item> items = new ArrayList<>();
            int words = 5 + random.nextInt(120);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    items.add(new Item.Glue(6 * U, 3 * U, 2 * U));
                }
                int pieces = 1 + random.nextInt(3);
                for (int p = 0; p < pieces; p++) {
                    if (p > 0) {
                        items.add(new Item.Penalty(6 * U, 50, true, new Item.Box(6 * U, "-", null)));
                    }
                    items.add(new Item.Box(U * (8 + random.nextInt(40)), "w" + w + "." + p, null));
                }
            }
            items.add(Item.Penalty.FORBID);
            items.add(new Item.Glue(0, Item.FIL, 0));
            items.add(Item.Penalty.FORCE);
            List<Item> exhaustive = new ArrayList<>(items);
            exhaustive.add(0, new Item.Box(U, "+", null));
            exhaustive.add(0, new Item.Box(-U, "-", null));
            int width = U * (150 + random.nextInt(400));
            int first = width - U * random.nextInt(30);
            int ragged = random.nextBoolean() ? 0 : 12 * U;
            for (KnuthPlassBreaker breaker : breakers) {
                List<KnuthPlassBreaker.Break> fast = breaker.breaks(items, first, width, ragged);
                List<KnuthPlassBreaker.Break> slow = breaker.breaks(exhaustive, first, width, ragged);
                assertEquals(slow.size(), fast.size(), "paragraph " + paragraph);
                for (int i = 0; i < fast.size(); i++) {
                    assertEquals(slow.get(i).index() - 2, fast.get(i).index(), "paragraph " + paragraph + ", break " + i);
                    assertEquals(slow.get(i).ratio(), fast.get(i).ratio(), 1e-9);
                }
                compared += fast.size();
            }
        }
        assertTrue(compared > 1_000, compared + " breaks compared");
    }

    /** A paragraph of seeded words of two or three hyphenable pieces, spaces 6/3/2, hyphens 6 wide at 50. */
    private static List<Item> words(long seed, int count) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<Item> items = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            int pieces = 1 + random.nextInt(3);
            for (int p = 0; p < pieces; p++) {
                if (p > 0) {
                    items.add(new Item.Penalty(6 * U, 50, true, new Item.Box(6 * U, "-", null)));
                }
                items.add(new Item.Box(U * (12 + random.nextInt(30)), "w", null));
            }
            if (w < count - 1) {
                items.add(new Item.Glue(6 * U, 3 * U, 2 * U));
            }
        }
        items.add(Item.Penalty.FORBID);
        items.add(new Item.Glue(0, Item.FIL, 0));
        items.add(Item.Penalty.FORCE);
        return items;
    }

    /** The longest run of hyphenated line ends. */
    private static int longestHyphenRun(List<KnuthPlassBreaker.Break> breaks) {
        int longest = 0;
        int run = 0;
        for (KnuthPlassBreaker.Break b : breaks) {
            run = b.hyphenated() ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    @Test
    void fewerLaddersOfHyphensAndNoLooserLinesForThem() {
        KnuthPlassBreaker.Settings plain = KnuthPlassBreaker.Settings.DEFAULT;
        KnuthPlassBreaker.Settings noLimit = new KnuthPlassBreaker.Settings(-1, plain.tolerance(),
                plain.hyphenRunTolerance(), plain.linePenalty(), 0, plain.finalHyphenDemerits(), plain.adjDemerits(),
                plain.emergencyStretch(), 1_000, 0);
        KnuthPlassBreaker.Settings limited = new KnuthPlassBreaker.Settings(-1, plain.tolerance(),
                plain.hyphenRunTolerance(), plain.linePenalty(), 0, plain.finalHyphenDemerits(), plain.adjDemerits(),
                plain.emergencyStretch(), 2, 0);
        int ladders = 0;
        int left = 0;
        for (long seed = 1; seed <= 200; seed++) {
            List<Item> items = words(seed, 120);
            List<KnuthPlassBreaker.Break> free = new KnuthPlassBreaker(noLimit).breaks(items, MEASURE, MEASURE, 0);
            List<KnuthPlassBreaker.Break> breaks = new KnuthPlassBreaker(limited).breaks(items, MEASURE, MEASURE, 0);
            ladders += longestHyphenRun(free) >= 3 ? 1 : 0;
            left += longestHyphenRun(breaks) >= 3 ? 1 : 0;
            // the limit gives way where keeping it would take the last pass's loose lines
            assertTrue(breaks.stream().filter(b -> b.ratio() > 1.26).count()
                    <= free.stream().filter(b -> b.ratio() > 1.26).count(), "seed " + seed + ": no looser lines");
        }
        assertTrue(ladders > 10, "the paragraphs ladder without the limit: " + ladders + " of 200");
        assertTrue(left < ladders, "with it, fewer do: " + left + " of " + ladders);
    }

    @Test
    void aLastLineShorterThanAQuarterOfTheMeasureIsAvoidedWhereItCanBe() {
        KnuthPlassBreaker.Settings plain = KnuthPlassBreaker.Settings.DEFAULT;
        KnuthPlassBreaker.Settings without = new KnuthPlassBreaker.Settings(plain.pretolerance(), plain.tolerance(),
                plain.hyphenRunTolerance(), plain.linePenalty(), plain.doubleHyphenDemerits(),
                plain.finalHyphenDemerits(), plain.adjDemerits(), plain.emergencyStretch(), plain.maxHyphenRun(), 0);
        int shortBefore = 0;
        int shortAfter = 0;
        for (long seed = 1; seed <= 200; seed++) {
            List<Item> items = words(seed, 80);
            shortBefore += shortLastLine(items, new KnuthPlassBreaker(without).breaks(items, MEASURE, MEASURE, 0)) ? 1 : 0;
            shortAfter += shortLastLine(items, new KnuthPlassBreaker(plain).breaks(items, MEASURE, MEASURE, 0)) ? 1 : 0;
        }
        assertTrue(shortBefore > 10, "short last lines without the cost: " + shortBefore);
        // not all: at a tolerance of 200 most of these paragraphs have no other way to end
        assertTrue(shortAfter * 3 < shortBefore * 2, "with it: " + shortAfter + " of " + shortBefore);
    }

    /** A measure of some twelve words. */
    private static final int MEASURE = 400 * U;

    /** Whether the last line's material is narrower than a quarter of {@link #MEASURE}. */
    private static boolean shortLastLine(List<Item> items, List<KnuthPlassBreaker.Break> breaks) {
        int from = breaks.size() < 2 ? 0 : KnuthPlassBreaker.after(items, breaks.get(breaks.size() - 2).index());
        long width = 0;
        for (int i = from; i < items.size(); i++) {
            width += items.get(i) instanceof Item.Box || items.get(i) instanceof Item.Glue g && !g.fil()
                    ? items.get(i).width() : 0;
        }
        return breaks.size() > 1 && width * 4 < MEASURE;
    }
}
