package dev.galley.core.read;

import dev.galley.core.model.Block;
import dev.galley.core.model.Inline;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.Section;
import dev.galley.core.model.SourcePos;
import dev.galley.core.text.Slugs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Nests a flat run of headings and blocks into sections: a heading owns what follows it up to the
 * next heading of the same or a higher level. Blocks before the first heading are the lead.
 */
final class SectionBuilder {

    private final List<Block> lead = new ArrayList<>();
    private final List<Open> roots = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    /** Renderers name footnotes and their references {@code fn-N} and {@code fnref-N…}. */
    private static final Pattern FOOTNOTE_IDS = Pattern.compile("fn(ref)?-\\d+(-\\d+)*");

    private final Slugs ids = new Slugs("section", id -> FOOTNOTE_IDS.matcher(id).matches());

    /** A section still collecting its blocks and children. */
    private static final class Open {
        final String id;
        final int level;
        final List<Inline> heading;
        final SourcePos pos;
        final List<Block> blocks = new ArrayList<>();
        final List<Open> children = new ArrayList<>();

        Open(String id, int level, List<Inline> heading, SourcePos pos) {
            this.id = id;
            this.level = level;
            this.heading = heading;
            this.pos = pos;
        }

        Section close() {
            List<Section> closed = new ArrayList<>(children.size());
            for (Open child : children) {
                closed.add(child.close());
            }
            return new Section(id, level, heading, blocks, closed, pos);
        }
    }

    void heading(int level, List<Inline> inlines, SourcePos pos) {
        while (!open.isEmpty() && open.peek().level >= level) {
            open.pop();
        }
        Open section = new Open(ids.unique(PlainText.of(inlines)), level, inlines, pos);
        if (open.isEmpty()) {
            roots.add(section);
        } else {
            open.peek().children.add(section);
        }
        open.push(section);
    }

    void block(Block block) {
        if (open.isEmpty()) {
            lead.add(block);
        } else {
            open.peek().blocks.add(block);
        }
    }

    List<Block> lead() {
        return List.copyOf(lead);
    }

    List<Section> sections() {
        List<Section> sections = new ArrayList<>(roots.size());
        for (Open root : roots) {
            sections.add(root.close());
        }
        return sections;
    }
}
