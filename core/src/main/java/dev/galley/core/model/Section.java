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
 */
public record Section(String id, int level, List<Inline> heading, List<Block> blocks,
                      List<Section> children, SourcePos pos) {

    public Section {
        Objects.requireNonNull(id);
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
        heading = List.copyOf(heading);
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    /** The heading as plain text, for outlines, tables of contents and titles. */
    public String headingText() {
        return PlainText.of(heading);
    }
}
