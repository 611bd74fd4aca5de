package dev.galley.core.read;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.Block;
import dev.galley.core.model.Inline;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.Section;
import dev.galley.core.model.SourcePos;
import dev.galley.core.text.Slugs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Nests a flat run of headings and blocks into sections: a heading owns what follows it up to the
 * next heading of the same or a higher level. Blocks before the first heading are the lead.
 * Gives each section its id: the one written in its heading ({@code {#id}}), else one made from
 * its text; and its HTML anchors' ids. Every id is unique in the briefing: a written id or an
 * anchor that repeats one given before is an error there, and made ids step around all of them.
 */
final class SectionBuilder {

    private final Diagnostics diagnostics;
    private final List<Block> lead = new ArrayList<>();
    /** Anchors met since the last block or heading: they lead to whatever comes next. */
    private final List<MarkdownConverter.Anchor> pendingAnchors = new ArrayList<>();
    /** Every id given so far, written or made, and where, for the duplicate's message. */
    private final Map<String, SourcePos> given = new HashMap<>();
    private final List<Open> roots = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    /** Renderers name footnotes and their references {@code fn-N} and {@code fnref-N…}. */
    private static final Pattern FOOTNOTE_IDS = Pattern.compile("fn(ref)?-\\d+(-\\d+)*");

    /**
     * Renderers name their own elements with an underscore and a letter ({@code _main},
     * {@code _toc-title}, {@code _callout-2}); a section may not take such an id.
     */
    private static final Pattern PAGE_IDS = Pattern.compile("_\\p{L}.*");

    private final Slugs ids = new Slugs("section", id -> FOOTNOTE_IDS.matcher(id).matches());

    SectionBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A section still collecting its blocks and children. */
    private static final class Open {
        final String id;
        final int level;
        final List<Inline> heading;
        final SourcePos pos;
        final List<String> anchors = new ArrayList<>();
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
            return new Section(id, level, heading, blocks, closed, pos, anchors);
        }
    }

    /**
     * Opens a section.
     *
     * @param written the id written in the heading, if any; one that is unsafe, empty or taken
     *                is reported at {@code idPos} and a made one used instead
     */
    void heading(int level, List<Inline> inlines, SourcePos pos, Optional<String> written, SourcePos idPos) {
        while (!open.isEmpty() && open.peek().level >= level) {
            open.pop();
        }
        String id = written.flatMap(w -> claim(w, idPos, true)).orElseGet(() -> made(inlines, pos));
        Open section = new Open(id, level, inlines, pos);
        if (open.isEmpty()) {
            roots.add(section);
        } else {
            open.peek().children.add(section);
        }
        open.push(section);
        attachAnchors();
    }

    /** Anchors standing alone ({@code <a id="x"></a>}): ids of the next section, or of this one. */
    void anchors(List<MarkdownConverter.Anchor> anchors) {
        pendingAnchors.addAll(anchors);
    }

    void block(Block block) {
        attachAnchors();
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
        attachAnchors();
        List<Section> sections = new ArrayList<>(roots.size());
        for (Open root : roots) {
            sections.add(root.close());
        }
        return sections;
    }

    /** A made id, recorded so that a written id repeating it later is reported. */
    private String made(List<Inline> inlines, SourcePos pos) {
        String id = ids.unique(PlainText.of(inlines));
        given.put(id, pos);
        return id;
    }

    /**
     * Gives the pending anchors to the open section: the one whose heading follows them, or the
     * one they stand in. Anchors before the first heading have no section to lead to.
     */
    private void attachAnchors() {
        if (pendingAnchors.isEmpty()) {
            return;
        }
        for (MarkdownConverter.Anchor anchor : pendingAnchors) {
            if (open.isEmpty()) {
                diagnostics.warning(anchor.pos(), "html-anchor", "this anchor stands before the first"
                        + " heading, so it leads nowhere; links to '" + anchor.id() + "' need a heading to go to");
            } else if (!anchor.id().equals(open.peek().id)) {
                claim(anchor.id(), anchor.pos(), false).ifPresent(open.peek().anchors::add);
            }
        }
        pendingAnchors.clear();
    }

    /**
     * {@code id} if it may be given: safe, not the page's own and not given before. A heading's
     * written id that may not is an error; an anchor's unsafe id, other generators' markup, is a
     * warning and the anchor is left out.
     */
    private Optional<String> claim(String id, SourcePos pos, boolean written) {
        String what = written ? "heading id" : "anchor id";
        if (!HeadingAttributes.isSafeId(id)) {
            String message = id.isEmpty() ? "this heading id is empty; write one after the #, as in {#installing}"
                    : "the " + what + " '" + id + "' may use only letters, digits, '-', '_', '.' and ':'";
            if (written) {
                diagnostics.error(pos, "heading-id-invalid", message);
            } else {
                diagnostics.warning(pos, "html-anchor", message + "; the anchor is left out");
            }
            return Optional.empty();
        }
        if (FOOTNOTE_IDS.matcher(id).matches() || PAGE_IDS.matcher(id).matches()) {
            diagnostics.error(pos, "heading-id-invalid", "the " + what + " '" + id + "' is one Galley gives"
                    + " its own elements (footnotes are fn-N, the page's parts _name); choose another");
            return Optional.empty();
        }
        SourcePos first = given.putIfAbsent(id, pos);
        if (first != null || !ids.claim(id)) {
            diagnostics.error(pos, "heading-id-duplicate", "the id '" + id + "' is already given"
                    + (first == null ? "" : " at line " + first.line() + ", column " + first.column())
                    + "; ids must be unique in a briefing");
            return Optional.empty();
        }
        return Optional.of(id);
    }
}
