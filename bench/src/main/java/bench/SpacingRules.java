package bench;

import java.util.Arrays;

/**
 * What counts as loose, tight, full, stretched and a hyphen ladder, for the tools that judge
 * Galley's typesetting: {@link Spacing} (from the PDF's glyphs) and {@link Typography} (from the
 * laid-out pages). Defined once here so that their figures stay comparable.
 */
final class SpacingRules {

    /** A line whose mean space ratio is above this is loose. */
    static final double LOOSE = 1.6;
    /** A line whose mean space ratio is below this is tight. */
    static final double TIGHT = 0.7;
    /** How close to the text block's right edge a full line ends, in points. */
    static final float EDGE_TOLERANCE = 0.5f;
    /** Fewer word spaces than this say little about a line's spacing. */
    static final int MIN_SPACES = 3;
    /** A line whose spaces are wider than natural by more than this share was stretched by a justifier. */
    static final double STRETCHED = 0.005;
    /** Hyphens a line may end with: hyphen-minus, U+2010 HYPHEN, U+00AD SOFT HYPHEN. */
    static final String HYPHENS = "-\u2010\u00AD";
    /** This many hyphenated lines in a row within a paragraph make a ladder. */
    static final int LADDER = 3;

    private SpacingRules() {
    }

    /** Whether {@code text} (trailing spaces aside) ends with one of {@link #HYPHENS}. */
    static boolean endsWithHyphen(String text) {
        String stripped = text.stripTrailing();
        return !stripped.isEmpty() && HYPHENS.indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }

    /** Spaces off their natural width, by their mean ratio: a justifier stretched or shrunk them. */
    static boolean offNatural(double meanRatio) {
        return Math.abs(meanRatio - 1) > STRETCHED;
    }

    /**
     * Runs of hyphenated lines within one paragraph, fed line by line in reading order: the
     * longest run, and how many reached {@link #LADDER}.
     */
    static final class HyphenRuns {
        private int run;
        int longest;
        int ladders;

        /** A new paragraph: a run never spans two. */
        void paragraph() {
            run = 0;
        }

        void line(boolean hyphenated) {
            run = hyphenated ? run + 1 : 0;
            longest = Math.max(longest, run);
            if (run == LADDER) {
                ladders++;
            }
        }

        /** Whether the line just fed made its run a ladder (the run's third line). */
        boolean ladderReached() {
            return run == LADDER;
        }
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** Population standard deviation (divided by n). */
    static double sd(double[] values) {
        double m = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - m) * (v - m)).average().orElse(Double.NaN));
    }
}
