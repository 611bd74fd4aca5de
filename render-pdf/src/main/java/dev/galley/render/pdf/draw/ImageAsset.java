package dev.galley.render.pdf.draw;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * An image file of the content folder, read and decoded before layout so that a broken file is
 * found (and reported) before any page depends on it.
 *
 * @param source  the path as the model names it
 * @param bytes   the file's bytes; a JPEG is embedded as it is
 * @param decoded the decoded pixels, embedded losslessly when the file is not a JPEG
 * @param jpeg    whether the file is a JPEG
 */
public record ImageAsset(String source, byte[] bytes, BufferedImage decoded, boolean jpeg) {
    public ImageAsset {
        Objects.requireNonNull(source);
        Objects.requireNonNull(bytes);
        Objects.requireNonNull(decoded);
    }
}
