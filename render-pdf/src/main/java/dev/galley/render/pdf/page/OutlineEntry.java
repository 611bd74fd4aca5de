package dev.galley.render.pdf.page;

import java.util.List;

/**
 * A bookmark: a title and the anchor it jumps to, with its sub-entries.
 */
public record OutlineEntry(String title, String anchor, List<OutlineEntry> children) {
    public OutlineEntry {
        children = List.copyOf(children);
    }
}
