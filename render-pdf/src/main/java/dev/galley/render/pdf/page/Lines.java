package dev.galley.render.pdf.page;

import dev.galley.core.model.SourcePos;
import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.line.GreedyLineBreaker;
import dev.galley.render.pdf.line.ItemBuilder;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.GlyphFallback;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of text Galley writes itself (site name, byline, page numbers), set the way every setter
 * of the layout sets them: glyphs a face lacks from the fallback faces, broken greedily; and the
 * greedy breaking of the setters' own runs (markers, code, text standing in for an image).
 */
final class Lines {

    private final FontMetrics fonts;
    private final GlyphFallback fallback;
    private final GreedyLineBreaker breaker;

    Lines(FontMetrics fonts, GlyphFallback fallback) {
        this.fonts = fonts;
        this.fallback = fallback;
        this.breaker = new GreedyLineBreaker(fonts);
    }

    /** The runs of generated {@code text} in {@code style}. */
    List<Run> generated(String text, Style style) {
        List<Run> runs = new ArrayList<>();
        GlyphFallback.RunList list = new GlyphFallback.RunList(runs);
        fallback.appendGenerated(text, SourcePos.START, style, list);
        return list.flush();
    }

    /** The first line of {@code text} set {@code measure} wide (an empty line for no text). */
    Line first(String text, Style style, float measure) {
        return first(generated(text, style), measure);
    }

    /** The first line of {@code runs} set {@code measure} wide (an empty line for none). */
    Line first(List<Run> runs, float measure) {
        List<Line> lines = prose(runs, measure);
        return lines.isEmpty() ? new Line(List.of(), 0) : lines.get(0);
    }

    /** {@code runs} of prose broken into lines {@code measure} wide. */
    List<Line> prose(List<Run> runs, float measure) {
        return breaker.breakLines(ItemBuilder.prose(runs, fonts), measure);
    }

    /** {@code runs} of preformatted text (its spaces kept) broken into lines {@code measure} wide. */
    List<Line> preformatted(List<Run> runs, float measure) {
        return breaker.breakLines(ItemBuilder.preformatted(runs, fonts), measure);
    }

    /** Baseline below a line's top that centres the face's extent in the line height. */
    float baseline(Style style, float lineHeight) {
        float ascent = fonts.ascent(style.face(), style.size());
        float descent = fonts.descent(style.face(), style.size());
        return (lineHeight - ascent - descent) / 2 + ascent;
    }

    static List<Fragment> shift(List<Fragment> fragments, float dx) {
        List<Fragment> shifted = new ArrayList<>(fragments.size());
        for (Fragment fragment : fragments) {
            shifted.add(fragment.shift(dx));
        }
        return shifted;
    }
}
