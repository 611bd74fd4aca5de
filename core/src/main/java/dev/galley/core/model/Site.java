package dev.galley.core.model;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything a renderer needs: the settings and the briefings to publish, newest first, plus the
 * path conventions that let one output link to another without knowing its renderer.
 */
public record Site(SiteConfig config, List<Briefing> briefings) {

    /**
     * Front matter newest first by the day shown, then, on one day, by the time when given (a
     * time's instant, so zones compare right); undated last. Ties are left to the caller.
     */
    static final Comparator<Meta> NEWEST_META = Comparator
            .comparing((Meta m) -> m.date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing((Meta m) -> m.published().map(OffsetDateTime::toInstant).orElse(null),
                    Comparator.nullsLast(Comparator.reverseOrder()));

    /** Newest first; undated briefings last; ties broken by slug so the order is stable. */
    public static final Comparator<Briefing> NEWEST_FIRST = Comparator
            .comparing(Briefing::meta, Site.NEWEST_META)
            .thenComparing(Briefing::slug);

    /**
     * Orders {@code briefings} newest first; a {@link BriefingList} is already in that order and
     * is kept as it is, so that its briefings are not all brought into memory at once.
     */
    public Site {
        Objects.requireNonNull(config);
        if (!(briefings instanceof BriefingList)) {
            briefings = briefings.stream().sorted(NEWEST_FIRST).toList();
        }
    }

    /** The folder of a briefing's page and PDF, relative to the site root, without a slash. */
    public static String briefingDir(Briefing briefing) {
        return briefingDir(briefing.slug());
    }

    /** The folder of the page and PDF of the briefing named {@code slug}. */
    public static String briefingDir(String slug) {
        return "briefings/" + slug;
    }

    /** The briefing's HTML page, relative to the site root. */
    public static String pagePath(Briefing briefing) {
        return briefingDir(briefing) + "/index.html";
    }

    /**
     * Where a local image of the content folder is published, relative to the site root:
     * {@code media/} followed by its path in the content folder.
     */
    public static String mediaPath(String contentRelativePath) {
        return "media/" + contentRelativePath;
    }

    /**
     * The page that redirects from an earlier address ({@link Meta#aliases}): a folder address
     * ({@code blog/old/}, or {@code blog/old} without an extension) gets an {@code index.html},
     * an address of a page ({@code old.html}) is written as it is.
     */
    public static String aliasPage(String alias) {
        if (alias.endsWith("/")) {
            return alias + "index.html";
        }
        String last = alias.substring(alias.lastIndexOf('/') + 1);
        return last.endsWith(".html") || last.endsWith(".htm") ? alias : alias + "/index.html";
    }

    /** The briefing's print PDF, relative to the site root. */
    public static String pdfPath(Briefing briefing) {
        return briefingDir(briefing) + "/" + briefing.slug() + ".pdf";
    }
}
