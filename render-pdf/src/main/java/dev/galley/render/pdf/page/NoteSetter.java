package dev.galley.render.pdf.page;

import dev.galley.core.model.Footnote;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.RunBuilder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets every footnote's lines at note size, each note in a column of its own, for the page
 * builder to place at the foot of the page that references it. Lines of one note keep together in
 * pairs like a paragraph's; a long note may still be split, and continues on the next page's foot.
 */
final class NoteSetter {

    private final LayoutContext c;
    private final BlockWalk walk;

    NoteSetter(LayoutContext c, BlockWalk walk) {
        this.c = c;
        this.walk = walk;
    }

    /** Each note's lines by number; the table headers its lines repeat go into {@code repeatedHeaders}. */
    Map<Integer, List<VItem>> notes(List<Footnote> footnotes, Frame outer, Map<VItem, List<VItem>> repeatedHeaders) {
        Map<Integer, List<VItem>> notes = new HashMap<>();
        Measures m = c.m();
        Column.Text text = new Column.Text(c.styleOf(c.faces().notes(), m.notes.size()), m.notes.leading(),
                m.noteSpace);
        Frame inner = outer.indent(m.noteIndent, c.minWidth());
        for (Footnote note : footnotes) {
            Column column = new Column(c, inner, Origin.DOCUMENT.within(Origin.Kind.NOTE, note), text);
            Line marker = c.lines().first(note.number() + ".", text.body(), Float.MAX_VALUE);
            // The number hangs in the indent, but never out of the text block (note 100 and up).
            column.hang(Lines.shift(marker.fragments(),
                    Math.max(outer.left(), inner.left() - m.markerGap + m.noteNumberTuck - marker.width())));
            column.anchor(RunBuilder.FOOTNOTE_ANCHOR + note.number());
            column.markerOrigin(column.origin.within(Origin.Kind.LABEL, note));
            walk.blocks(column, note.blocks());
            if (column.hangingMarkerPending() || column.anchorPending()) {
                column.emitEmptyText(text.body(), text.leading(), false);
            }
            notes.putIfAbsent(note.number(), List.copyOf(column.items()));
            repeatedHeaders.putAll(column.repeatedHeaders());
        }
        return notes;
    }
}
