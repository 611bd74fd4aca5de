package dev.galley.render.pdf.font;

import dev.galley.core.style.Fonts;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One face's character map and advance widths, copied out of the parsed font into plain arrays.
 * Immutable after construction, so every thread can measure with it without locking (fontbox's
 * {@link TrueTypeFont} reads its tables lazily from a shared stream and is not safe to share).
 */
final class FaceMetrics {

    private static final int BMP_SIZE = 0x10000;
    /** Kerned pairs a face may have for its kerning to be kept as a table of pairs (see {@link GposKerning#asPairs}). */
    private static final int PAIR_LIMIT = 200_000;

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
    /** The face's pair kerning, from its {@code GPOS} table, else from its {@code kern} table. */
    private final Kerning kerning;
    /** The {@link Ligature}s the face sets, a bit per ordinal. */
    private final int ligatures;
    /** The face with tabular figures; null when that is this (its digits already are, or it has no {@code tnum}). */
    private final FaceMetrics tabular;

    private FaceMetrics(char[] bmpGlyphs, int[] supplementaryCodePoints, int[] supplementaryGlyphs,
                        int[] advances, float unitsPerEm, float ascender, float descender,
                        Kerning kerning, int ligatures, FaceMetrics tabular) {
        this.bmpGlyphs = bmpGlyphs;
        this.supplementaryCodePoints = supplementaryCodePoints;
        this.supplementaryGlyphs = supplementaryGlyphs;
        this.advances = advances;
        this.unitsPerEm = unitsPerEm;
        this.ascender = ascender;
        this.descender = descender;
        this.kerning = kerning;
        this.ligatures = ligatures;
        this.tabular = tabular;
    }

