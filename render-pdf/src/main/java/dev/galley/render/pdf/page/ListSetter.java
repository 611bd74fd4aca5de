package dev.galley.render.pdf.page;

import dev.galley.core.model.Block;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.Run;

import java.util.List;
import java.util.function.IntFunction;

/** Sets bullet and ordered lists: each item's blocks indented, its marker hanging in the indent. */
final class ListSetter {

    /** Bullets of lists by depth, from the outermost. */
    static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

    private final LayoutContext c;
    private final BlockWalk walk;
    /** How deep the list being set is nested, for its bullet. */
    private int depth;

    ListSetter(LayoutContext c, BlockWalk walk) {
        this.c = c;
        this.walk = walk;
    }

    void bulletList(Column column, Block.BulletList list) {
        String bullet = BULLETS[depth % BULLETS.length];
        list(column, list.items(), list.tight(), i -> bullet);
    }

    void orderedList(Column column, Block.OrderedList list) {
        long start = list.start();
        list(column, list.items(), list.tight(), i -> (start + i) + ".");
    }

    private void list(Column column, List<Block.ListItem> listItems, boolean tight, IntFunction<String> marker) {
        Measures m = c.m();
        column.flushInlineMarker();
        Column.Text outerText = column.text;
        column.space(outerText.blockSpace());
        Frame outer = column.frame;
        Frame inner = outer.indent(m.listIndent, c.minWidth());
        depth++;
        for (int i = 0; i < listItems.size(); i++) {
            Block.ListItem item = listItems.get(i);
            if (i > 0) {
                column.space(tight ? m.tightSpace : outerText.blockSpace());
            }
            List<Run> markerRuns = c.lines().generated(marker.apply(i), outerText.body());
            Line markerLine = c.lines().first(markerRuns, Float.MAX_VALUE);
            float markerX = inner.left() - m.markerGap - markerLine.width();
            if (inner.left() > outer.left() && markerX >= outer.left()) {
                column.hang(Lines.shift(markerLine.fragments(), markerX));
            } else {
                column.setInline(markerRuns);
            }
            column.frame = inner;
            column.text = outerText.withBlockSpace(tight ? m.tightSpace : outerText.blockSpace());
            column.within(Origin.Kind.LIST_ITEM, item, () -> {
                if (column.markerPending()) {
                    column.markerOrigin(column.origin.within(Origin.Kind.LABEL, item));
                }
                walk.blocks(column, item.blocks());
                column.flushInlineMarker();
            });
            if (column.hangingMarkerPending()) {
                // An empty item: its marker still shows.
                column.emitEmptyText(outerText.body(), outerText.leading(), false);
            }
        }
        depth--;
        column.frame = outer;
        column.text = outerText;
    }
}
