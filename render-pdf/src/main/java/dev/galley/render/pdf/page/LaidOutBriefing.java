package dev.galley.render.pdf.page;

import dev.galley.core.labels.LabelBook;
import dev.galley.core.labels.Labels;
import dev.galley.render.pdf.font.TypeFaces;

import java.util.List;
import java.util.Map;

/**
 * Layout's result and the drawing step's only input besides metadata and image files: pages of
 * positioned items, where every anchor landed, the outline, and a watermark for every page
 * ("DRAFT" for drafts, in the briefing's language; empty for none), and the labels in that language
 * for what the drawing step writes itself (links' descriptions), and the faces by role (the
 * watermark is drawn in the headings' bold).
 */
public record LaidOutBriefing(PageGeometry geometry, List<Page> pages,
                              Map<String, Destination> anchors, List<OutlineEntry> outline,
                              String watermark, Labels labels, TypeFaces faces) {
    public LaidOutBriefing {
        pages = List.copyOf(pages);
        anchors = Map.copyOf(anchors);
        outline = List.copyOf(outline);
        java.util.Objects.requireNonNull(watermark);
        java.util.Objects.requireNonNull(labels);
        java.util.Objects.requireNonNull(faces);
    }

    public LaidOutBriefing(PageGeometry geometry, List<Page> pages, Map<String, Destination> anchors,
                           List<OutlineEntry> outline, String watermark) {
        this(geometry, pages, anchors, outline, watermark, LabelBook.shipped().forLanguage("en"), TypeFaces.DEFAULT);
    }

    public LaidOutBriefing(PageGeometry geometry, List<Page> pages, Map<String, Destination> anchors,
                           List<OutlineEntry> outline) {
        this(geometry, pages, anchors, outline, "");
    }
}
