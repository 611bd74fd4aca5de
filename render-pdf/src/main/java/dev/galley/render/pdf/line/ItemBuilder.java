package dev.galley.render.pdf.line;

import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.hyphen.Hyphenator;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Shaper;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Second stage: runs to boxes, glue and penalties, in scaled points. Words are shaped (ligatures,
 * kerning) and cut at the hyphenator's points into boxes joined by discretionary-hyphen penalties;
 * a line may also end after an explicit hyphen, a dash or a slash (compounds and URLs); runs of
 * spaces become one glue. A word wider than the whole measure gets emergency break points between
 * its characters, so that no line has to run past the text block. Every paragraph ends as in TeX:
 * a forbidden break, fil glue and a forced break.
 */
public final class ItemBuilder {

    /**
     * Cost of breaking at a hyphenation point (TeX's \hyphenpenalty, 50 in plain TeX). Higher
     * here: the wide DejaVu face at a 70-character measure otherwise hyphenates every other line.
     */
    public static final int HYPHEN_PENALTY = 100;
    /** Cost of breaking after an explicit hyphen or dash (TeX's \exhyphenpenalty). */
    public static final int EX_HYPHEN_PENALTY = 50;
    /** Cost of breaking after a slash: fine in URLs and paths, worse than a space. */
    public static final int SLASH_PENALTY = 100;
    /** Cost of breaking a web address after one of {@link #ADDRESS_BREAKS}: about a space's. */
    public static final int ADDRESS_PENALTY = 10;
    /** Where a web address may break, without a hyphen: after its separators. */
    static final String ADDRESS_BREAKS = "/.-_?&=#";
    /** The stretch, in ems, of a line that ends inside a web address (TeX's ragged right: 2 em). */
    static final float ADDRESS_STRETCH_EMS = 2f;
    /** Cost of an emergency break inside an over-long word: high, but legal. */
    public static final int EMERGENCY_PENALTY = 5_000;

    /**
     * How a paragraph is set.
     *
     * @param hyphenator the language's patterns, or null for none
     * @param justify    justified (stretchable spaces) or ragged-right (rigid spaces)
     * @param measure    the line width in scaled points, for emergency break points
     */
    public record Options(Hyphenator hyphenator, boolean justify, int measure) {
        public static final Options PLAIN = new Options(null, false, Integer.MAX_VALUE);
    }

    private static final int[] NO_CUTS = new int[0];

    private final FontMetrics fonts;
    private final Options options;
    private final List<Item> items = new ArrayList<>();

    private ItemBuilder(FontMetrics fonts, Options options) {
        this.fonts = fonts;
        this.options = options;
    }

    /** Items of prose without hyphenation, ragged (labels, headings). */
    public static List<Item> prose(List<Run> runs, FontMetrics fonts) {
        return prose(runs, fonts, Options.PLAIN);
    }

    /** Items of a paragraph set with {@code options}. */
    public static List<Item> prose(List<Run> runs, FontMetrics fonts, Options options) {
        ItemBuilder builder = new ItemBuilder(fonts, options);
        for (Run run : runs) {
            if (run.isBreak()) {
                builder.endParagraph();
                continue;
            }
            builder.text(run.text(), run.style());
        }
        builder.endParagraph();
        return builder.items;
    }

    /** Items of code: one box per run, spaces kept inside; lines break only in an emergency. */
    public static List<Item> preformatted(List<Run> runs, FontMetrics fonts) {
        List<Item> items = new ArrayList<>();
        for (Run run : runs) {
            if (run.isBreak()) {
                items.add(Item.Penalty.FORCE);
            } else if (!run.text().isEmpty()) {
                items.add(new Item.Box(Sp.of(fonts.width(run.style().face(), run.text(), run.style().size())),
                        run.text(), run.style()));
            }
        }
        return items;
    }

