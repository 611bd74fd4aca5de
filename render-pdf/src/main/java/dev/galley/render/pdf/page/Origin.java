package dev.galley.render.pdf.page;

/**
 * Which element of the model a drawn item comes from, and inside which others: what a later
 * stage needs to tag the PDF (PDF/UA: structure elements, marked content, artifacts) while
 * drawing. Layout attaches one to every line and image; header, footer, rules and padding are
 * {@link #ARTIFACT}s.
 *
 * @param kind    what the item is part of
 * @param element the model object (a {@code Block}, {@code Section}, {@code Footnote}, …), or
 *                null for generated material (masthead, contents, artifacts)
 * @param parent  the enclosing origin, null at the top
 */
public record Origin(Kind kind, Object element, Origin parent) {

    public enum Kind {
        /** Decoration and pagination: running header and footer, rules, backgrounds, watermark. */
        ARTIFACT,
        DOCUMENT, MASTHEAD, CONTENTS, SECTION, HEADING, PARAGRAPH, LIST, LIST_ITEM, QUOTE, CODE,
        TABLE, TABLE_HEADER_ROW, TABLE_ROW, FIGURE, CAPTION, NOTE
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
