package dev.galley.render.html;

import dev.galley.core.diagnostic.Severity;
import dev.galley.core.image.SvgSanitizer;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.Walk;
import dev.galley.core.model.Site;
import dev.galley.core.publish.RenderContext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The site's local images and linked files: found in every briefing before any page is written,
 * each copied once to {@link Site#mediaPath(String)} (an SVG as {@link RenderContext#svg} cleaned
 * it, never as it is), and reported when the file is not there. Pages then ask
 * {@link #src} where an image is, and get nothing for one that could not be published.
 */
final class Media {

    /** Content-relative path (normalized) to whether the file exists and was copied. */
    private final Map<String, Boolean> published;

    private Media(Map<String, Boolean> published) {
        this.published = published;
    }

    /** Finds, checks and copies the images of every briefing of {@code site}. */
    static Media publish(Site site, RenderContext context) throws IOException {
        Map<String, Boolean> published = new TreeMap<>();
        for (Briefing briefing : site.briefings()) {
            for (Inline.Image image : Images.of(briefing)) {
                String source = image.source();
                if (Urls.isAbsolute(source)) {
                    if (!Urls.isSafeImage(source)) {
                        context.report(Severity.WARNING, briefing, image.pos(), "unsafe-image",
                                "image address '" + source + "' is neither a web address (http or https) nor a"
                                        + " base64 data: image in PNG, GIF, JPEG or WebP; the image is left out");
                    }
                    continue;
                }
                Optional<String> path = Urls.normalizeContentPath(source);
                if (path.isEmpty()) {
                    context.report(Severity.WARNING, briefing, image.pos(), "missing-image",
                            "image '" + source + "' is not a file inside the content folder; "
                                    + "its alt text is shown instead");
                    continue;
                }
                Boolean exists = published.get(path.get());
                if (exists == null) {
                    exists = isFile(context, path.get());
                    published.put(path.get(), exists);
                }
                if (!exists) {
                    context.report(Severity.WARNING, briefing, image.pos(), "missing-image",
                            "image file '" + source + "' not found in the content folder; "
                                    + "its alt text is shown instead");
                }
            }
        }
        for (Briefing briefing : site.briefings()) {
            Walk.inlines(briefing, (block, inline) -> {
                if (inline instanceof Inline.Link link && link.target() instanceof LinkTarget.ContentFile file) {
                    // The reader checked that the file exists inside the content folder.
                    published.put(file.path(), true);
                }
            });
        }
        for (Map.Entry<String, Boolean> entry : published.entrySet()) {
            if (!entry.getValue()) {
                continue;
            }
            String path = entry.getKey();
            if (SvgSanitizer.isSvg(path)) {
                // Never the file as it is: opened from the site, an SVG would run its scripts there.
                if (context.svg(path) instanceof SvgSanitizer.Clean clean) {
                    context.write(Site.mediaPath(path), clean.svg());
                } else {
                    entry.setValue(false); // reported where briefings use it; pages show the alt text
                }
                continue;
            }
            try (OutputStream out = context.create(Site.mediaPath(path))) {
                Files.copy(context.contentFile(path), out);
            }
        }
        return new Media(published);
    }

    private static boolean isFile(RenderContext context, String path) {
        try {
            return Files.isRegularFile(context.contentFile(path));
        } catch (IOException outsideContent) {
            return false;
        }
    }

    /** Where a page {@code toRoot} below the site root finds a published content file. */
    Optional<String> file(String contentPath, String toRoot) {
        return Urls.normalizeContentPath(contentPath)
                .filter(path -> published.getOrDefault(path, false))
                .map(path -> toRoot + Urls.encodePath(Site.mediaPath(path)));
    }

    /**
     * Where a page {@code toRoot} below the site root finds {@code image}: the web address as
     * written, or the relative path of the published copy; empty when it cannot be shown.
     */
    Optional<String> src(Inline.Image image, String toRoot) {
        String source = image.source();
        if (Urls.isAbsolute(source)) {
            return Urls.isSafeImage(source) ? Optional.of(source) : Optional.empty();
        }
        return Urls.normalizeContentPath(source)
                .filter(path -> published.getOrDefault(path, false))
                .map(path -> toRoot + Urls.encodePath(Site.mediaPath(path)));
    }
}
