package dev.galley.render.pdf.font;

import dev.galley.render.pdf.cos.Flate;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One face as one PDF document uses it: a Type 0 font with Identity-H encoding (so a glyph's code
 * in the content stream is its glyph id in the full face) over a CIDFontType2 subset. Pages refer
 * to {@link #dictionary()} while they are drawn; {@link #embed} fills it in once the document is
 * drawn, with a /W array, a ToUnicode CMap and a font program covering only the glyphs used.
 * PDFBox's own embedding builds those for the whole face first and parses them back, for every
 * document.
 */
public final class DocumentFont {

    /**
     * The TrueType tables a CIDFontType2 program needs (ISO 32000-1, 9.9): outlines, metrics and
     * hinting. No cmap: the CIDToGIDMap maps codes to glyphs.
     */
    private static final List<String> TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");
    private static final int UNUSED = Integer.MAX_VALUE;

    private final FontFace face;
    /** The character map glyphs are drawn with: the face's, or its tabular twin's. */
    private final FaceMetrics metrics;
    private final FaceDescriptor descriptor;
    private final COSName resourceName;
    private final COSDictionary type0;
    /** Per glyph id of the face, the lowest code point drawn with it; {@link #UNUSED} if none. */
    private final int[] unicodeOf;
    /** The font glyphs are recorded in and embedded as: this, or the face's a twin draws through. */
    private final DocumentFont drawn;
    private int used;

    DocumentFont(FontFace face, FaceMetrics metrics, FaceDescriptor descriptor) {
        this.face = face;
        this.metrics = metrics;
        this.descriptor = descriptor;
        this.resourceName = COSName.getPDFName("F" + (face.ordinal() + 1));
        this.type0 = new COSDictionary();
        this.unicodeOf = new int[metrics.glyphCount()];
        Arrays.fill(unicodeOf, UNUSED);
        this.drawn = this;
    }

    /**
     * {@code font}'s face drawn with {@code twin}'s character map ({@link FontFace#tabular()}):
     * the same embedded font, whose subset, ToUnicode and widths take the twin's glyphs in
     * beside the face's, so a tabular "1" reads as "1" and one program serves both.
     */
    DocumentFont(DocumentFont font, FaceMetrics twin) {
        this.face = font.face;
        this.metrics = twin;
        this.descriptor = font.descriptor;
        this.resourceName = font.resourceName;
        this.type0 = font.type0;
        this.unicodeOf = font.unicodeOf;
        this.drawn = font;
    }
    public FontFace face() {
        return face;
    }

    /** The name pages give the font in their resources: one per face, the same in every document. */
    public COSName resourceName() {
        return resourceName;
    }

    /** The Type 0 font dictionary, empty until {@link #embed}. */
    public COSDictionary dictionary() {
        return type0;
    }

    /**
     * Appends the two bytes that show {@code codePoint} (its glyph id, high byte first) to a
     * literal string being put together, as chars 0 to 255 with the escapes a literal string
     * needs (ISO 32000-1, 7.3.4.2); write it out as ISO-8859-1. Records the glyph for the subset.
     * Half the size of hex, which matters for a content stream that is mostly text.
     *
     * @return the glyph's advance in thousandths of an em, as the font's /W array gives it
     * @throws IllegalArgumentException when the face has no glyph for it; layout's fallback
     *                                  chooses faces that have one
     */
    public int appendGlyph(int codePoint, StringBuilder literal) {
        int gid = metrics.glyph(codePoint);
        if (gid == 0) {
            throw new IllegalArgumentException(String.format("No glyph for U+%04X in font %s",
                    codePoint, descriptor.postScriptName()));
        }
        if (unicodeOf[gid] == UNUSED) {
            drawn.used++;
            unicodeOf[gid] = codePoint;
        } else if (codePoint < unicodeOf[gid]) {
            unicodeOf[gid] = codePoint; // two characters, one glyph: read back the same one always
        }
        appendByte(gid >> 8, literal);
        appendByte(gid & 0xFF, literal);
        return metrics.glyphAdvance(gid);
    }

    private static void appendByte(int b, StringBuilder literal) {
        switch (b) {
            case '(', ')', '\\' -> literal.append('\\').append((char) b);
            // A bare end of line in a literal string reads as a line feed, whatever it was.
            case '\r' -> literal.append("\\r");
            case '\n' -> literal.append("\\n");
            default -> literal.append((char) b);
        }
    }

    /** The glyph ids drawn so far, ascending. */
    int[] glyphs() {
        int[] glyphs = new int[used];
        int n = 0;
        for (int gid = 0; gid < unicodeOf.length; gid++) {
            if (unicodeOf[gid] != UNUSED) {
                glyphs[n++] = gid;
            }
        }
        return glyphs;
    }

    /** The character each of {@code glyphs} was drawn for (the lowest, when several were). */
    int[] codePoints(int[] glyphs) {
        int[] codePoints = new int[glyphs.length];
        for (int i = 0; i < glyphs.length; i++) {
            codePoints[i] = unicodeOf[glyphs[i]];
        }
        return codePoints;
    }

    /** Cuts the subset {@code key} names from {@code parse}, the full face, and compresses it. */
    FontSubset cut(TrueTypeFont parse, FontSubset.Key key) throws IOException {
        TreeSet<Integer> keep = new TreeSet<>();
        for (int gid : key.glyphs()) {
            keep.add(gid);
        }
        TTFSubsetter subsetter = new TTFSubsetter(parse, TABLES);
        subsetter.addGlyphIds(keep);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        ByteArrayOutputStream written = new ByteArrayOutputStream(16 * 1024);
        subsetter.writeToStream(written);
        byte[] program = written.toByteArray();
        byte[] cidToGid = cidToGidMap(newToOld);
        byte[] toUnicode = ToUnicodeCMap.of(key.glyphs(), key.codePoints());
        return new FontSubset(SubsetTag.of(face.name(), key.glyphs()) + "+" + descriptor.postScriptName(),
                Flate.deflate(program, Flate.SHARED), program.length,
                Flate.deflate(cidToGid, Flate.SHARED), Flate.deflate(toUnicode, Flate.SHARED));
    }

    /**
     * Writes the font: fills in the dictionaries the pages already point to, with {@code subset}
     * (cut for {@code glyphs}). Call once, after the last page is drawn.
     */
    void embed(PDDocument document, FontSubset subset, int[] glyphs) throws IOException {
        String name = subset.name();
        COSStream fontFile = Flate.stream(document, subset.program());
        fontFile.setInt(COSName.LENGTH1, subset.length1());

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, name);
        cidFont.setItem(COSName.CIDSYSTEMINFO, identitySystemInfo());
        cidFont.setItem(COSName.FONT_DESC, fontDescriptor(name, fontFile));
        cidFont.setItem(COSName.W, widths(glyphs));
        cidFont.setItem(COSName.CID_TO_GID_MAP, Flate.stream(document, subset.cidToGid()));

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, name);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, Flate.stream(document, subset.toUnicode()));
    }

    /** Identity-H allows any character collection (ISO 19005-2, 6.2.11.3.1); this is the usual one. */
    private static COSDictionary identitySystemInfo() {
        COSDictionary info = new COSDictionary();
        info.setItem(COSName.REGISTRY, new COSString("Adobe"));
        info.setItem(COSName.ORDERING, new COSString("Identity"));
        info.setInt(COSName.SUPPLEMENT, 0);
        info.setDirect(true);
        return info;
    }

    private COSDictionary fontDescriptor(String name, COSStream fontFile) {
        COSDictionary fd = new COSDictionary();
        fd.setItem(COSName.TYPE, COSName.FONT_DESC);
        fd.setName(COSName.FONT_NAME, name);
        fd.setInt(COSName.FLAGS, descriptor.flags());
        COSArray box = new COSArray();
        for (int v : descriptor.boundingBox()) {
            box.add(COSInteger.get(v));
        }
        fd.setItem(COSName.FONT_BBOX, box);
        fd.setItem(COSName.ITALIC_ANGLE, new COSFloat(descriptor.italicAngle()));
        fd.setInt(COSName.ASCENT, descriptor.ascent());
        fd.setInt(COSName.DESCENT, descriptor.descent());
        fd.setInt(COSName.CAP_HEIGHT, descriptor.capHeight());
        fd.setInt(COSName.STEM_V, descriptor.stemV());
        fd.setItem(COSName.FONT_FILE2, fontFile);
        return fd;
    }

    /**
     * The /W array for the glyphs used, in runs of consecutive ids ({@code first [w1 w2 ...]}),
     * with the advances layout measured with, so what is drawn is what was set.
     */
    private COSArray widths(int[] glyphs) {
        COSArray w = new COSArray();
        COSArray run = null;
        int previous = -2;
        for (int gid : glyphs) {
            if (gid != previous + 1) {
                w.add(COSInteger.get(gid));
                run = new COSArray();
                w.add(run);
            }
            run.add(COSInteger.get(metrics.glyphAdvance(gid)));
            previous = gid;
        }
        return w;
    }

    /** Two bytes per code (the full face's glyph id): the subset's glyph id, big-endian. */
    private static byte[] cidToGidMap(Map<Integer, Integer> newToOld) {
        int max = 0;
        for (int old : newToOld.values()) {
            max = Math.max(max, old);
        }
        byte[] map = new byte[2 * (max + 1)];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            int at = 2 * e.getValue();
            map[at] = (byte) (e.getKey() >> 8);
            map[at + 1] = (byte) (int) e.getKey();
        }
        return map;
    }
}
