package dev.galley.render.pdf.page;

/**
 * Which element of the model a drawn item comes from, and inside which others: what a later
 * stage needs to tag the PDF (PDF/UA: structure elements, marked content, artifacts) while
 * drawing. Layout attaches one to every line and image; header, footer, rules and padding are
 * {@link #ARTIFACT}s.
 *
 * @param kind    what the item is part of
 * @param element the model object (a {@code Block}, {@code Section}, {@code Footnote}, …); for
 *                generated material the {@code Meta}, the generated text, or null (artifacts).
 *                Compare origins by identity: each element set gets its own instance, which the
 *                drawing stage turns into one structure element
 * @param parent  the enclosing origin, null at the top
 */
public record Origin(Kind kind, Object element, Origin parent) {

    public enum Kind {
        /** Decoration and pagination: running header and footer, rules, backgrounds, watermark. */
        ARTIFACT,
        DOCUMENT, MASTHEAD, CONTENTS, SECTION, PARAGRAPH, LIST, LIST_ITEM, QUOTE, CODE,
        TABLE, TABLE_HEADER_ROW, TABLE_ROW, FIGURE, CAPTION, NOTE,
        /**
         * A heading: of a {@code Section} (its level), the briefing's title in the masthead (element
         * the {@code Meta}, level 1), or the contents' own heading (any other element, level 2).
         */
        HEADING,
        /** The number or bullet of a list item, or the number of a footnote (element: the item, the note). */
        LABEL,
        /** One cell of a table row (element: the {@code TableCell}); its lines share the row's lines. */
        TABLE_CELL,
        /** One entry of the table of contents (element: the {@code Section} it points to). */
        TOC_ENTRY,
        /** A group of blocks with no more specific role (a table too wide for columns, set as text). */
        DIVISION,
        /**
         * A callout (element: the {@code Block.Callout}): a titled section, its title a paragraph
         * (kind PARAGRAPH, element the same callout) before its blocks.
         */
        CALLOUT
    }

    public static final Origin ARTIFACT = new Origin(Kind.ARTIFACT, null, null);
    public static final Origin DOCUMENT = new Origin(Kind.DOCUMENT, null, null);

    public Origin within(Kind innerKind, Object innerElement) {
        return new Origin(innerKind, innerElement, this);
    }

    public boolean isArtifact() {
        return kind == Kind.ARTIFACT;
    }

    @Override
    public String toString() {
        // Not the element's toString: it would print whole subtrees into dumps and messages.
        return (parent == null ? "" : parent + "/") + kind;
    }
}
