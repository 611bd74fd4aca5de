package dev.galley.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A block of a briefing's body: what sits between headings. Headings themselves are not blocks;
 * they open {@link Section}s. The set is closed, so a renderer implementing {@link Visitor} is
 * told by the compiler about every kind it must learn.
 */
public sealed interface Block
        permits Block.Paragraph, Block.BulletList, Block.OrderedList, Block.BlockQuote,
                Block.CodeBlock, Block.Table, Block.Figure, Block.ThematicBreak, Block.RawHtml,
                Block.Callout {

    /** Where this block starts in the source file. */
    SourcePos pos();

    <R> R accept(Visitor<R> visitor);

    /** One method per block kind. */
    interface Visitor<R> {
        R paragraph(Paragraph paragraph);
        R bulletList(BulletList list);
        R orderedList(OrderedList list);
        R blockQuote(BlockQuote quote);
        R codeBlock(CodeBlock code);
        R table(Table table);
        R figure(Figure figure);
        R thematicBreak(ThematicBreak thematicBreak);
        R rawHtml(RawHtml html);
        R callout(Callout callout);
    }

    record Paragraph(List<Inline> inlines, SourcePos pos) implements Block {
        public Paragraph { inlines = List.copyOf(inlines); }
        public <R> R accept(Visitor<R> v) { return v.paragraph(this); }
    }

    /**
     * An unordered list. {@code tight} lists (no blank lines between items) are set without
     * paragraph spacing inside items.
     */
    record BulletList(List<ListItem> items, boolean tight, SourcePos pos) implements Block {
        public BulletList { items = List.copyOf(items); }
        public <R> R accept(Visitor<R> v) { return v.bulletList(this); }
    }

    /** A numbered list starting at {@code start}. */
    record OrderedList(int start, List<ListItem> items, boolean tight, SourcePos pos) implements Block {
        public OrderedList { items = List.copyOf(items); }
        public <R> R accept(Visitor<R> v) { return v.orderedList(this); }
    }

    /** One item of a list: any blocks, including nested lists. */
    record ListItem(List<Block> blocks, SourcePos pos) {
        public ListItem { blocks = List.copyOf(blocks); }
    }

    record BlockQuote(List<Block> blocks, SourcePos pos) implements Block {
        public BlockQuote { blocks = List.copyOf(blocks); }
        public <R> R accept(Visitor<R> v) { return v.blockQuote(this); }
    }

    /**
     * Preformatted code. {@code language} is the fence's info word, empty when none was given;
     * {@code code} ends without a trailing newline; {@code contentPos} is where its first
     * character stands in the source (line {@code n} of the code is source line
     * {@code contentPos.line() + n}).
     */
    record CodeBlock(String language, String code, SourcePos pos, SourcePos contentPos) implements Block {
        public CodeBlock {
            Objects.requireNonNull(language);
            Objects.requireNonNull(code);
            Objects.requireNonNull(contentPos);
        }
        public <R> R accept(Visitor<R> v) { return v.codeBlock(this); }
    }

    /** How a table column's cells are aligned. */
    enum Alignment { DEFAULT, LEFT, CENTER, RIGHT }

    record TableCell(List<Inline> inlines, Alignment alignment, SourcePos pos) {
        public TableCell { inlines = List.copyOf(inlines); }
    }

    record TableRow(List<TableCell> cells) {
        public TableRow { cells = List.copyOf(cells); }
    }

    /** A GFM table: header rows (usually one) and body rows, each with one cell per column. */
    record Table(List<TableRow> header, List<TableRow> body, List<Alignment> columns, SourcePos pos)
            implements Block {
        public Table {
            header = List.copyOf(header);
            body = List.copyOf(body);
            columns = List.copyOf(columns);
        }
        public <R> R accept(Visitor<R> v) { return v.table(this); }
    }

    /**
     * An image standing alone in its paragraph, shown as a figure. Its caption is the image's
     * title when it has one, otherwise empty.
     */
    record Figure(Inline.Image image, List<Inline> caption, SourcePos pos) implements Block {
        public Figure {
            Objects.requireNonNull(image);
            caption = List.copyOf(caption);
        }
        public <R> R accept(Visitor<R> v) { return v.figure(this); }
    }

    record ThematicBreak(SourcePos pos) implements Block {
        public <R> R accept(Visitor<R> v) { return v.thematicBreak(this); }
    }

    /**
     * A block of raw HTML written in the Markdown. The HTML renderer sanitizes it; the PDF
     * renderer leaves it out.
     */
    record RawHtml(String html, SourcePos pos) implements Block {
        public RawHtml { Objects.requireNonNull(html); }
        public <R> R accept(Visitor<R> v) { return v.rawHtml(this); }
    }

    /**
     * A callout: a block quote that opens with GitHub's alert marker ({@code > [!WARNING]}), set
     * apart as a titled box of its kind. The title is the text after the marker on its line
     * (Obsidian's custom title) when there is one; otherwise renderers use the kind's label in the
     * briefing's language ({@link Kind#labelKey()}).
     *
     * @param title  the title written after the marker; empty for the kind's default title
     * @param blocks the content, without the marker line
     */
    record Callout(Kind kind, java.util.Optional<List<Inline>> title, List<Block> blocks, SourcePos pos)
            implements Block {
        public Callout {
            Objects.requireNonNull(kind);
            title = title.map(List::copyOf);
            blocks = List.copyOf(blocks);
        }
        public <R> R accept(Visitor<R> v) { return v.callout(this); }

        /** GitHub's five kinds of alert, in its order. */
        public enum Kind {
            NOTE, TIP, IMPORTANT, WARNING, CAUTION;

            /** The kind's name in lower case, as class names and label keys write it. */
            public String id() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }

            /** The label that names this kind when the callout has no title of its own. */
            public dev.galley.core.labels.LabelKey labelKey() {
                return switch (this) {
                    case NOTE -> dev.galley.core.labels.LabelKey.CALLOUT_NOTE;
                    case TIP -> dev.galley.core.labels.LabelKey.CALLOUT_TIP;
                    case IMPORTANT -> dev.galley.core.labels.LabelKey.CALLOUT_IMPORTANT;
                    case WARNING -> dev.galley.core.labels.LabelKey.CALLOUT_WARNING;
                    case CAUTION -> dev.galley.core.labels.LabelKey.CALLOUT_CAUTION;
                };
            }
        }
    }
}
