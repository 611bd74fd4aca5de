package dev.galley.core.model;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Visits every inline of a briefing, wherever it sits (lead, headings, sections, lists, quotes,
 * tables, captions, footnotes), in source order, telling which block holds it. For checks and
 * collections that care about all links or images, not about layout.
 */
public final class Walk {

    private final BiConsumer<Block, Inline> action;

    private Walk(BiConsumer<Block, Inline> action) {
        this.action = action;
    }

    /**
     * Calls {@code action} with each inline and the innermost block holding it ({@code null} for
     * section headings), descending into emphasis, links and other inline containers.
     */
    public static void inlines(Briefing briefing, BiConsumer<Block, Inline> action) {
        Walk walk = new Walk(action);
        walk.blocks(briefing.lead());
        walk.sections(briefing.sections());
        for (Footnote note : briefing.footnotes()) {
            walk.blocks(note.blocks());
        }
    }

    private void sections(List<Section> sections) {
        for (Section section : sections) {
            inlines(null, section.heading());
            blocks(section.blocks());
            sections(section.children());
        }
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block(block);
        }
    }

    private void block(Block block) {
        if (block instanceof Block.Paragraph p) {
            inlines(p, p.inlines());
        } else if (block instanceof Block.BulletList l) {
            l.items().forEach(item -> blocks(item.blocks()));
        } else if (block instanceof Block.OrderedList l) {
            l.items().forEach(item -> blocks(item.blocks()));
        } else if (block instanceof Block.BlockQuote q) {
            blocks(q.blocks());
        } else if (block instanceof Block.Callout c) {
            c.title().ifPresent(title -> inlines(c, title));
            blocks(c.blocks());
        } else if (block instanceof Block.Table t) {
            for (List<Block.TableRow> rows : List.of(t.header(), t.body())) {
                rows.forEach(row -> row.cells().forEach(cell -> inlines(t, cell.inlines())));
            }
        } else if (block instanceof Block.Figure f) {
            inlines(f, List.of(f.image()));
            inlines(f, f.caption());
        }
    }

    private void inlines(Block holder, List<Inline> inlines) {
        for (Inline inline : inlines) {
            action.accept(holder, inline);
            if (inline instanceof Inline.Emphasis e) {
                inlines(holder, e.children());
            } else if (inline instanceof Inline.Strong s) {
                inlines(holder, s.children());
            } else if (inline instanceof Inline.Strikethrough s) {
                inlines(holder, s.children());
            } else if (inline instanceof Inline.Link l) {
                inlines(holder, l.children());
            } else if (inline instanceof Inline.Span s) {
                inlines(holder, s.children());
            }
        }
    }
}
