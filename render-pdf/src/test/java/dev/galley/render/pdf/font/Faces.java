package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;

/** The DejaVu faces as tests read them: the file's bytes, or a fresh fontbox parse of them. */
final class Faces {

    private Faces() {
    }

    static byte[] bytes(FontFace face) throws IOException {
        try (InputStream in = FontFace.class.getResourceAsStream(face.resource())) {
            return in.readAllBytes();
        }
    }

    /** A fresh parse; close it after use. */
    static TrueTypeFont parse(FontFace face) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes(face)));
    }
}
