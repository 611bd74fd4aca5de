package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The PDFBox fonts of one PDF document, created on first use so that a document embeds only the
 * faces it draws with, each as a subset. Close it after the document is saved: the subsets are
 * cut from the parsed fonts while saving.
 */
public final class DocumentFonts implements Closeable {

    private final PDDocument document;
    private final FontLibrary library;
    private final Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
    private final List<TrueTypeFont> opened = new ArrayList<>();

    public DocumentFonts(PDDocument document, FontLibrary library) {
        this.document = document;
        this.library = library;
    }

    /** The document's font for {@code face}, embedded as a subset. */
    public PDType0Font get(FontFace face) throws IOException {
        PDType0Font font = fonts.get(face);
        if (font == null) {
            TrueTypeFont parsed = library.open(face);
            opened.add(parsed);
            font = PDType0Font.load(document, parsed, true);
            fonts.put(face, font);
        }
        return font;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (TrueTypeFont font : opened) {
            try {
                font.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        opened.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
