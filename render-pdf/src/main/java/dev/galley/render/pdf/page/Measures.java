package dev.galley.render.pdf.page;

import dev.galley.core.style.TextSize;
import dev.galley.core.style.Typesetting;

/**
 * Every size and distance of the print layout, from the house style's {@link Typesetting}: the
 * type sizes it names, and the rest in proportion to its body, sizes and indents to the body's
 * size and vertical spaces to its leading. Galley's own numbers are those of its 10.5-on-15 body;
 * for that body the factors are exactly 1 and the numbers come out exactly as written.
 */
final class Measures {

    private static final float OWN_SIZE = 10.5f;
    private static final float OWN_LEADING = 15f;
    private static final float[] HEADING_SPACE_ABOVE = {24f, 20f, 16f, 13f, 12f, 12f};
    private static final float[] HEADING_SPACE_BELOW = {7f, 6f, 5f, 4f, 3f, 3f};

    final Typesetting type;
    /** Across: in proportion to the body's size. */
    private final float across;
    /** Down: in proportion to the body's leading. */
    private final float down;

    final TextSize body;
    /** Space between blocks, and between paragraphs unless they are indented. */
    final float blockSpace;
    /** The first-line indent of indented paragraphs: one em. */
    final float paragraphIndent;
    final float tightSpace;
    final TextSize notes;
    final TextSize code;
    final TextSize tables;
    final TextSize captions;
    final float listIndent;
    final float markerGap;
    final float quoteIndent;
    final float quoteBar;
    final float codeInset;
    final float codePadding;
    final float cellPad;
    final float cellPadDown;
    /** Narrower columns than this cannot hold words: such tables are set as text instead. */
    final float minColumn;
    final float calloutPadding;
    final float calloutRule;
    /** A callout's title, a little smaller than the body it stands over. */
    final float calloutTitle;
    /** Footnote text starts this far in from the text block, its number hanging in front. */
    final float noteIndent;
    /** Space between the body and a page's notes, with a short rule in it. */
    final float noteSeparator;
    final float noteSpace;
    final float breakSpace;
    final float breakWidth;
    final float running;
    final float runningLine;
    /** The short rule above a page's notes: its length, and how far above the notes it stands. */
    final float noteRuleLength;
    final float noteRuleRise;
    /** A note's number stands this much closer to its text than a list's marker. */
    final float noteNumberTuck;
    /** The quote bar stands this far in from the quote's edge. */
    final float quoteBarInset;
    /** Captions are set this share of the text block wide, this far below their image. */
    final float captionShare = 0.85f;
    final float captionSpace;
    /** The running slots' least gap; the rule under the head; a logo's height in a slot. */
    final float runningGap;
    final float runningRuleDrop;
    final float runningLogo;
    /** The narrowest a nested block may become, as a share of the text block. */
    final float minWidthShare = 0.4f;
    /** The most of a page's body a figure's image may take, and a cover image on its cover. */
    final float figureShare = 0.6f;
    final float coverImageShare = 0.45f;
    /** The table of contents: its heading, its entries, each level's indent and the room kept for page numbers. */
    final TextSize contentsHeading;
    final TextSize contentsEntry;
    final float contentsIndent;
    final float contentsPageRoom;
    final float contentsTitleSpace;
    final float contentsEndSpace;
    final float contentsAfterRule;
    /**
     * Rule weights, in proportion to the body like the rest, from the heaviest: a table's top and foot,
     * under the masthead, a thematic break, the rule under a table's header, the contents' and
     * the notes', the running head's, a table's rows.
     */
    final float tableRule;
    final float mastheadRule;
    final float breakRule;
    final float thinRule;
    final float runningRule;
    final float hairline;

    Measures(Typesetting type) {
        this.type = type;
        this.body = type.body();
        this.across = body.size() / OWN_SIZE;
        this.down = body.leading() / OWN_LEADING;
        this.blockSpace = down(7f);
        this.paragraphIndent = body.size();
        this.tightSpace = down(2.5f);
        this.notes = type.notes();
        this.code = type.code();
        this.tables = type.tables();
        this.captions = type.captions();
        this.listIndent = across(20f);
        this.markerGap = across(6f);
        this.quoteIndent = across(18f);
        this.quoteBar = across(1.5f);
        this.codeInset = across(6f);
        this.codePadding = down(4f);
        this.cellPad = across(5f);
        this.cellPadDown = down(3f);
        this.minColumn = across(28f);
        this.calloutPadding = down(7f);
        this.calloutRule = across(2.5f);
        this.calloutTitle = body.size() * 0.9f;
        this.noteIndent = across(16f);
        this.noteSeparator = down(14f);
        this.noteSpace = down(3f);
        this.breakSpace = down(14f);
        this.breakWidth = across(120f);
        this.running = across(8f);
        this.runningLine = down(10f);
        this.noteRuleLength = across(72f);
        this.noteRuleRise = down(5f);
        this.noteNumberTuck = across(2f);
        this.quoteBarInset = across(2f);
        this.captionSpace = down(4f);
        this.runningGap = across(12f);
        this.runningRuleDrop = down(6f);
        this.runningLogo = down(16f);
        this.contentsHeading = size(11f, 15f);
        this.contentsEntry = size(9.5f, 13.5f);
        this.contentsIndent = across(14f);
        this.contentsPageRoom = across(36f);
        this.contentsTitleSpace = down(4f);
        this.contentsEndSpace = down(18f);
        this.contentsAfterRule = down(14f);
        this.tableRule = across(0.8f);
        this.mastheadRule = across(0.75f);
        this.breakRule = across(0.6f);
        this.thinRule = across(0.5f);
        this.runningRule = across(0.4f);
        this.hairline = across(0.25f);
    }

    /**
     * A size of Galley's own layout and its leading, for this body: the size across, the leading
     * down, and never less leading than size (a body of tight leading would otherwise set lines
     * of the larger sizes over each other).
     */
    TextSize size(float size, float leading) {
        float across = across(size);
        return new TextSize(across, Math.max(across, down(leading)));
    }

    /** {@code points} of Galley's own layout across the page, for this body. */
    float across(float points) {
        return points * across;
    }

    /** {@code points} of Galley's own layout down the page, for this body. */
    float down(float points) {
        return points * down;
    }

    /** Whether a paragraph that follows another is set apart by a first-line indent rather than space. */
    boolean indented() {
        return type.paragraphs() == Typesetting.Paragraphs.INDENTED;
    }

    float headingSize(int level) {
        return type.headingSize(level);
    }

    /** A heading's line height: a quarter more than its size, to a half point. */
    float headingLine(int level) {
        return Math.round(headingSize(level) * 1.25f * 2) / 2f;
    }

    float headingSpaceAbove(int level) {
        return down(HEADING_SPACE_ABOVE[level - 1]);
    }

    float headingSpaceBelow(int level) {
        return down(HEADING_SPACE_BELOW[level - 1]);
    }
}
