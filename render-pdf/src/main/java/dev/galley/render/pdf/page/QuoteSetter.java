package dev.galley.render.pdf.page;

import dev.galley.core.model.Block;

/** Sets block quotes: their blocks indented, with a bar down the indent for every level open. */
final class QuoteSetter {

    private final LayoutContext c;
    private final BlockWalk walk;

    QuoteSetter(LayoutContext c, BlockWalk walk) {
        this.c = c;
        this.walk = walk;
    }

    void quote(Column column, Block.BlockQuote quote) {
        column.flushInlineMarker();
        column.space(column.text.blockSpace());
        Frame outer = column.frame;
        Frame inner = outer.indent(c.m().quoteIndent, c.minWidth());
        // A bar stands in the indent: where nesting no longer indents, it would fall on the text.
        boolean bar = inner.left() > outer.left();
        if (bar) {
            column.openQuoteBar(outer.left() + c.m().quoteBarInset);
        }
        column.frame = inner;
        walk.blocks(column, quote.blocks());
        column.frame = outer;
        if (bar) {
            column.closeQuoteBar();
        }
    }
}
