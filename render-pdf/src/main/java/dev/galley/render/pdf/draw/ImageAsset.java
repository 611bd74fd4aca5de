package dev.galley.render.pdf.draw;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An image file of the content folder, read (and, the first time a run meets its bytes, decoded)
 * before layout, so that a broken file is found and reported before any page depends on it.
 *
 * @param source  the path as the model names it
 * @param bytes   the file's bytes; a JPEG is embedded as it is
 * @param key     the SHA-256 of the bytes, in hex: the same image in any briefing
 * @param width   its width in pixels
 * @param height  its height in pixels
 * @param jpeg    whether the file is a JPEG
 * @param pixels  the decoded pixels, for embedding losslessly when the file is not a JPEG:
 *                decoded on demand when a run has met the bytes before
 */
public record ImageAsset(String source, byte[] bytes, String key, int width, int height, boolean jpeg,
                         Supplier<BufferedImage> pixels) {
    public ImageAsset {
        Objects.requireNonNull(source);
        Objects.requireNonNull(bytes);
        Objects.requireNonNull(key);
        Objects.requireNonNull(pixels);
    }
}
