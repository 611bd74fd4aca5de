package dev.galley.render.pdf.page;

import dev.galley.core.labels.Labels;
import dev.galley.core.model.Inline;
import dev.galley.core.model.PageNames;
import dev.galley.core.style.Palette;
import dev.galley.core.text.LocalTypography;
import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.font.TypeFaces;
import dev.galley.render.pdf.hyphen.Hyphenator;
import dev.galley.render.pdf.line.KnuthPlassBreaker;
import dev.galley.render.pdf.line.ParagraphSetter;
import dev.galley.render.pdf.text.GlyphFallback;
import dev.galley.render.pdf.text.Reporter;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.RunBuilder;
import dev.galley.render.pdf.text.Style;

import java.util.List;

/**
 * What every setter of one briefing's layout reads and none changes: the house style (its
 * {@link Measures}, {@link Palette}, {@link TypeFaces} and words), the language's typography, and
 * the machinery that turns text into lines.
 *
 * @param typography where the language forbids breaking at a space ("4 800", "62 %", "Quoi ?")
 * @param lines      sets the lines of Galley's own words, and breaks runs greedily
 * @param setter     sets the briefing's paragraphs
 * @param hyphenator the language's, or null where Galley has no patterns for it
 * @param pages      the page names links to other briefings reach
 * @param reporter   where a setter says what it had to change (a chart too tall for a page)
 */
record LayoutContext(FontMetrics fonts, TypeFaces faces, Measures m, Palette colours, Labels labels,
                     LocalTypography typography, GlyphFallback fallback, Lines lines, ParagraphSetter setter,
                     Hyphenator hyphenator, ImageCatalog images, PageNames pages, PageGeometry geometry,
                     Reporter reporter) {

    static LayoutContext of(FontMetrics fonts, Reporter reporter, PageGeometry geometry, ImageCatalog images,
                            Hyphenator hyphenator, Labels labels, LocalTypography typography, PageNames pages,
                            Palette colours, Measures measures, TypeFaces faces) {
        GlyphFallback fallback = new GlyphFallback(fonts, reporter, faces);
        // the narrow space where the text face has one; else a full no-break space, not a fallback face's
        LocalTypography spaced = fonts.hasGlyph(faces.body(), LocalTypography.NARROW_NO_BREAK_SPACE) ? typography
                : typography.withNarrowSpace(LocalTypography.NO_BREAK_SPACE);
        return new LayoutContext(fonts, faces, measures, colours, labels, spaced, fallback, new Lines(fonts, fallback),
                new ParagraphSetter(fonts, KnuthPlassBreaker.Settings.DEFAULT, measures.type.protrusion(),
                        measures.type.expansion() ? ParagraphSetter.EXPANSION : 0), hyphenator,
                images, pages, geometry, reporter);
    }

    /** A style of {@code face} at {@code size} in the house style's text colour. */
    Style styleOf(FontFace face, float size) {
        return Style.of(face, size).withColor(colours.text().rgb());
    }

    /** The runs of {@code inlines} set in {@code style}, links in the house style's colour. */
    List<Run> runs(List<Inline> inlines, Style style) {
        return RunBuilder.build(inlines, style, fallback, typography, pages, colours.link().rgb());
    }

    /** Indents stop where they would leave less of the measure than this (see {@link Frame#indent}). */
    float minWidth() {
        return geometry.measure() * m.minWidthShare;
    }

    /** The running text of the body: the body's face, size and leading, and the space between its blocks. */
    Column.Text bodyText() {
        return new Column.Text(styleOf(faces.body(), m.body.size()), m.body.leading(), m.blockSpace);
    }
}
