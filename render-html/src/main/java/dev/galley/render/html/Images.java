package dev.galley.render.html;

import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Inline;
import dev.galley.core.model.Section;

import java.util.ArrayList;
import java.util.List;

/** Finds every image of a briefing, in document order: figures and images in running text. */
final class Images implements Block.Visitor<Void>, Inline.Visitor<Void> {

    private final List<Inline.Image> found = new ArrayList<>();

    private Images() {
    }

    static List<Inline.Image> of(Briefing briefing) {
        Images images = new Images();
        images.blocks(briefing.lead());
        images.sections(briefing.sections());
        for (Footnote footnote : briefing.footnotes()) {
            images.blocks(footnote.blocks());
        }
        return List.copyOf(images.found);
    }

    private void sections(List<Section> sections) {
        for (Section section : sections) {
            inlines(section.heading());
            blocks(section.blocks());
            sections(section.children());
        }
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    private void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    private void items(List<Block.ListItem> items) {
        for (Block.ListItem item : items) {
            blocks(item.blocks());
        }
    }

    private void rows(List<Block.TableRow> rows) {
        for (Block.TableRow row : rows) {
            for (Block.TableCell cell : row.cells()) {
                inlines(cell.inlines());
            }
        }
    }

    @Override public Void paragraph(Block.Paragraph p) { inlines(p.inlines()); return null; }
    @Override public Void bulletList(Block.BulletList l) { items(l.items()); return null; }
    @Override public Void orderedList(Block.OrderedList l) { items(l.items()); return null; }
    @Override public Void blockQuote(Block.BlockQuote q) { blocks(q.blocks()); return null; }
    @Override public Void codeBlock(Block.CodeBlock c) { return null; }
    @Override public Void table(Block.Table t) { rows(t.header()); rows(t.body()); return null; }
    @Override public Void thematicBreak(Block.ThematicBreak t) { return null; }
    @Override public Void rawHtml(Block.RawHtml h) { return null; }

    @Override
    public Void figure(Block.Figure f) {
        found.add(f.image());
        inlines(f.caption());
        return null;
    }

    @Override public Void text(Inline.Text t) { return null; }
    @Override public Void emphasis(Inline.Emphasis e) { inlines(e.children()); return null; }
    @Override public Void strong(Inline.Strong s) { inlines(s.children()); return null; }
    @Override public Void strikethrough(Inline.Strikethrough s) { inlines(s.children()); return null; }
    @Override public Void code(Inline.Code c) { return null; }
    @Override public Void link(Inline.Link l) { inlines(l.children()); return null; }
    @Override public Void image(Inline.Image i) { found.add(i); return null; }
    @Override public Void footnoteRef(Inline.FootnoteRef r) { return null; }
    @Override public Void softBreak(Inline.SoftBreak b) { return null; }
    @Override public Void hardBreak(Inline.HardBreak b) { return null; }
    @Override public Void rawHtml(Inline.RawHtml h) { return null; }
}
