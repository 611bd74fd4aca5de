package dev.galley.render.pdf.page;

import java.util.Optional;

/**
 * The images layout may place, by their source as the model names them. An image the catalog
 * does not know (remote, missing, unreadable) is set as its text instead.
 */
@FunctionalInterface
public interface ImageCatalog {

    Optional<Size> size(String source);

    /** Dimensions of a readable image in pixels (CSS pixels for an SVG, which may be fractional). */
    record Size(float widthPx, float heightPx) {
    }

    ImageCatalog NONE = source -> Optional.empty();
}