    static FaceMetrics of(TrueTypeFont font, Fonts.Figures figures) throws IOException {
        // The same lookup PDType0Font encodes with, so "has a glyph" here means "can be drawn".
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        // Inverted glyph by glyph: that visits only what the face maps, where asking for every
        // code point up to U+10FFFF took over a million lookups a face, most of a short run's start.
        int glyphs = font.getNumberOfGlyphs();
        char[] bmp = new char[BMP_SIZE];
        TreeMap<Integer, Integer> supplementary = new TreeMap<>();
        for (int gid = 1; gid < glyphs; gid++) {
            List<Integer> codePoints = cmap.getCharCodes(gid);
            if (codePoints == null) {
                continue;
            }
            for (int cp : codePoints) {
                if (cmap.getGlyphId(cp) != gid) {
                    continue; // not how the lookup maps it (a code listed twice): the lookup decides
                }
                if (cp >= 0 && cp < BMP_SIZE) {
                    bmp[cp] = (char) gid;
                } else if (cp >= BMP_SIZE && cp <= Character.MAX_CODE_POINT) {
                    supplementary.put(cp, gid);
                }
            }
        }
        int[] suppCps = supplementary.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] suppGids = supplementary.values().stream().mapToInt(Integer::intValue).toArray();
        int count = suppCps.length;
        HorizontalMetricsTable hmtx = font.getHorizontalMetrics();
        int[] advances = new int[glyphs];
        for (int gid = 0; gid < glyphs; gid++) {
            advances[gid] = Math.round(hmtx.getAdvanceWidth(gid) * 1000f / font.getUnitsPerEm());
        }
        byte[] gsubTable = table(font, "GSUB");
        GsubFeatures gsub = new GsubFeatures(gsubTable == null ? new byte[0] : gsubTable, glyphs);
        boolean hasGsub = gsubTable != null;
        char[] mapped = figures(bmp.clone(), hasGsub, gsub, figures);
        char[] tabular = figures == Fonts.Figures.TABULAR ? mapped : figures(bmp, hasGsub, gsub, Fonts.Figures.TABULAR);
        boolean twin = !Arrays.equals(tabular, mapped); // compared before ligatures are written in
        int[] suppCodePoints = Arrays.copyOf(suppCps, count);
        int[] suppGlyphs = Arrays.copyOf(suppGids, count);
        float ascender = font.getHorizontalHeader().getAscender();
        float descender = -font.getHorizontalHeader().getDescender();
        Kerning kerning = kerning(font, glyphs);
        FaceMetrics tabularTwin = !twin ? null : new FaceMetrics(tabular, suppCodePoints, suppGlyphs, advances,
                font.getUnitsPerEm(), ascender, descender, kerning, ligatures(tabular, hasGsub, gsub), null);
        return new FaceMetrics(mapped, suppCodePoints, suppGlyphs, advances,
                font.getUnitsPerEm(), ascender, descender, kerning, ligatures(mapped, hasGsub, gsub), tabularTwin);
    }

    /**
     * The character map {@code bmp} with {@code figures} applied: each character drawn with the
     * glyph the face's {@code tnum} or {@code pnum} substitutes for its own. A damaged GSUB leaves
     * the map as it is.
     */
    private static char[] figures(char[] bmp, boolean hasGsub, GsubFeatures gsub, Fonts.Figures figures) {
        if (!hasGsub || figures == Fonts.Figures.DEFAULT) {
            return bmp;
        }
        try {
            int[] figure = gsub.singles(figures == Fonts.Figures.TABULAR ? "tnum" : "pnum");
            for (int cp = 0; cp < BMP_SIZE; cp++) {
                bmp[cp] = (char) figure[bmp[cp]];
            }
        } catch (OpenTypeLayout.Damaged e) {
            // the face's own digits are still its digits
        }
        return bmp;
    }

    /** The ligatures the face sets with {@code bmp}, their glyphs written into it (see below). */
    private static int ligatures(char[] bmp, boolean hasGsub, GsubFeatures gsub) {
        if (!hasGsub) {
            return presentationForms(bmp);
        }
        try {
            return ligatures(bmp, gsub);
        } catch (OpenTypeLayout.Damaged e) {
            // a damaged GSUB: the character map's glyphs and presentation forms
            return presentationForms(bmp);
        }
    }

    /**
     * The face's kerning: the {@code kern} feature of its {@code GPOS} table, as shapers prefer it,
     * else its {@code kern} table (DejaVu carries the same pairs in both); none when neither reads.
     */
    private static Kerning kerning(TrueTypeFont font, int glyphs) throws IOException {
        byte[] gpos = table(font, "GPOS");
        if (gpos != null) {
            try {
                Optional<GposKerning> kerning = GposKerning.parse(gpos, glyphs, font.getUnitsPerEm());
                if (kerning.isPresent()) {
                    return kerning.get().asPairs(glyphs, PAIR_LIMIT).<Kerning>map(pairs -> pairs)
                            .orElse(kerning.get());
                }
            } catch (OpenTypeLayout.Damaged e) {
                // unkerned text is still correct text; try the older table
            }
        }
        byte[] kern = table(font, "kern");
        return kern == null ? KernPairs.NONE : KernPairs.parse(kern, font.getUnitsPerEm());
    }

    /**
     * Which ligatures the face sets, and the glyph of each: the glyph its {@code liga} feature
     * forms from the letters becomes the presentation form's (so a face that ligates without
     * mapping U+FB01 still draws "fi" joined, and in the design its feature picks); where the
     * feature forms none by a plain ligature lookup (some reach theirs through contextual
     * lookups Galley does not follow), the character map's presentation form is the ligature.
     */
    private static int ligatures(char[] bmp, GsubFeatures gsub) throws OpenTypeLayout.Damaged {
        for (Ligature ligature : Ligature.values()) {
            String letters = ligature.letters();
            int[] sequence = new int[letters.length()];
            for (int i = 0; i < sequence.length; i++) {
                sequence[i] = bmp[letters.charAt(i)];
            }
            OptionalInt joined = Arrays.stream(sequence).anyMatch(g -> g == 0)
                    ? OptionalInt.empty() : gsub.ligature(sequence);
            if (joined.isPresent() && joined.getAsInt() != 0) {
                bmp[ligature.form()] = (char) joined.getAsInt();
            }
        }
        return presentationForms(bmp);
    }

    /** The ligatures whose presentation forms the face draws. */
    private static int presentationForms(char[] bmp) {
        int set = 0;
        for (Ligature ligature : Ligature.values()) {
            set |= bmp[ligature.form()] != 0 ? 1 << ligature.ordinal() : 0;
        }
        return set;
    }

    private static byte[] table(TrueTypeFont font, String tag) throws IOException {
        TTFTable table = font.getTableMap().get(tag);
        return table == null ? null : font.getTableBytes(table);
    }

    /**
     * The same face with tabular figures (from its {@code tnum}), as tables set digits: the
     * same glyphs, advances and kerning, with another character map; this face when the
     * map would be the same.
     */
    FaceMetrics tabular() {
        return tabular == null ? this : tabular;
    }

    /** Whether the face sets {@code ligature} (see {@link FontMetrics#ligates}). */
    boolean ligates(Ligature ligature) {
        return (ligatures & 1 << ligature.ordinal()) != 0;
    }

    /** The glyph id for {@code codePoint}, 0 when the face has none. */
    int glyph(int codePoint) {
        if (codePoint >= 0 && codePoint < BMP_SIZE) {
            return bmpGlyphs[codePoint];
        }
        int at = Arrays.binarySearch(supplementaryCodePoints, codePoint);
        return at >= 0 ? supplementaryGlyphs[at] : 0;
    }

    /** Advance width of glyph {@code gid} in thousandths of an em, as layout measured it. */
    int glyphAdvance(int gid) {
        return advances[gid < advances.length ? gid : 0];
    }

    /** How many glyphs the face has (glyph ids run from 0 to this minus one). */
    int glyphCount() {
        return advances.length;
    }

    /**
     * {@link FontMetrics#width}'s sum for this face, with one glyph lookup per character instead
     * of three: words are measured many times over while a paragraph is set. Adds in the same
     * order as the default, so the results are the same to the last bit.
     */
    float width(String text, float size) {
        float width = 0;
        int kern = 0;
        int previous = 0;
        for (int i = 0, n = text.length(); i < n; ) {
            // A String, not a CharSequence: its charAt is bound statically, so the first JIT
            // tier compiles it inline instead of an interface call per character.
            char c = text.charAt(i);
            int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
            int gid = glyph(cp);
            width += advances[gid < advances.length ? gid : 0] * size / 1000f;
            if (previous != 0 && gid != 0) {
                kern += kerning.kern(previous, gid);
            }
            previous = gid;
            i += Character.charCount(cp);
        }
        return width + kern * size / 1000f;
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
        int l = glyph(left);
        int r = glyph(right);
        return l == 0 || r == 0 ? 0 : kerning.kern(l, r);
    }

    float ascent(float size) {
        return ascender * size / unitsPerEm;
    }

    float descent(float size) {
        return descender * size / unitsPerEm;
    }
}
