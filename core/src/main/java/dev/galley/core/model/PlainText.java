package dev.galley.core.model;

import dev.galley.core.text.WordCount;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inlines (and blocks) flattened to the text a reader sees: for outlines, titles, search and word counts.
 * Footnote markers and raw HTML contribute nothing; breaks become spaces.
 */
public final class PlainText implements Inline.Visitor<Void> {

    private final StringBuilder out = new StringBuilder();
    /**
     * Where each paragraph's text starts and ends in {@link #out}, in pairs, and where each
     * paragraph starts in the source; both null unless gathering a {@link BodyCounts}.
     */
    private final Ranges paragraphRanges;
    private final List<SourcePos> paragraphPositions;

    private PlainText() {
        this.paragraphRanges = null;
        this.paragraphPositions = null;
    }

    private PlainText(Ranges paragraphRanges, List<SourcePos> paragraphPositions) {
        this.paragraphRanges = paragraphRanges;
        this.paragraphPositions = paragraphPositions;
    }

    /** The visible text of {@code inlines}. */
    public static String of(List<Inline> inlines) {
        PlainText text = new PlainText();
        text.all(inlines);
        return text.out.toString();
    }

    /**
     * The visible text of {@code blocks}, each block's text separated from the next by a line
     * break.
     */
    public static String ofBlocks(List<Block> blocks) {
        PlainText text = new PlainText();
        text.blocks(blocks);
        return text.out.toString();
    }

    /**
     * The body's counts in one walk and one pass over its characters: the text as
     * {@link #ofBlocks} flattens the lead, then each section's heading and blocks depth first,
     * then the footnotes, each piece on its own line, counted as a whole and paragraph by
     * paragraph.
     */
    static BodyCounts body(List<Block> lead, List<Section> sections, List<Footnote> footnotes) {
        Ranges ranges = new Ranges();
        List<SourcePos> positions = new ArrayList<>();
        PlainText text = new PlainText(ranges, positions);
        text.flatten(lead, sections, footnotes);
        int n = text.out.length();
        char[] raw = new char[n];
        text.out.getChars(0, n, raw, 0);
        // Counted piece by piece, each paragraph a piece: every paragraph's text is a line of its
        // own (white space on either side), so no word spans two pieces.
        List<BodyCounts.ParagraphWords> paragraphs = new ArrayList<>(positions.size());
        int words = 0;
        int counted = 0;
        for (int k = 0; k < positions.size(); k++) {
            int start = ranges.at(2 * k);
            int end = ranges.at(2 * k + 1);
            int paragraph = WordCount.of(raw, start, end);
            paragraphs.add(new BodyCounts.ParagraphWords(positions.get(k), paragraph));
            words += WordCount.of(raw, counted, start) + paragraph;
            counted = end;
        }
        words += WordCount.of(raw, counted, n);
        return new BodyCounts(words, paragraphs);
    }

    /**
     * The visible text of {@code briefing}'s body on one line, {@link #squeezed} to at most
     * {@code limit} characters: the lead, each section's heading and blocks depth first, then
     * the footnotes, as {@link BodyCounts} counts them (for search indexes).
     */
    public static String ofBody(Briefing briefing, int limit) {
        PlainText text = new PlainText();
        text.flatten(briefing.lead(), briefing.sections(), briefing.footnotes());
        return squeezed(text.out, limit);
    }

    private void flatten(List<Block> lead, List<Section> sections, List<Footnote> footnotes) {
        blocks(lead);
        sections(sections);
        for (Footnote note : footnotes) {
            blocks(note.blocks());
        }
    }

    private void sections(List<Section> sections) {
        for (Section section : sections) {
            line(section.heading());
            blocks(section.blocks());
            sections(section.children());
        }
    }

