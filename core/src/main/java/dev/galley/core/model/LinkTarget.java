package dev.galley.core.model;

import java.util.Objects;

/**
 * Where a link goes, resolved by the reader so that each renderer can express it in its own
 * terms: an {@code href} in HTML, a go-to action or URI in the PDF.
 */
public sealed interface LinkTarget
        permits LinkTarget.Web, LinkTarget.Anchor, LinkTarget.BriefingPage, LinkTarget.ContentFile {

    /** A web, mail or phone address, as written ({@code https:}, {@code mailto:}, {@code tel:}, {@code ftp:}). */
    record Web(String url) implements LinkTarget {
        public Web {
            Objects.requireNonNull(url);
        }
    }

    /** A section of the same briefing, by its id. */
    record Anchor(String id) implements LinkTarget {
        public Anchor {
            Objects.requireNonNull(id);
        }
    }

    /**
     * Another briefing ({@code other.md} in the source), optionally one of its sections.
     *
     * @param slug     the other briefing's file's page name ({@code Slugs.ofFile}); its published
     *                 page name may differ, see {@link PageNames}
     * @param anchorId a section id in it, empty for the briefing as a whole
     */
    record BriefingPage(String slug, String anchorId) implements LinkTarget {
        public BriefingPage {
            Objects.requireNonNull(slug);
            Objects.requireNonNull(anchorId);
        }
    }

    /**
     * Any other file of the content folder (a spreadsheet, a report), published at
     * {@link Site#mediaPath(String)}.
     *
     * @param path the file's path relative to the content folder
     */
    record ContentFile(String path) implements LinkTarget {
        public ContentFile {
            Objects.requireNonNull(path);
        }
    }
}
