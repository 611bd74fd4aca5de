package dev.galley.render.pdf.page;

import dev.galley.core.model.Block;
import dev.galley.core.model.Section;

import java.util.List;

/**
 * The walk from the model to a column: each section and block visited once, in order, under an
 * origin of its own, and handed to the setter of its kind (lists, quotes, callouts and notes walk
 * their own blocks through it again).
 */
final class BlockWalk {

    private final TextSetter text;
    private final HeadingSetter headings;
    private final ListSetter lists;
    private final QuoteSetter quotes;
    private final CalloutSetter callouts;
    private final CodeSetter code;
    private final TableSetter tables;
    private final FigureSetter figures;
    private final BreakSetter breaks;

    BlockWalk(LayoutContext c, TextSetter text) {
        this.text = text;
        this.headings = new HeadingSetter(c);
        this.lists = new ListSetter(c, this);
        this.quotes = new QuoteSetter(c, this);
        this.callouts = new CalloutSetter(c, this);
        this.code = new CodeSetter(c);
        this.tables = new TableSetter(c);
        this.figures = new FigureSetter(c);
        this.breaks = new BreakSetter(c);
    }

    /** A section: its heading, its blocks, then its subsections. */
    void section(Column column, Section section) {
        column.within(Origin.Kind.SECTION, section, () -> {
            headings.heading(column, section);
            blocks(column, section.blocks());
            for (Section child : section.children()) {
                section(column, child);
            }
        });
    }

    /** A briefing's cover image, set on its cover no taller than {@code maxHeight}. */
    void cover(Column column, Block.Figure figure, float maxHeight) {
        column.within(Origin.Kind.FIGURE, figure, () -> figures.figure(column, figure, maxHeight));
    }

    void blocks(Column column, List<Block> blocks) {
        Block before = null;
        for (Block block : blocks) {
            Origin outer = column.origin;
            column.origin = outer.within(kindOf(block), block);
            try {
                block.accept(new Visit(column, before instanceof Block.Paragraph));
            } finally {
                // Restored here, not by the setters: one that sets its block as another kind (a
                // table too wide for columns) replaces the block's origin.
                column.origin = outer;
            }
            before = block;
        }
    }

    private static Origin.Kind kindOf(Block block) {
        if (block instanceof Block.BulletList || block instanceof Block.OrderedList) {
            return Origin.Kind.LIST;
        } else if (block instanceof Block.BlockQuote) {
            return Origin.Kind.QUOTE;
        } else if (block instanceof Block.Callout) {
            return Origin.Kind.CALLOUT;
        } else if (block instanceof Block.CodeBlock) {
            return Origin.Kind.CODE;
        } else if (block instanceof Block.Table) {
            return Origin.Kind.TABLE;
        } else if (block instanceof Block.Figure) {
            return Origin.Kind.FIGURE;
        } else if (block instanceof Block.ThematicBreak) {
            return Origin.Kind.ARTIFACT;
        }
        return Origin.Kind.PARAGRAPH;
    }

    /** One block handed to its setter; {@code afterParagraph} when the block before it was a paragraph. */
    private final class Visit implements Block.Visitor<Void> {

        private final Column column;
        private final boolean afterParagraph;

        Visit(Column column, boolean afterParagraph) {
            this.column = column;
            this.afterParagraph = afterParagraph;
        }

        @Override
        public Void paragraph(Block.Paragraph paragraph) {
            text.paragraph(column, paragraph, afterParagraph);
            return null;
        }

        @Override
        public Void bulletList(Block.BulletList list) {
            lists.bulletList(column, list);
            return null;
        }

        @Override
        public Void orderedList(Block.OrderedList list) {
            lists.orderedList(column, list);
            return null;
        }

        @Override
        public Void blockQuote(Block.BlockQuote quote) {
            quotes.quote(column, quote);
            return null;
        }

        @Override
        public Void codeBlock(Block.CodeBlock block) {
            code.code(column, block);
            return null;
        }

        @Override
        public Void table(Block.Table table) {
            tables.table(column, table);
            return null;
        }

        @Override
        public Void figure(Block.Figure figure) {
            figures.figure(column, figure);
            return null;
        }

        @Override
        public Void thematicBreak(Block.ThematicBreak thematicBreak) {
            breaks.thematicBreak(column);
            return null;
        }

        @Override
        public Void rawHtml(Block.RawHtml html) {
            return null; // the PDF cannot show HTML; the HTML renderer sanitizes and shows it
        }

        @Override
        public Void callout(Block.Callout callout) {
            callouts.callout(column, callout);
            return null;
        }
    }
}
