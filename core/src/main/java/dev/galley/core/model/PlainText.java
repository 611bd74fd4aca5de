package dev.galley.core.model;

import dev.galley.core.text.WordCount;

import java.util.ArrayList;
import java.util.List;

/**
 * Inlines (and blocks) flattened to the text a reader sees: for outlines, titles, search and word counts.
 * Footnote markers and raw HTML contribute nothing; breaks become spaces.
 */
public final class PlainText implements Inline.Visitor<Void> {

    private final StringBuilder out = new StringBuilder();
    /** Each paragraph's words as it is flattened; null unless gathering a {@link BodyText}. */
    private final List<BodyText.ParagraphWords> paragraphs;

    private PlainText() {
        this.paragraphs = null;
    }

    private PlainText(List<BodyText.ParagraphWords> paragraphs) {
        this.paragraphs = paragraphs;
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
     * The body's text and counts in one walk: the text as {@link #ofBlocks} flattens the lead,
     * then each section's heading and blocks depth first, then the footnotes, each piece on its
     * own line, and then {@link #squeezed} (which leaves the words as they were).
     */
    static BodyText body(List<Block> lead, List<Section> sections, List<Footnote> footnotes) {
        List<BodyText.ParagraphWords> paragraphs = new ArrayList<>();
        PlainText text = new PlainText(paragraphs);
        text.blocks(lead);
        text.sections(sections);
        for (Footnote note : footnotes) {
            text.blocks(note.blocks());
        }
        String line = squeezed(text.out, Integer.MAX_VALUE);
        return new BodyText(line, WordCount.of(line), paragraphs);
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
        // A String's charAt is bound statically; a CharSequence's is an interface call per
        // character on the first JIT tier, which publishes run on.
        String text = chars.toString();
        StringBuilder line = new StringBuilder(Math.min(text.length(), limit));
        boolean space = false;
        for (int i = 0, n = text.length(); i < n && line.length() < limit; i++) {
            char c = text.charAt(i);
            if (c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x1C : c >= 0x80 && Character.isWhitespace(c)) {
                space = line.length() > 0;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        if (line.length() > limit) {
            line.setLength(limit);
        }
        return line.toString();
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
            line(p.inlines());
            if (paragraphs != null) {
                paragraphs.add(new BodyText.ParagraphWords(p.pos(), WordCount.of(out, start, out.length())));
            }
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
