package dev.galley.render.html;

import dev.galley.core.diagnostic.Severity;
import dev.galley.core.image.SvgSanitizer;
import dev.galley.core.image.SvgSize;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.Walk;
import dev.galley.core.model.Site;
import dev.galley.core.publish.RenderContext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
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
    /** The published images' sizes in CSS pixels, by content path: a page's layout does not move as they load. */
    private final Map<String, int[]> sizes;
    private final Optional<Logo> logo;

    /** The desk's logo as the header shows it: where it is published, its alt text and its size in pixels. */
    record Logo(String path, String alt, int width, int height) {
    }

    private Media(Map<String, Boolean> published, Map<String, int[]> sizes, Optional<Logo> logo) {
        this.published = published;
        this.sizes = sizes;
        this.logo = logo;
    }

    /** The desk's logo, when it has one that could be read. */
    Optional<Logo> logo() {
        return logo;
    }

    /**
     * Finds, checks and copies the images and linked files of {@code briefings}: every briefing
     * of {@code site}, or the few a {@link RenderContext#briefingsOnly()} run renders.
     */
    static Media publish(Site site, List<Briefing> briefings, RenderContext context) throws IOException {
        Map<String, Boolean> published = new TreeMap<>();
        java.util.Set<String> images = new java.util.HashSet<>();
        for (Briefing briefing : briefings) {
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
                images.add(path.get());
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
        // core has checked that the logo is a PNG or JPEG file of the content folder
        site.config().style().logo().ifPresent(logo -> published.put(logo.file(), true));
        for (Briefing briefing : briefings) {
            Walk.inlines(briefing, (block, inline) -> {
                if (inline instanceof Inline.Link link && link.target() instanceof LinkTarget.ContentFile file) {
                    // The reader checked that the file exists inside the content folder.
                    published.put(file.path(), true);
                }
            });
        }
        Map<String, int[]> sizes = new java.util.HashMap<>();
        for (Map.Entry<String, Boolean> entry : published.entrySet()) {
            if (!entry.getValue()) {
                continue;
            }
            String path = entry.getKey();
            if (SvgSanitizer.isSvg(path)) {
                // Never the file as it is: opened from the site, an SVG would run its scripts there.
                if (context.svg(path) instanceof SvgSanitizer.Clean clean) {
                    byte[] svg = clean.svg();
                    context.write(Site.mediaPath(path), svg);
                    SvgSize.of(svg).ifPresent(size -> sizes.put(path, new int[] {
                            (int) Math.max(1, Math.round(size.width())), (int) Math.max(1, Math.round(size.height()))}));
                } else {
                    entry.setValue(false); // reported where briefings use it; pages show the alt text
                }
                continue;
            }
            try (OutputStream out = context.create(Site.mediaPath(path))) {
                Files.copy(context.contentFile(path), out);
            }
            if (images.contains(path)) {
                pixels(context, path).ifPresent(size -> sizes.put(path, size));
            }
        }
        Optional<Logo> logo = Optional.empty();
        if (site.config().style().logo().isPresent()) {
            dev.galley.core.style.Logo desk = site.config().style().logo().get();
            logo = pixels(context, desk.file()).map(size -> new Logo(Urls.encodePath(Site.mediaPath(desk.file())),
                    desk.alt(), size[0], size[1]));
        }
        return new Media(published, sizes, logo);
    }

    /** The width and height of a PNG or JPEG from its header, without decoding it; empty when it cannot be read. */
    private static Optional<int[]> pixels(RenderContext context, String path) {
        // a file stream, not ImageIO's default, which may write cache files to the temp folder
        try (javax.imageio.stream.ImageInputStream in = new javax.imageio.stream.FileImageInputStream(
                context.contentFile(path).toFile())) {
            java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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

    /** The width and height, in CSS pixels, of a published image of the content folder; empty for others. */
    Optional<int[]> size(Inline.Image image) {
        if (Urls.isAbsolute(image.source())) {
            return Optional.empty();
        }
        return Urls.normalizeContentPath(image.source()).map(sizes::get);
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
