package dev.galley.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A heading and everything under it up to the next heading of the same or a higher level.
 *
 * @param id       stable slug of the heading text, unique within the briefing (an anchor in HTML,
 *                 a named destination in the PDF)
 * @param level    heading level, 1 to 6
 * @param heading  the heading's inlines
 * @param blocks   blocks between this heading and its first sub-heading
 * @param children sub-sections, in source order
 * @param pos      where the heading starts
 * @param anchors  further ids that lead to this section, from raw HTML anchors such as
 *                 {@code <a id="CVE-2016-6304"></a>} that other generators' posts put before a
 *                 heading or inside its text; unique in the briefing like {@code id}, never equal to it
 */
public record Section(String id, int level, List<Inline> heading, List<Block> blocks,
                      List<Section> children, SourcePos pos, List<String> anchors) {

    public Section {
        Objects.requireNonNull(id);
        anchors = List.copyOf(anchors);
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
        heading = List.copyOf(heading);
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    /** A section no anchor leads to but its own id. */
    public Section(String id, int level, List<Inline> heading, List<Block> blocks,
                   List<Section> children, SourcePos pos) {
        this(id, level, heading, blocks, children, pos, List.of());
    }

    /** Every id that leads to this section: its own first, then its anchors. */
    public List<String> ids() {
        List<String> all = new java.util.ArrayList<>(anchors.size() + 1);
        all.add(id);
        all.addAll(anchors);
        return all;
    }

    /** The heading as plain text, for outlines, tables of contents and titles. */
    public String headingText() {
        return PlainText.of(heading);
    }
}
