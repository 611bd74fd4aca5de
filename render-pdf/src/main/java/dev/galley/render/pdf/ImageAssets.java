package dev.galley.render.pdf;

import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Walk;
import dev.galley.core.image.ImageFormat;
import dev.galley.core.image.SvgSanitizer;
import dev.galley.core.style.Logo;
import dev.galley.core.text.Digests;
import dev.galley.core.publish.RenderContext;
import dev.galley.render.pdf.draw.ImageAsset;
import dev.galley.render.pdf.page.ImageCatalog;
import dev.galley.render.pdf.svg.SvgImage;
import dev.galley.render.pdf.text.Reporter;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads and checks a briefing's figure images before layout, decoding each distinct image once
 * per run. An image that is remote, missing, too large or corrupt is reported and left out;
 * layout then sets its text instead.
 */
final class ImageAssets implements ImageCatalog {

    /** Larger images would take hundreds of megabytes to decode; no briefing figure needs that. */
    static final long MAX_PIXELS = 40_000_000L;
    static final long MAX_BYTES = 50L << 20;
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    /** Bounded: past it, images are decoded as they come, as before. */
    private static final int MAX_REMEMBERED = 4096;
    /** Sizes of images (by their bytes' SHA-256) that decoded without a problem in this JVM. */
    private static final Map<String, Size> DECODED = new ConcurrentHashMap<>();

    /** Charts read earlier in this JVM, by the SHA-256 of their cleaned bytes: a chart in many briefings is read once. */
    private static final Map<String, SvgImage> READ_SVG = new ConcurrentHashMap<>();

    private final Map<String, ImageAsset> assets;
    private final Map<String, SvgImage> drawings;

    private ImageAssets(Map<String, ImageAsset> assets, Map<String, SvgImage> drawings) {
        this.assets = assets;
        this.drawings = drawings;
    }

    /** The briefing's figures, one per image source, in reading order: the images the PDF may embed. */
    static List<Block.Figure> figures(Briefing briefing) {
        Map<String, Block.Figure> figures = new LinkedHashMap<>();
        Walk.inlines(briefing, (block, inline) -> {
            if (block instanceof Block.Figure figure && inline == figure.image()) {
                figures.putIfAbsent(figure.image().source(), figure);
            }
        });
        return List.copyOf(figures.values());
    }

    /** Whether {@code source} names a file elsewhere on the web rather than in the content folder. */
    static boolean isRemote(String source) {
        return URL.matcher(source).matches();
    }

    /**
     * The briefing's images and the desk's logo, which core has already found to be a PNG or JPEG
     * file of the content folder (a logo that still cannot be decoded is left off, with a warning).
     */
    static ImageAssets load(Briefing briefing, Optional<Logo> logo, RenderContext context, Reporter reporter) {
        Map<String, ImageAsset> assets = new LinkedHashMap<>();
        Map<String, SvgImage> drawings = new LinkedHashMap<>();
        logo.ifPresent(l -> {
            try {
                assets.put(l.file(), read(l.file(), context.contentFile(l.file())));
            } catch (IOException | RuntimeException e) {
                reporter.warning(dev.galley.core.model.SourcePos.START, "pdf-image-unreadable", "cannot use the logo "
                        + l.file() + " in the PDF (" + e.getMessage() + ")");
            }
        });
        for (Block.Figure figure : figures(briefing)) {
            String source = figure.image().source();
            if (isRemote(source)) {
                reporter.warning(figure.pos(), "pdf-image-remote", "image " + source
                        + " is not part of the content folder, so the PDF shows its text instead");
                continue;
            }
            try {
                if (SvgSanitizer.isSvg(source)) {
                    svg(source, context).ifPresent(svg -> drawings.put(source, svg));
                } else {
                    assets.put(source, read(source, context.contentFile(source)));
                }
            } catch (IOException | RuntimeException e) {
                reporter.warning(figure.pos(), "pdf-image-unreadable", "cannot use image " + source
                        + " in the PDF (" + e.getMessage() + "); its text is shown instead");
            }
        }
        return new ImageAssets(assets, drawings);
    }

    /**
     * The chart at {@code source} as core cleaned it, read for drawing; empty when core refused
     * it (an error core has reported at each use already: the PDF shows its text).
     */
    private static Optional<SvgImage> svg(String source, RenderContext context) throws IOException {
        if (!(context.svg(source) instanceof SvgSanitizer.Clean clean)) {
            return Optional.empty();
        }
        byte[] bytes = clean.svg();
        String key = Digests.sha256Hex(bytes);
        SvgImage known = READ_SVG.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        SvgImage svg = SvgImage.read(bytes);
        if (READ_SVG.size() < MAX_REMEMBERED) {
            READ_SVG.put(key, svg);
        }
        return Optional.of(svg);
    }

    private static ImageAsset read(String source, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("larger than " + (MAX_BYTES >> 20) + " MB");
        }
        byte[] bytes = Files.readAllBytes(file);
        boolean jpeg = ImageFormat.of(bytes).orElse(null) == ImageFormat.JPEG;
        String key = Digests.sha256Hex(bytes);
        Size known = DECODED.get(key);
        if (known != null) {
            // These very bytes decoded fine earlier in this run: a desk's logo on every briefing
            // is decoded once, and again only if its compressed form is no longer kept.
            return new ImageAsset(source, bytes, key, (int) known.widthPx(), (int) known.heightPx(), jpeg, () -> {
                try {
                    return decode(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        BufferedImage image = decode(bytes);
        if (DECODED.size() < MAX_REMEMBERED) {
            DECODED.put(key, new Size(image.getWidth(), image.getHeight()));
        }
        return new ImageAsset(source, bytes, key, image.getWidth(), image.getHeight(), jpeg, () -> image);
    }

    /** Decodes a whole image, refusing sizes no figure needs. */
    private static BufferedImage decode(byte[] bytes) throws IOException {
        // A memory-cached stream: ImageIO's default may write cache files to the temp folder.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image format Galley can read (use PNG or JPEG)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new IOException(reader.getWidth(0) + " × " + reader.getHeight(0)
                            + " pixels is too large");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    @Override
    public Optional<Size> size(String source) {
        SvgImage drawing = drawings.get(source);
        if (drawing != null) {
            return Optional.of(new Size((float) drawing.size().width(), (float) drawing.size().height()));
        }
        ImageAsset asset = assets.get(source);
        return asset == null ? Optional.empty()
                : Optional.of(new Size(asset.width(), asset.height()));
    }

    Map<String, ImageAsset> all() {
        return assets;
    }

    /** The charts, by source, that the PDF draws as vectors. */
    Map<String, SvgImage> drawings() {
        return drawings;
    }
}
