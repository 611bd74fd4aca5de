package dev.galley.render.pdf.page;

import dev.galley.core.labels.LabelKey;
import dev.galley.core.model.Block;
import dev.galley.core.model.Inline;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.GlyphFallback;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sets figures: the image centred at its size within the page, or its text where it cannot be read; its caption below. */
final class FigureSetter {

    /** Images are scaled as if they were 96 dpi screen images. */
    static final float POINTS_PER_PIXEL = 0.75f;
    private static final float MM = 72f / 25.4f;

    private final LayoutContext c;

    FigureSetter(LayoutContext c) {
        this.c = c;
    }

    void figure(Column column, Block.Figure figure) {
        figure(column, figure, c.geometry().bodyHeight() * c.m().figureShare);
    }

    /** The same, the image no taller than {@code maxHeight}. */
    void figure(Column column, Block.Figure figure, float maxHeight) {
        Measures m = c.m();
        Frame frame = column.frame;
        column.flushInlineMarker();
        column.space(column.text.blockSpace());
        Inline.Image image = figure.image();
        Style captionStyle = c.styleOf(c.faces().notes().italic(), m.captions.size());
        Optional<ImageCatalog.Size> size = c.images().size(image.source());
        if (size.isPresent() && size.get().widthPx() > 0 && size.get().heightPx() > 0) {
            float w = Math.min(frame.width(), size.get().widthPx() * POINTS_PER_PIXEL);
            float h = w * size.get().heightPx() / size.get().widthPx();
            if (h > c.geometry().bodyHeight()) {
                c.reporter().warning(image.pos(), "figure-scaled", String.format(Locale.ROOT,
                        "%s is taller than a page at the text width (%.0f mm, the page has %.0f mm), so the PDF"
                                + " sets it at %.0f %% of that size", image.source(), h / MM, c.geometry().bodyHeight() / MM,
                        100f * maxHeight / h));
            }
            if (h > maxHeight) {
                w = w * maxHeight / h;
                h = maxHeight;
            }
            w = Math.max(w, 1);
            h = Math.max(h, 1);
            column.emit(new VItem.ImageBox(frame.left() + (frame.width() - w) / 2, w, h, image.source(),
                    !figure.caption().isEmpty(), column.origin));
        } else {
            String alt = image.alt().isBlank() ? image.source() : image.alt();
            List<Run> runs = new ArrayList<>();
            GlyphFallback.RunList list = new GlyphFallback.RunList(runs);
            c.fallback().append(c.labels().text(LabelKey.IMAGE_TEXT, "alt", alt), image.pos(), captionStyle, false, list);
            column.emitLines(c.lines().prose(list.flush(), frame.width()), captionStyle, m.captions.leading(),
                    Column.Align.CENTER, !figure.caption().isEmpty(), List.of());
        }
        if (!figure.caption().isEmpty()) {
            List<Line> lines = c.setter().set(c.runs(figure.caption(), captionStyle),
                    frame.width() * m.captionShare, m.captions.size(), c.hyphenator(), false);
            column.emit(new VItem.Space(m.captionSpace));
            column.within(Origin.Kind.CAPTION, figure, () -> column.emitLines(lines, captionStyle,
                    m.captions.leading(), Column.Align.CENTER, false, List.of()));
        }
    }
}
