package dev.galley.render.pdf.page;

import java.util.List;
import java.util.Map;

/**
 * Layout's result and the drawing step's only input besides metadata and image files: pages of
 * positioned items, where every anchor landed, the outline, and a watermark for every page
 * ("DRAFT" for drafts; empty for none).
 */
public record LaidOutBriefing(PageGeometry geometry, List<Page> pages,
                              Map<String, Destination> anchors, List<OutlineEntry> outline,
                              String watermark) {
    public LaidOutBriefing {
        pages = List.copyOf(pages);
        anchors = Map.copyOf(anchors);
        outline = List.copyOf(outline);
        java.util.Objects.requireNonNull(watermark);
    }

    public LaidOutBriefing(PageGeometry geometry, List<Page> pages, Map<String, Destination> anchors,
                           List<OutlineEntry> outline) {
        this(geometry, pages, anchors, outline, "");
    }
}
