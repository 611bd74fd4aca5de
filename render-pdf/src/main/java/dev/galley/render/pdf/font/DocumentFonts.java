package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The PDFBox fonts of one PDF document, created on first use so that a document embeds only the
 * faces it draws with, each as a subset. Close it after the document is saved: the subsets are
 * cut from the parsed fonts while saving.
 */
public final class DocumentFonts implements Closeable {

    private final PDDocument document;
    private final FontLibrary.Lease parses;
    private final Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);

    public DocumentFonts(PDDocument document, FontLibrary library) {
        this.document = document;
        this.parses = library.lease();
    }

    /** The document's font for {@code face}, embedded as a subset. */
    public PDType0Font get(FontFace face) throws IOException {
        PDType0Font font = fonts.get(face);
        if (font == null) {
            TrueTypeFont parsed = parses.open(face);
            font = PDType0Font.load(document, parsed, true);
            fonts.put(face, font);
        }
        return font;
    }

    /** Gives the parsed faces back to the {@link FontLibrary} for the next document. */
    @Override
    public void close() {
        fonts.clear();
        parses.close();
    }
}
