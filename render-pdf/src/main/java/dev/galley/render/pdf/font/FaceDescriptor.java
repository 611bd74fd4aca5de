package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;

/**
 * What a PDF font descriptor says about a face (ISO 32000-1, 9.8), in glyph space (thousandths of
 * an em). The same for every document, so it is worked out once per JVM rather than per PDF.
 *
 * @param postScriptName the face's PostScript name, which the subset's name is made of
 * @param flags          the descriptor's /Flags bits (9.8.2)
 */
record FaceDescriptor(String postScriptName, int flags, int[] boundingBox, float italicAngle,
                      int ascent, int descent, int capHeight, int stemV) {

    private static final int FIXED_PITCH = 1;
    private static final int SERIF = 1 << 1;
    /** Set for every CID font: its glyphs are not addressed through a standard Latin encoding. */
    private static final int SYMBOLIC = 1 << 2;
    private static final int ITALIC = 1 << 6;

    FaceDescriptor {
        boundingBox = boundingBox.clone();
    }

    @Override
    public int[] boundingBox() {
        return boundingBox.clone();
    }

    static FaceDescriptor of(TrueTypeFont font, boolean serif) throws IOException {
        float scale = 1000f / font.getUnitsPerEm();
        HeaderTable head = font.getHeader();
        PostScriptTable post = font.getPostScript();
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        int flags = SYMBOLIC;
        if (post.getIsFixedPitch() != 0) {
            flags |= FIXED_PITCH;
        }
        if (serif) {
            flags |= SERIF;
        }
        if (post.getItalicAngle() != 0) {
            flags |= ITALIC;
        }
        int[] box = {Math.round(head.getXMin() * scale), Math.round(head.getYMin() * scale),
                Math.round(head.getXMax() * scale), Math.round(head.getYMax() * scale)};
        int weight = os2 == null ? OS2WindowsMetricsTable.WEIGHT_CLASS_NORMAL : os2.getWeightClass();
        // TrueType has no stem width; this is the usual estimate from the weight class.
        int stemV = Math.round(50 + (weight / 65f) * (weight / 65f));
        return new FaceDescriptor(postScriptName(font.getName()), flags, box, post.getItalicAngle(),
                Math.round(font.getHorizontalHeader().getAscender() * scale),
                Math.round(font.getHorizontalHeader().getDescender() * scale),
                Math.round(capHeight(font, os2) * scale), stemV);
    }

    /**
     * The name a subset's name is made of: the characters PDF names and PDF/A allow without
     * escapes (a desk's font may carry anything in its name table), at most 100 of them.
     */
    static String postScriptName(String name) {
        String clean = name == null ? "" : name.replaceAll("[^A-Za-z0-9_.+-]", "");
        clean = clean.length() > 100 ? clean.substring(0, 100) : clean;
        return clean.isEmpty() ? "Font" : clean;
    }

    /** Whether the face's OS/2 table classes it as a serif design (IBM family classes 1 to 5 and 7). */
    static boolean serif(TrueTypeFont font) throws IOException {
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        int familyClass = os2 == null ? 0 : os2.getFamilyClass() >> 8;
        return familyClass >= 1 && familyClass <= 5 || familyClass == 7;
    }

    /** The height of flat capitals: OS/2 says it from version 2, else the top of the "H". */
    private static int capHeight(TrueTypeFont font, OS2WindowsMetricsTable os2) throws IOException {
        if (os2 != null && os2.getVersion() >= 2 && os2.getCapHeight() > 0) {
            return os2.getCapHeight();
        }
        int h = font.getUnicodeCmapLookup(false).getGlyphId('H');
        GlyphData glyph = h == 0 ? null : font.getGlyph().getGlyph(h);
        return glyph == null ? font.getHorizontalHeader().getAscender() : glyph.getYMaximum();
    }
}
