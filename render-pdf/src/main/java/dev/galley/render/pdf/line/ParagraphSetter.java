package dev.galley.render.pdf.line;

import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.hyphen.Hyphenator;
import dev.galley.render.pdf.text.Run;

import java.util.List;

/**
 * Runs to set lines: builds the items, breaks them with {@link KnuthPlassBreaker} and sets the
 * lines. Justifies unless the measure is too narrow for even spacing, where it sets ragged-right.
 */
public final class ParagraphSetter {

    /**
     * Measures narrower than this many ems are set ragged-right: with few words a line, justified
     * spaces vary too much between lines (rivers, gaps) to be worth it.
     */
    public static final float MIN_JUSTIFIED_EMS = 22f;
    /**
     * Justified measures narrower than this many ems are set ragged-right where no setting keeps
     * every line within tolerance: a line of few words has too few spaces to take a bad line's
     * slack without gaps.
     */
    public static final float MIN_EVEN_EMS = 30f;
    /** Stretch at the end of a ragged line, in ems: TeX's \raggedright uses 2 em. */
    public static final float RAGGED_STRETCH_EMS = 2f;

    private final FontMetrics fonts;
    private final KnuthPlassBreaker breaker;
    /** Whether justified lines' punctuation hangs into the margins ({@link Protrusion}). */
    private final boolean protrude;
    /** How far justified lines' glyphs may be widened or narrowed, in thousandths (font expansion). */
    private final int expansion;

    public ParagraphSetter(FontMetrics fonts, KnuthPlassBreaker.Settings settings, boolean protrude, int expansion) {
        this.fonts = fonts;
        this.breaker = new KnuthPlassBreaker(settings);
        this.protrude = protrude;
        this.expansion = expansion;
    }

    public ParagraphSetter(FontMetrics fonts) {
        this(fonts, KnuthPlassBreaker.Settings.DEFAULT, true, EXPANSION);
    }

    /** Galley's font expansion: glyphs within ±2 % of their width, as microtype's default allows. */
    public static final int EXPANSION = 20;

    /**
     * Sets {@code runs} on lines {@code measure} points wide in a face of {@code size} points;
     * {@code justify} asks for justification, granted when the measure is wide enough.
     */
    public List<Line> set(List<Run> runs, float measure, float size, Hyphenator hyphenator, boolean justify) {
        return set(runs, measure, size, hyphenator, justify, 0);
    }

    /** As above, the first line {@code indent} points in (and that much shorter). */
    public List<Line> set(List<Run> runs, float measure, float size, Hyphenator hyphenator, boolean justify,
                          float indent) {
        boolean justified = justify && measure >= MIN_JUSTIFIED_EMS * size;
        List<Line> lines = null;
        if (justified) {
            // A short measure has few spaces to share a line's slack: where only the emergency
            // pass would set it, ragged lines rather than gaps. No looser tolerance first: that
            // would only trade the emergency pass's loose lines for loose lines within it.
            lines = setLines(runs, measure, size, hyphenator, true, indent, measure >= MIN_EVEN_EMS * size);
        }
        if (lines == null) {
            lines = setLines(runs, measure, size, hyphenator, false, indent, true);
        }
        if (indent == 0 || lines.isEmpty()) {
            return lines;
        }
        List<Line> indented = new java.util.ArrayList<>(lines);
        Line first = lines.get(0);
        indented.set(0, new Line(first.fragments().stream().map(f -> f.shift(indent)).toList(), first.width() + indent,
                first.hyphenated(), first.ratio()));
        return indented;
    }

    /** The lines, or {@code null} where {@code emergency} is off and only the emergency pass sets them. */
    private List<Line> setLines(List<Run> runs, float measure, float size, Hyphenator hyphenator, boolean justified,
                                float indent, boolean emergency) {
        int width = Sp.of(measure);
        List<Item> items = ItemBuilder.prose(runs, fonts, new ItemBuilder.Options(hyphenator, justified, width));
        int ragged = justified ? 0 : Sp.of(RAGGED_STRETCH_EMS * size);
        // Protrusion straightens the margins of justified text; ragged lines keep their ends.
        Protrusion protrusion = justified && protrude ? Protrusion.of(items, fonts) : Protrusion.NONE;
        int expand = justified ? expansion : 0;
        int firstWidth = width - Sp.of(indent);
        List<KnuthPlassBreaker.Break> breaks = emergency
                ? breaker.breaks(items, firstWidth, width, ragged, protrusion, expand)
                : breaker.breaksWithinTolerance(items, firstWidth, width, ragged, protrusion, expand);
        return breaks == null ? null : LineSetter.set(items, breaks, justified, protrusion, expand);
    }
}
