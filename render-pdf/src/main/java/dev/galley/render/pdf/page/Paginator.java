package dev.galley.render.pdf.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The page builder: fills pages top to bottom with the stacked items. Space at the top of a page
 * is dropped; an item marked keep-with-next (a heading) moves to the next page together with what
 * follows it when they would not both fit. Looks ahead at most a page, so the cost stays linear.
 */
public final class Paginator {

    private final float bodyHeight;

    public Paginator(float bodyHeight) {
        this.bodyHeight = bodyHeight;
    }

    /** Items per page, each with its top measured from the top of the body. */
    public List<List<Page.Placed>> paginate(List<VItem> items) {
        List<List<Page.Placed>> pages = new ArrayList<>();
        List<Page.Placed> page = new ArrayList<>();
        float y = 0;
        for (int i = 0; i < items.size(); i++) {
            VItem item = items.get(i);
            if (item instanceof VItem.Space space) {
                if (!page.isEmpty()) {
                    y += space.height();
                }
                continue;
            }
            float needed = item.keepWithNext() ? chainHeight(items, i) : item.height();
            if (y + needed > bodyHeight && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = 0;
            }
            page.add(new Page.Placed(item, y));
            y += item.height();
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /**
     * Height of the item at {@code from}, the items it keeps with, and the first item after them,
     * capped at a page: a chain longer than a page is broken anyway.
     */
    private float chainHeight(List<VItem> items, int from) {
        float height = 0;
        for (int i = from; i < items.size() && height <= bodyHeight; i++) {
            VItem item = items.get(i);
            height += item.height();
            if (!(item instanceof VItem.Space) && !item.keepWithNext()) {
                break;
            }
        }
        return height;
    }
}
