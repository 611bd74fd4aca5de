package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.KerningSubtable;
import org.apache.fontbox.ttf.KerningTable;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.util.Arrays;

/**
 * One face's character map and advance widths, copied out of the parsed font into plain arrays.
 * Immutable after construction, so every thread can measure with it without locking (fontbox's
 * {@link TrueTypeFont} reads its tables lazily from a shared stream and is not safe to share).
 */
final class FaceMetrics {

    private static final int BMP_SIZE = 0x10000;

    /** Glyph id per code point of the Basic Multilingual Plane; 0 means no glyph. */
    private final char[] bmpGlyphs;
    /** Code points above the BMP that the face maps, ascending, and their glyph ids. */
    private final int[] supplementaryCodePoints;
    private final int[] supplementaryGlyphs;
    /**
     * Advance width per glyph id in thousandths of an em, rounded as PDFBox rounds them into the
     * PDF's width array, so that layout measures exactly what a viewer will draw.
     */
    private final int[] advances;
    private final float unitsPerEm;
    private final float ascender;
    private final float descender;
    /**
     * The face's pair kerning from its {@code kern} table (DejaVu's carries the same pairs as its
     * GPOS), or null. Parsed into arrays when the font is read; lookups only read them, so it is
     * safe to share after the font is closed.
     */
    private final KerningSubtable kerning;

    private FaceMetrics(char[] bmpGlyphs, int[] supplementaryCodePoints, int[] supplementaryGlyphs,
                        int[] advances, float unitsPerEm, float ascender, float descender,
                        KerningSubtable kerning) {
        this.bmpGlyphs = bmpGlyphs;
        this.supplementaryCodePoints = supplementaryCodePoints;
        this.supplementaryGlyphs = supplementaryGlyphs;
        this.advances = advances;
        this.unitsPerEm = unitsPerEm;
        this.ascender = ascender;
        this.descender = descender;
        this.kerning = kerning;
    }

    static FaceMetrics of(TrueTypeFont font) throws IOException {
        // The same lookup PDType0Font encodes with, so "has a glyph" here means "can be drawn".
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        char[] bmp = new char[BMP_SIZE];
        for (int cp = 0; cp < BMP_SIZE; cp++) {
            bmp[cp] = (char) cmap.getGlyphId(cp);
        }
        int[] suppCps = new int[64];
        int[] suppGids = new int[64];
        int count = 0;
        for (int cp = BMP_SIZE; cp <= Character.MAX_CODE_POINT; cp++) {
            int gid = cmap.getGlyphId(cp);
            if (gid != 0) {
                if (count == suppCps.length) {
                    suppCps = Arrays.copyOf(suppCps, count * 2);
                    suppGids = Arrays.copyOf(suppGids, count * 2);
                }
                suppCps[count] = cp;
                suppGids[count] = gid;
                count++;
            }
        }
        int glyphs = font.getNumberOfGlyphs();
        HorizontalMetricsTable hmtx = font.getHorizontalMetrics();
        int[] advances = new int[glyphs];
        for (int gid = 0; gid < glyphs; gid++) {
            advances[gid] = Math.round(hmtx.getAdvanceWidth(gid) * 1000f / font.getUnitsPerEm());
        }
        KerningTable kern = font.getKerning();
        KerningSubtable kerning = kern == null ? null : kern.getHorizontalKerningSubtable();
        if (kerning != null) {
            kerning.getKerning(0, 0); // force the pairs to be read now, while the font is open
        }
        return new FaceMetrics(bmp, Arrays.copyOf(suppCps, count), Arrays.copyOf(suppGids, count),
                advances, font.getUnitsPerEm(),
                font.getHorizontalHeader().getAscender(),
                -font.getHorizontalHeader().getDescender(), kerning);
    }

    /** The glyph id for {@code codePoint}, 0 when the face has none. */
    int glyph(int codePoint) {
        if (codePoint >= 0 && codePoint < BMP_SIZE) {
            return bmpGlyphs[codePoint];
        }
        int at = Arrays.binarySearch(supplementaryCodePoints, codePoint);
        return at >= 0 ? supplementaryGlyphs[at] : 0;
    }

    float advance(int codePoint, float size) {
        int gid = glyph(codePoint);
        return advances[gid < advances.length ? gid : 0] * size / 1000f;
    }

    /**
     * Kerning between two characters in thousandths of an em (negative: closer), rounded as the
     * drawing stage writes it into the content stream, so layout and drawing agree exactly.
     */
    int kern(int left, int right) {
        if (kerning == null) {
            return 0;
        }
        int l = glyph(left);
        int r = glyph(right);
        if (l == 0 || r == 0) {
            return 0;
        }
        return Math.round(kerning.getKerning(l, r) * 1000f / unitsPerEm);
    }

    float ascent(float size) {
        return ascender * size / unitsPerEm;
    }

    float descent(float size) {
        return descender * size / unitsPerEm;
    }
}
