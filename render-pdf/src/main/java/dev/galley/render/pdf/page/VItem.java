package dev.galley.render.pdf.page;

import dev.galley.render.pdf.line.Fragment;

import java.util.List;
import java.util.Objects;

/**
 * What the page builder stacks: lines, space and images, each with its height. Positions across
 * the page are final; the page builder decides only which page and how far down.
 */
public sealed interface VItem permits VItem.LineBox, VItem.Space, VItem.ImageBox {

    float height();

    /** Whether the page builder must keep this item on the same page as the next one. */
    boolean keepWithNext();

    /**
     * A line: text fragments (x from the page's left edge) on a baseline {@code baseline} points
     * below the line's top, and rectangles (y from the line's top) drawn behind them.
     *
     * @param anchor a named destination at this line (a heading's id), empty when none
     * @param origin the model element the line comes from (see {@link Origin})
     * @param parts  the origin of each fragment where it is more specific than the line's (a
     *               list item's label, a table cell); empty when every fragment is the line's
     */
    record LineBox(float height, float baseline, List<Fragment> fragments, List<Rect> rects,
                   boolean keepWithNext, String anchor, Origin origin, List<Origin> parts) implements VItem {
        public LineBox {
            fragments = List.copyOf(fragments);
            rects = List.copyOf(rects);
            parts = List.copyOf(parts);
            Objects.requireNonNull(anchor);
            Objects.requireNonNull(origin);
            if (!parts.isEmpty() && parts.size() != fragments.size()) {
                throw new IllegalArgumentException("one part per fragment");
            }
        }

        public LineBox(float height, float baseline, List<Fragment> fragments, List<Rect> rects,
                       boolean keepWithNext, String anchor, Origin origin) {
            this(height, baseline, fragments, rects, keepWithNext, anchor, origin, List.of());
        }

        /** The origin of fragment {@code i}: its part's, or the line's. */
        public Origin originOf(int i) {
            return parts.isEmpty() ? origin : parts.get(i);
        }

        /** A line that is decoration or pagination, not content. */
        public LineBox(float height, float baseline, List<Fragment> fragments, List<Rect> rects,
                       boolean keepWithNext, String anchor) {
            this(height, baseline, fragments, rects, keepWithNext, anchor, Origin.ARTIFACT);
        }
    }

    /** Vertical space between blocks; dropped at the top of a page. */
    record Space(float height) implements VItem {
        @Override
        public boolean keepWithNext() {
            return false;
        }
    }

    /** An image, {@code source} as the model names it, scaled to {@code width} × {@code height}. */
    record ImageBox(float x, float width, float height, String source, boolean keepWithNext, Origin origin)
            implements VItem {
        public ImageBox {
            Objects.requireNonNull(source);
            Objects.requireNonNull(origin);
        }
    }
}
