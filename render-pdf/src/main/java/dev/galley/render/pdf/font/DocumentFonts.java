package dev.galley.render.pdf.font;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The fonts of one PDF document, created on first use so that a document embeds only the faces
 * it draws with, each as a subset. Drawing only records glyphs; {@link #embed()} writes the
 * subsets once the last page is drawn, and must come before the document is saved.
 */
public final class DocumentFonts {

    private final PDDocument document;
    private final FontLibrary library;
    /** By face number: fonts are written in that order, so the same document gets the same bytes. */
    private final Map<Integer, DocumentFont> fonts = new TreeMap<>();
    /** Tabular twins' views of those fonts, by face number; not embedded themselves. */
    private final Map<Integer, DocumentFont> twins = new HashMap<>();

    public DocumentFonts(PDDocument document, FontLibrary library) {
        this.document = document;
        this.library = library;
    }

    /** The document's font for {@code face}. */
    public DocumentFont get(FontFace face) {
        if (face.twinOf() != null) {
            DocumentFont twin = twins.get(face.ordinal());
            if (twin == null) {
                twin = new DocumentFont(get(face.twinOf()), library.metrics(face));
                twins.put(face.ordinal(), twin);
            }
            return twin;
        }
        // Asked for every fragment drawn: no capturing lambda, which would be allocated per call
        // (on the first JIT tier, through a slow path that took 2 % of the drawing stage).
        DocumentFont font = fonts.get(face.ordinal());
        if (font == null) {
            font = new DocumentFont(face, library.metrics(face), library.descriptor(face));
            fonts.put(face.ordinal(), font);
        }
        return font;
    }

    /**
     * For the document's fingerprint: for each face drawn with, in face order, its ordinal, the
     * number of glyphs drawn, then each glyph and the character it reads as.
     */
    public int[] readings() {
        IntStream.Builder readings = IntStream.builder();
        for (DocumentFont font : fonts.values()) {
            int[] glyphs = font.glyphs();
            int[] characters = font.codePoints(glyphs);
            readings.add(font.face().ordinal()).add(glyphs.length);
            for (int i = 0; i < glyphs.length; i++) {
                readings.add(glyphs[i]).add(characters[i]);
            }
        }
        return readings.build().toArray();
    }

    /** Cuts the subsets and fills in the font dictionaries the pages refer to. */
    public void embed() throws IOException {
        // A parse of each face is needed only here, to copy the used glyphs' outlines from, and
        // only for glyph sets not cut before.
        try (FontLibrary.Lease parses = library.lease()) {
            for (DocumentFont font : fonts.values()) { // face order, so stable bytes
                int[] glyphs = font.glyphs();
                FontSubset.Key key = new FontSubset.Key(font.face(), glyphs, font.codePoints(glyphs));
                FontSubset subset = library.subset(key, () -> font.cut(parses.open(font.face()), key));
                font.embed(document, subset, glyphs);
            }
        }
    }
}