    private void text(String text, Style style) {
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                space(style);
                i++;
                continue;
            }
            int j = text.indexOf(' ', i);
            if (j < 0) {
                j = text.length();
            }
            word(text.substring(i, j), style);
            i = j;
        }
    }

    private void space(Style style) {
        if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Item.Box)) {
            return; // collapsed, and never at a paragraph's start
        }
        int width = Sp.of(fonts.advance(style.face(), ' ', style.size()));
        // Spaces stretch by a half of their width, as TeX's Computer Modern ones do, and shrink by
        // three tenths, a little less than its third: with font expansion taking its share of a
        // tight line, no space is set under 0.7 of its width.
        items.add(options.justify() ? new Item.Glue(width, width / 2, width * 3 / 10) : new Item.Glue(width, 0, 0));
    }

    /**
     * A web address: cut after its separators, never hyphenated, since a hyphen added to an
     * address changes it. The breaks cost almost nothing and are there in every pass, so a line is
     * never set looser to keep an address whole. In justified text a line that ends inside the
     * address ends ragged instead: each break carries stretch that only a line ending there gets
     * (glue of {@code +S} before the break and {@code -S} after it, which cancel on a line that
     * runs through), since an address has no spaces to stretch.
     */
    private void address(String word, Style style) {
        int ragged = Sp.of(ADDRESS_STRETCH_EMS * style.size());
        int start = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // after "https://" but never between its slashes: "https:/" at a line's end reads as a typo
            boolean betweenSlashes = c == '/' && i + 1 < word.length() && word.charAt(i + 1) == '/';
            if (ADDRESS_BREAKS.indexOf(c) >= 0 && !betweenSlashes && i > start && i + 1 < word.length()) {
                box(word.substring(start, i + 1), style, 0);
                if (options.justify()) {
                    items.add(Item.Penalty.FORBID); // no break at the stretch itself
                    items.add(new Item.Glue(0, ragged, 0, false));
                }
                items.add(new Item.Penalty(0, ADDRESS_PENALTY, false, null));
                if (options.justify()) {
                    items.add(new Item.Glue(0, -ragged, 0, false));
                }
                start = i + 1;
            }
        }
        box(word.substring(start), style, 0);
    }

    /** Whether a word is a web address: it has a scheme's "://" or starts "www.". */
    static boolean isAddress(String word) {
        return word.contains("://") || word.regionMatches(true, 0, "www.", 0, 4);
    }

    /** A word: cut after explicit hyphens, dashes and slashes, then at hyphenation points. */
    private void word(String word, Style style) {
        if (isAddress(word)) {
            address(word, style);
            return;
        }
        int start = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            // Not inside "//" (https://…): a line ending "https:/" reads as a typo.
            boolean doubleSlash = c == '/' && ((i + 1 < word.length() && word.charAt(i + 1) == '/')
                    || (i > 0 && word.charAt(i - 1) == '/'));
            if (isBreakAfter(c) && !doubleSlash && i > start && i + 1 < word.length()) {
                piece(word.substring(start, i + 1), style);
                items.add(new Item.Penalty(0, c == '/' ? SLASH_PENALTY : EX_HYPHEN_PENALTY, c != '/', null));
                start = i + 1;
            }
        }
        piece(word.substring(start), style);
    }

    /** Part of a word between explicit break points: hyphenated where the patterns allow. */
    private void piece(String piece, Style style) {
        int[] cuts = NO_CUTS;
        int count = 0;
        Hyphenator hyphenator = options.hyphenator();
        // A passage in another language would be hyphenated by the wrong patterns: left whole.
        // Pieces shorter than the patterns' margins have no point to find.
        if (hyphenator != null && style.rise() == 0 && style.lang().isEmpty()
                && piece.length() >= hyphenator.leftMin() + hyphenator.rightMin()) {
            int i = 0;
            while (i < piece.length()) {
                if (!Character.isLetter(piece.charAt(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < piece.length() && Character.isLetter(piece.charAt(j))) {
                    j++;
                }
                int[] points = hyphenator.hyphenate(piece.substring(i, j));
                if (points.length > 0) {
                    cuts = Arrays.copyOf(cuts, count + points.length);
                    for (int point : points) {
                        cuts[count++] = i + point;
                    }
                }
                i = j;
            }
        }
        int from = 0;
        Item.Box hyphen = null;
        for (int k = 0; k <= count; k++) {
            int to = k < count ? cuts[k] : piece.length();
            String segment = piece.substring(from, to);
            int boundaryKern = to < piece.length() ? fonts.kern(style.face(), piece.charAt(to - 1), piece.charAt(to)) : 0;
            box(segment, style, boundaryKern);
            if (k < count) {
                if (hyphen == null) {
                    hyphen = new Item.Box(Sp.of(fonts.advance(style.face(), '-', style.size())), "-", style);
                }
                items.add(new Item.Penalty(hyphen.width(), HYPHEN_PENALTY, true, hyphen));
            }
            from = to;
        }
    }

    private void box(String text, Style style, int boundaryKern) {
        if (text.isEmpty()) {
            return;
        }
        String shaped = Shaper.ligate(text, style.face(), fonts);
        int width = Sp.of(fonts.width(style.face(), shaped, style.size()) + boundaryKern * style.size() / 1000f);
        if (width <= options.measure()) {
            items.add(new Item.Box(width, shaped, style));
            return;
        }
        // Emergency break points between the characters of a word wider than the line.
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (i > 0) {
                items.add(new Item.Penalty(0, EMERGENCY_PENALTY, false, null));
            }
            items.add(new Item.Box(Sp.of(fonts.advance(style.face(), cp, style.size())), ch, style));
            i += Character.charCount(cp);
        }
    }

    private void endParagraph() {
        while (!items.isEmpty() && items.get(items.size() - 1) instanceof Item.Glue) {
            items.remove(items.size() - 1);
        }
        items.add(Item.Penalty.FORBID);
        items.add(new Item.Glue(0, Item.FIL, 0));
        items.add(Item.Penalty.FORCE);
    }

    private static boolean isBreakAfter(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '/';
    }
}