    /**
     * {@code text} on one line: every run of white space made a single space, none at either
     * end, and cut after {@code limit} characters (at most), for indexes that hold many briefings.
     */
    public static String squeezed(CharSequence chars, int limit) {
        int length = chars.length();
        char[] raw = new char[length];
        if (chars instanceof StringBuilder builder) {
            builder.getChars(0, length, raw, 0);
        } else {
            chars.toString().getChars(0, length, raw, 0);
        }
        // Into a char array: on the first JIT tier, which publishes run on, a StringBuilder's
        // append is several calls and checks a character. A space and a character may be added
        // when one short of the limit.
        char[] line = new char[Math.min(length, limit) + 1];
        int size = 0;
        boolean space = false; // white space read since the last character kept, after at least one
        for (int i = 0; i < length && size < limit; i++) {
            char c = raw[i];
            if (c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x1C : c >= 0x80 && Character.isWhitespace(c)) {
                space = size > 0;
            } else {
                if (space) {
                    line[size++] = ' ';
                    space = false;
                }
                line[size++] = c;
            }
        }
        return new String(line, 0, Math.min(size, limit));
    }

    /** A growing list of ints, without a box for each. */
    private static final class Ranges {
        private int[] values = new int[32];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int at(int index) {
            return values[index];
        }
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(blockText);
        }
    }

    private void line(List<Inline> inlines) {
        all(inlines);
        out.append('\n');
    }

    private final Block.Visitor<Void> blockText = new Block.Visitor<>() {
        @Override public Void paragraph(Block.Paragraph p) {
            int start = out.length();
            all(p.inlines());
            if (paragraphRanges != null) {
                paragraphRanges.add(start);
                paragraphRanges.add(out.length());
                paragraphPositions.add(p.pos());
            }
            out.append('\n');
            return null;
        }
        @Override public Void bulletList(Block.BulletList l) { items(l.items()); return null; }
        @Override public Void orderedList(Block.OrderedList l) { items(l.items()); return null; }
        @Override public Void blockQuote(Block.BlockQuote q) { blocks(q.blocks()); return null; }
        @Override public Void codeBlock(Block.CodeBlock c) { out.append(c.code()).append('\n'); return null; }
        @Override public Void table(Block.Table t) {
            for (List<Block.TableRow> rows : List.of(t.header(), t.body())) {
                for (Block.TableRow row : rows) {
                    for (Block.TableCell cell : row.cells()) {
                        all(cell.inlines());
                        out.append('\t');
                    }
                    out.append('\n');
                }
            }
            return null;
        }
        @Override public Void figure(Block.Figure f) { out.append(f.image().alt()).append(' '); line(f.caption()); return null; }
        @Override public Void thematicBreak(Block.ThematicBreak b) { return null; }
        @Override public Void rawHtml(Block.RawHtml h) { return null; }
        // A default title is the renderers' label, not the author's text.
        @Override public Void callout(Block.Callout c) { c.title().ifPresent(t -> line(t)); blocks(c.blocks()); return null; }

        private void items(List<Block.ListItem> items) {
            for (Block.ListItem item : items) {
                blocks(item.blocks());
            }
        }
    };

    private void all(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    @Override public Void text(Inline.Text t) { out.append(t.text()); return null; }
    @Override public Void emphasis(Inline.Emphasis e) { all(e.children()); return null; }
    @Override public Void strong(Inline.Strong s) { all(s.children()); return null; }
    @Override public Void strikethrough(Inline.Strikethrough s) { all(s.children()); return null; }
    @Override public Void code(Inline.Code c) { out.append(c.code()); return null; }
    @Override public Void link(Inline.Link l) { all(l.children()); return null; }
    @Override public Void image(Inline.Image i) { out.append(i.alt()); return null; }
    @Override public Void footnoteRef(Inline.FootnoteRef r) { return null; }
    @Override public Void softBreak(Inline.SoftBreak b) { out.append(' '); return null; }
    @Override public Void hardBreak(Inline.HardBreak b) { out.append(' '); return null; }
    @Override public Void rawHtml(Inline.RawHtml h) { return null; }
    @Override public Void span(Inline.Span s) { all(s.children()); return null; }
}
