package dev.galley.render.pdf;

import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Inline;
import dev.galley.core.model.Section;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of a briefing's body in source order, straight from the model: what reading the
 * tagged PDF's structure tree must give. Headings, paragraphs, list items with their bullets
 * and numbers, quotes, code, table cells row by row, figures as their alt text and caption, and
 * each footnote ("N." and its text) right after the number that first cites it.
 */
final class ReadingOrder {

    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

    private final Map<Integer, Footnote> notes = new HashMap<>();
    private final Set<Integer> read = new HashSet<>();
    private final StringBuilder out = new StringBuilder();
    private int listDepth;

    /** The words Galley adds in the briefing's language: callouts' default titles. */
    private final dev.galley.core.labels.Labels labels;

    private ReadingOrder(Briefing briefing) {
        labels = dev.galley.core.model.SiteConfig.defaults().labelBook().forLanguage(briefing.meta().lang());
        for (Footnote note : briefing.footnotes()) {
            notes.putIfAbsent(note.number(), note);
        }
    }

    static String of(Briefing briefing) {
        ReadingOrder order = new ReadingOrder(briefing);
        order.blocks(briefing.lead());
        for (Section section : briefing.sections()) {
            order.section(section);
        }
        return order.out.toString();
    }

    private void section(Section section) {
        inlines(section.heading());
        blocks(section.blocks());
        for (Section child : section.children()) {
            section(child);
        }
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block(block);
        }
    }

    private void block(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            inlines(paragraph.inlines());
        } else if (block instanceof Block.BulletList list) {
            String bullet = BULLETS[listDepth % BULLETS.length];
            listDepth++;
            for (Block.ListItem item : list.items()) {
                word(bullet);
                blocks(item.blocks());
            }
            listDepth--;
        } else if (block instanceof Block.OrderedList list) {
            listDepth++;
            for (int i = 0; i < list.items().size(); i++) {
                word((list.start() + i) + ".");
                blocks(list.items().get(i).blocks());
            }
            listDepth--;
        } else if (block instanceof Block.BlockQuote quote) {
            blocks(quote.blocks());
        } else if (block instanceof Block.Callout callout) {
            if (callout.title().isPresent()) {
                inlines(callout.title().get());
            } else {
                word(labels.text(callout.kind().labelKey()));
            }
            blocks(callout.blocks());
        } else if (block instanceof Block.CodeBlock code) {
            word(code.code());
        } else if (block instanceof Block.Table table) {
            for (Block.TableRow row : table.header()) {
                row.cells().forEach(cell -> inlines(cell.inlines()));
            }
            for (Block.TableRow row : table.body()) {
                row.cells().forEach(cell -> inlines(cell.inlines()));
            }
        } else if (block instanceof Block.Figure figure) {
            word(figure.image().alt());
            inlines(figure.caption());
        }
        // Thematic breaks are artifacts; raw HTML is not drawn.
    }

    private void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline(inline);
        }
    }

    private void inline(Inline inline) {
        inline.accept(inlineText);
    }

    /** A visitor, so that a new kind of inline makes the compiler ask how it reads. */
    private final Inline.Visitor<Void> inlineText = new Inline.Visitor<>() {
        @Override public Void text(Inline.Text t) { out.append(t.text()); return null; }
        @Override public Void emphasis(Inline.Emphasis e) { inlines(e.children()); return null; }
        @Override public Void strong(Inline.Strong s) { inlines(s.children()); return null; }
        @Override public Void strikethrough(Inline.Strikethrough s) { inlines(s.children()); return null; }
        @Override public Void code(Inline.Code c) { out.append(c.code()); return null; }
        @Override public Void link(Inline.Link l) { inlines(l.children()); return null; }
        @Override public Void span(Inline.Span s) { inlines(s.children()); return null; }
        @Override public Void softBreak(Inline.SoftBreak b) { out.append(' '); return null; }
        @Override public Void hardBreak(Inline.HardBreak b) { out.append(' '); return null; }
        @Override public Void rawHtml(Inline.RawHtml h) { return null; }

        @Override
        public Void image(Inline.Image image) {
            out.append('[').append(image.alt().isBlank() ? "image" : image.alt()).append(']');
            return null;
        }

        @Override
        public Void footnoteRef(Inline.FootnoteRef ref) {
            out.append(ref.number());
            Footnote note = notes.get(ref.number());
            if (note != null && read.add(ref.number())) {
                word(ref.number() + ".");
                blocks(note.blocks());
            }
            return null;
        }
    };

    private void word(String text) {
        out.append(' ').append(text).append(' ');
    }

    /** Text without white space of any kind: line ends and justification are not the text's. */
    static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
