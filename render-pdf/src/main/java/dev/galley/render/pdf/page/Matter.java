package dev.galley.render.pdf.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Set matter, as a printer would say: a part of a briefing set into stacked items but not yet made
 * up into pages (the masthead, the table of contents, the body). Parts are set apart so that one
 * can be set again without the others: the contents change with the page numbers they list, the
 * body does not. Where two parts meet, the space between them is what it would have been had they
 * been set as one.
 *
 * @param items   the stacked items, without the space asked for above the first
 * @param opening the space asked for above the first item (0 for none)
 * @param closing the space asked for after the last item, for whatever follows
 * @param locked  whether that space is final (the part ends with a heading's space below it), so
 *                the next part may not add to it
 */
record Matter(List<VItem> items, float opening, float closing, boolean locked) {

    Matter {
        items = List.copyOf(items);
    }

    /** The parts one after another, with the space between each pair; none above the first. */
    static List<VItem> stack(List<Matter> parts) {
        List<VItem> all = new ArrayList<>();
        float pending = 0;
        boolean locked = false;
        for (Matter part : parts) {
            if (part.items.isEmpty()) {
                // Nothing was set, so the part only asked for space.
                pending = locked ? pending : Math.max(pending, part.closing);
                continue;
            }
            float space = locked ? pending : Math.max(pending, part.opening);
            if (space > 0 && !all.isEmpty()) {
                all.add(new VItem.Space(space));
            }
            all.addAll(part.items);
            pending = part.closing;
            locked = part.locked;
        }
        return all;
    }
}
