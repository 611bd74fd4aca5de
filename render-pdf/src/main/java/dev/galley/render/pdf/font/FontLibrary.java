package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The DejaVu faces, read from the class path and measured once per JVM. Holds each font file's
 * bytes (to hand a fresh parse to every PDF document, since PDFBox font objects belong to one
 * document) and its {@link FaceMetrics} (shared by all threads for layout).
 */
public final class FontLibrary implements FontMetrics {

    private final Map<FontFace, byte[]> files;
    private final Map<FontFace, FaceMetrics> metrics;

    private FontLibrary(Map<FontFace, byte[]> files, Map<FontFace, FaceMetrics> metrics) {
        this.files = files;
        this.metrics = metrics;
    }

    /** Lazy, thread-safe initialisation by the JVM's class loading (the holder idiom). */
    private static final class Holder {
        static final FontLibrary INSTANCE = load();
    }

    /** The library, loading the faces on first use. */
    public static FontLibrary get() {
        return Holder.INSTANCE;
    }

    private static FontLibrary load() {
        Map<FontFace, byte[]> files = new EnumMap<>(FontFace.class);
        Map<FontFace, FaceMetrics> metrics = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            try (InputStream in = FontLibrary.class.getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new IllegalStateException("font " + face.resource()
                            + " is not on the class path; is jasperreports-fonts a dependency?");
                }
                byte[] bytes = in.readAllBytes();
                try (TrueTypeFont font = parse(bytes)) {
                    metrics.put(face, FaceMetrics.of(font));
                }
                files.put(face, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + face.resource(), e);
            }
        }
        return new FontLibrary(files, metrics);
    }

    /**
     * The calling thread's parse of {@code face}, with glyph substitution (GSUB) switched off.
     * PDFBox would otherwise apply the font's ligatures while drawing, and the ligature glyphs
     * have no Unicode mapping, so copied or extracted text would lose letters ("Pla orm" for
     * "Platform"). Parsing a face costs more than setting a short briefing, so each rendering
     * thread parses each face once and its documents take their subsets from that parse one
     * after another (a parse is not safe to share between threads, and a subset depends only on
     * the glyphs a document uses). Not to be closed by callers.
     */
    public TrueTypeFont open(FontFace face) throws IOException {
        Map<FontFace, TrueTypeFont> mine = parsed.get();
        TrueTypeFont font = mine.get(face);
        if (font == null) {
            font = parse(files.get(face));
            font.setEnableGsub(false);
            mine.put(face, font);
        }
        return font;
    }

    private final ThreadLocal<Map<FontFace, TrueTypeFont>> parsed =
            ThreadLocal.withInitial(() -> new java.util.EnumMap<>(FontFace.class));

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /** The glyph id {@code face} maps {@code codePoint} to, 0 when it has none. */
    public int glyphId(FontFace face, int codePoint) {
        return metrics.get(face).glyph(codePoint);
    }

    @Override
    public boolean hasGlyph(FontFace face, int codePoint) {
        return metrics.get(face).glyph(codePoint) != 0;
    }

    @Override
    public float advance(FontFace face, int codePoint, float size) {
        return metrics.get(face).advance(codePoint, size);
    }

    @Override
    public int kern(FontFace face, int left, int right) {
        return metrics.get(face).kern(left, right);
    }

    @Override
    public float ascent(FontFace face, float size) {
        return metrics.get(face).ascent(size);
    }

    @Override
    public float descent(FontFace face, float size) {
        return metrics.get(face).descent(size);
    }
}
