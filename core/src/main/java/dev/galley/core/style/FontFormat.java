package dev.galley.core.style;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What kind of font a file holds, told by its table directory rather than its name, and whether
 * Galley can embed it: TrueType outlines only, since a subset of CFF outlines cut the way
 * TrueType subsets are cut would not be a valid font.
 */
public final class FontFormat {

    private static final int TRUETYPE = 0x00010000;
    private static final int APPLE_TRUETYPE = tag("true");
    private static final int OPENTYPE_CFF = tag("OTTO");
    private static final int COLLECTION = tag("ttcf");
    private static final int WOFF = tag("wOFF");
    private static final int WOFF2 = tag("wOF2");
    /** A table directory longer than this is not a real font's (fonts have a few dozen tables). */
    private static final int MAX_TABLES = 512;

    private FontFormat() {
    }

    /**
     * Why {@code bytes} cannot draw text in a PDF as font {@code index} of the file, or empty
     * when they can: a TrueType font (or collection) with outlines and a character map.
     */
    public static Optional<String> problem(byte[] bytes, int index) {
        int version = int32(bytes, 0);
        if (version == COLLECTION) {
            long count = int32(bytes, 8) & 0xFFFFFFFFL;
            if (count == 0 || 12 + 4 * count > bytes.length) {
                return Optional.of("is a damaged font collection");
            }
            if (index >= count) {
                return Optional.of("holds " + count + (count == 1 ? " font" : " fonts") + ", so its index runs from 0 to "
                        + (count - 1) + ", not " + index);
            }
            return single(bytes, int32(bytes, 12 + 4 * index), true);
        }
        if (index != 0) {
            return Optional.of("is a single font, not a collection: leave out its index");
        }
        return single(bytes, 0, false);
    }

    /** Whether {@code bytes} are a TrueType collection ({@code .ttc}), which a browser cannot take one face of. */
    public static boolean isCollection(byte[] bytes) {
        return int32(bytes, 0) == COLLECTION;
    }

    /**
     * Whether {@code bytes} are a WOFF2 web font of one face, as a browser loads from
     * {@code @font-face}: not a WOFF2 collection, whose faces a browser cannot pick either.
     */
    public static boolean isSingleWoff2(byte[] bytes) {
        return int32(bytes, 0) == WOFF2 && int32(bytes, 4) != COLLECTION && bytes.length >= 48;
    }

    private static Optional<String> single(byte[] bytes, int offset, boolean inCollection) {
        int version = int32(bytes, offset);
        if (version == OPENTYPE_CFF) {
            return Optional.of("has PostScript (CFF) outlines, which Galley cannot embed yet; use the TrueType (.ttf)"
                    + " version of the font");
        }
        if (version == WOFF || version == WOFF2) {
            return Optional.of("is a web font (WOFF); name the TrueType (.ttf) file, and Galley serves a .woff2 of"
                    + " the same name beside it on the site");
        }
        if (version != TRUETYPE && version != APPLE_TRUETYPE) {
            return Optional.of(inCollection ? "holds no TrueType font at that index" : "is not a TrueType font");
        }
        int tables = uint16(bytes, offset + 4);
        if (tables <= 0 || tables > MAX_TABLES || offset + 12L + 16L * tables > bytes.length) {
            return Optional.of("is a damaged TrueType font (its table directory is cut short)");
        }
        boolean glyf = false;
        boolean cmap = false;
        boolean hmtx = false;
        for (int t = 0; t < tables; t++) {
            int tag = int32(bytes, offset + 12 + 16 * t);
            glyf |= tag == tag("glyf");
            cmap |= tag == tag("cmap");
            hmtx |= tag == tag("hmtx");
            if (tag == tag("CFF ") || tag == tag("CFF2")) {
                return Optional.of("has PostScript (CFF) outlines, which Galley cannot embed yet; use the TrueType"
                        + " (.ttf) version of the font");
            }
        }
        if (!glyf || !cmap || !hmtx) {
            return Optional.of("lacks a table every text font has (" + (!glyf ? "glyf" : !cmap ? "cmap" : "hmtx") + ")");
        }
        return Optional.empty();
    }

    private static int tag(String tag) {
        byte[] b = tag.getBytes(StandardCharsets.US_ASCII);
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | b[3] & 0xFF;
    }

    private static int int32(byte[] b, int at) {
        if (at < 0 || at + 4 > b.length) {
            return -1;
        }
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    private static int uint16(byte[] b, int at) {
        if (at < 0 || at + 2 > b.length) {
            return -1;
        }
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }
}
