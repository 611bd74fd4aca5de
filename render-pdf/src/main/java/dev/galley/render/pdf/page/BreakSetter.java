package dev.galley.render.pdf.page;

/** Sets thematic breaks: a short rule centred between two spaces. */
final class BreakSetter {

    private final LayoutContext c;

    BreakSetter(LayoutContext c) {
        this.c = c;
    }

    void thematicBreak(Column column) {
        Measures m = c.m();
        column.flushInlineMarker();
        column.space(m.breakSpace);
        float width = Math.min(m.breakWidth, column.frame.width() / 3);
        column.rule(column.frame.left() + (column.frame.width() - width) / 2, width, c.m().breakRule, c.colours().rule().rgb());
        column.space(m.breakSpace);
    }
}
