package dev.galley.render.pdf.page;

import dev.galley.core.model.Section;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.Style;

import java.util.List;

/** Sets a section's heading: its anchor, kept with what follows, and the space around it by level. */
final class HeadingSetter {

    private final LayoutContext c;

    HeadingSetter(LayoutContext c) {
        this.c = c;
    }

    void heading(Column column, Section section) {
        Measures m = c.m();
        int level = section.level();
        column.space(m.headingSpaceAbove(level));
        Style style = c.styleOf(c.faces().headings().bold(), m.headingSize(level));
        float lineHeight = m.headingLine(level);
        column.flushInlineMarker();
        column.anchor(section.id());
        List<Line> lines = c.setter().set(c.runs(section.heading(), style), column.frame.width(),
                style.size(), null, false);
        column.within(Origin.Kind.HEADING, section, () -> {
            // A heading with no text ("# " alone) still holds the section's anchor, and must not
            // leave it pending for whatever is set next.
            if (lines.stream().allMatch(line -> line.fragments().isEmpty())) {
                column.emitEmptyText(style, lineHeight, true);
            } else {
                column.emitLines(lines, style, lineHeight, Column.Align.LEFT, true, List.of());
            }
        });
        column.lockSpace(m.headingSpaceBelow(level));
    }
}
