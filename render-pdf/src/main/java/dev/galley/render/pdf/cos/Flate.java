package dev.galley.render.pdf.cos;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * Streams compressed by Galley rather than by PDFBox: at a level chosen per kind of stream (PDFBox
 * has one level for the whole JVM, set by a system property, which a Maven plugin must not touch),
 * and once for bytes that many documents embed alike (a face's subset).
 */
public final class Flate {

    /**
     * zlib's default, for what is compressed once and embedded many times: a slower level costs
     * nothing there.
     */
    public static final int SHARED = 6;

    /**
     * For page content, which every document has its own of: zlib's level 3, its fastest before
     * lazy matching. On the synthetic desk's pages it takes half the time of level 6 for 11 %
     * more compressed content, about 2 % more PDF.
     */
    public static final int PAGES = 3;

    private Flate() {
    }

    /** {@code raw} as one zlib stream (RFC 1950) at {@code level}, as /FlateDecode reads it. */
    public static byte[] deflate(byte[] raw, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 3));
            byte[] buffer = new byte[Math.min(64 * 1024, Math.max(512, raw.length))];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A new stream of {@code document} holding {@code deflated}, already compressed bytes. */
    public static COSStream stream(PDDocument document, byte[] deflated) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(deflated);
        }
        return stream;
    }
}
