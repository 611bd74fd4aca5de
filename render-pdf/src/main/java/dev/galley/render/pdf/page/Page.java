package dev.galley.render.pdf.page;

import java.util.List;

/**
 * One laid-out page: its items with their tops, in points from the top of the paper, header and
 * footer included.
 *
 * @param number 1-based page number
 */
public record Page(int number, List<Placed> items) {
    public Page {
        items = List.copyOf(items);
    }

    /** An item and the distance of its top from the top of the paper. */
    public record Placed(VItem item, float top) {
    }
}
