package dev.galley.render.pdf.page;

import dev.galley.core.model.Block;
import dev.galley.core.style.CalloutColours;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets callouts: a tinted box with a rule of its kind's colour down the left, a bold title (the
 * callout's own, or its kind's label) and then its blocks, kept on one page when it fits on one.
 * The box is drawn as backgrounds of its lines, so it is an artifact like every rule.
 */
final class CalloutSetter {

    private final LayoutContext c;
    private final BlockWalk walk;

    CalloutSetter(LayoutContext c, BlockWalk walk) {
        this.c = c;
        this.walk = walk;
    }

    void callout(Column column, Block.Callout callout) {
        Measures m = c.m();
        column.flushInlineMarker();
        column.space(column.text.blockSpace());
        Frame outer = column.frame;
        column.emitLine(m.calloutPadding, 0, List.of(), List.of(), false, false);
        int start = column.items().size() - 1;
        column.frame = outer.inset(m.calloutPadding, c.minWidth());
        Column.Text outerText = column.text;
        column.text = outerText.withBlockSpace(m.blockSpace);
        CalloutColours.Pair colours = c.colours().callouts().of(callout.kind());
        Style title = c.styleOf(c.faces().headings().bold(), m.calloutTitle).withColor(colours.colour().rgb());
        List<Run> titleRuns = callout.title().isPresent()
                ? c.runs(callout.title().get(), title)
                : c.lines().generated(c.labels().text(callout.kind().labelKey()), title);
        List<Line> titleLines = c.setter().set(titleRuns, column.frame.width(), title.size(), null, false);
        column.within(Origin.Kind.PARAGRAPH, callout, () -> column.emitLines(titleLines, title,
                outerText.leading(), Column.Align.LEFT, true, List.of()));
        column.lockSpace(m.tightSpace);
        walk.blocks(column, callout.blocks());
        column.frame = outer;
        column.text = outerText;
        column.unlockSpace();
        column.emitLine(m.calloutPadding, 0, List.of(), List.of(), false, false);
        box(column, start, outer, colours.colour().rgb(), colours.background().rgb());
    }

    /**
     * Draws a box behind the items from {@code start} on: the space between its blocks becomes
     * tinted lines of the same height, so the box has no gaps, and every line gets the tint and
     * the rule behind what it had (a code block's own background stays on top). The lines keep
     * together when the box is no taller than a page.
     */
    private void box(Column column, int start, Frame box, int rule, int tint) {
        List<VItem> items = column.items();
        float height = 0;
        for (int i = start; i < items.size(); i++) {
            height += items.get(i).height();
        }
        boolean keep = height <= c.geometry().bodyHeight();
        for (int i = start; i < items.size(); i++) {
            VItem item = items.get(i);
            boolean last = i == items.size() - 1;
            VItem boxed = item;
            if (item instanceof VItem.Space space) {
                boxed = new VItem.LineBox(space.height(), 0, List.of(), List.of(), false, "");
            }
            if (boxed instanceof VItem.LineBox line) {
                List<Rect> rects = new ArrayList<>();
                rects.add(new Rect(box.left(), 0, box.width(), line.height(), tint));
                rects.add(new Rect(box.left(), 0, c.m().calloutRule, line.height(), rule));
                rects.addAll(line.rects());
                boxed = new VItem.LineBox(line.height(), line.baseline(), line.fragments(), rects,
                        line.keepWithNext() || (keep && !last), line.anchor(), line.origin(), line.parts());
            } else if (boxed instanceof VItem.ImageBox image && keep && !last) {
                boxed = new VItem.ImageBox(image.x(), image.width(), image.height(), image.source(), true, image.origin());
            }
            if (boxed != item) {
                column.replace(i, boxed);
            }
        }
    }
}
