package dev.galley.render.pdf.page;

import dev.galley.core.model.Block;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;

/** Sets paragraphs: the briefing's, in the running text, and Galley's own words (site name, byline). */
final class TextSetter {

    private final LayoutContext c;

    TextSetter(LayoutContext c) {
        this.c = c;
    }

    /** A paragraph of the briefing; {@code afterParagraph} when it follows one (indented paragraphs are then indented). */
    void paragraph(Column column, Block.Paragraph paragraph, boolean afterParagraph) {
        Style body = column.text.body();
        // An indented paragraph is set apart from the one before by its indent alone.
        boolean indent = c.m().indented() && afterParagraph && !column.inlineMarkerPending();
        column.space(indent ? 0 : column.text.blockSpace());
        List<Run> runs = c.runs(paragraph.inlines(), body);
        String marker = "";
        if (column.inlineMarkerPending()) {
            List<Run> inlineMarker = column.takeInlineMarker();
            List<Run> withMarker = new ArrayList<>(inlineMarker);
            for (Run run : inlineMarker) {
                marker += run.text();
            }
            withMarker.add(Run.text(" ", body));
            withMarker.addAll(runs);
            runs = withMarker;
        }
        // Justified only with hyphenation: without it, justified lines open rivers of space.
        List<Line> lines = c.setter().set(runs, column.frame.width(), body.size(), c.hyphenator(),
                c.hyphenator() != null, indent ? c.m().paragraphIndent : 0);
        column.emitParagraph(lines, body, column.text.leading(), labelFragments(lines, marker.strip()));
    }

    /** How many fragments of the first line spell {@code marker} (set in front of the text), or 0. */
    private static int labelFragments(List<Line> lines, String marker) {
        if (marker.isEmpty() || lines.isEmpty()) {
            return 0;
        }
        StringBuilder text = new StringBuilder();
        List<Fragment> fragments = lines.get(0).fragments();
        for (int f = 0; f < fragments.size(); f++) {
            text.append(fragments.get(f).text());
            if (text.toString().strip().equals(marker)) {
                return f + 1;
            }
            if (text.length() > marker.length() + 1) {
                return 0;
            }
        }
        return 0;
    }

    /** Generated text (site name, byline) as a paragraph of its own. */
    void paragraphBlock(Column column, String text, Style style, float lineHeight) {
        column.within(Origin.Kind.PARAGRAPH, text, () -> textBlock(column, text, style, lineHeight, false));
    }

    /** Generated text set ragged, unhyphenated, in the current origin. */
    void textBlock(Column column, String text, Style style, float lineHeight, boolean keep) {
        column.emitLines(c.setter().set(c.lines().generated(text, style), column.frame.width(), style.size(), null,
                false), style, lineHeight, Column.Align.LEFT, keep, List.of());
    }
}
