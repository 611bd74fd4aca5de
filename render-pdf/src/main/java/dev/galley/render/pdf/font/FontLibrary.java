package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The DejaVu faces, read from the class path and measured once per JVM. Holds each font file's
 * bytes (to parse for cutting subsets), its {@link FaceMetrics} (shared by all threads for layout
 * and for the PDF's width arrays) and its {@link FaceDescriptor}.
 */
public final class FontLibrary implements FontMetrics {

    private final Map<FontFace, byte[]> files;
    private final Map<FontFace, FaceMetrics> metrics;
    private final Map<FontFace, FaceDescriptor> descriptors;

    private FontLibrary(Map<FontFace, byte[]> files, Map<FontFace, FaceMetrics> metrics,
                        Map<FontFace, FaceDescriptor> descriptors) {
        this.files = files;
        this.metrics = metrics;
        this.descriptors = descriptors;
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
        Map<FontFace, FaceDescriptor> descriptors = new EnumMap<>(FontFace.class);
        for (FontFace face : FontFace.values()) {
            try (InputStream in = FontLibrary.class.getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new IllegalStateException("font " + face.resource()
                            + " is not on the class path; is jasperreports-fonts a dependency?");
                }
                byte[] bytes = in.readAllBytes();
                try (TrueTypeFont font = parse(bytes)) {
                    font.setEnableGsub(false); // else the lookup parses the ligature tables, unused here
                    metrics.put(face, FaceMetrics.of(font));
                    descriptors.put(face, FaceDescriptor.of(font, face.name().startsWith("SERIF")));
                }
                files.put(face, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + face.resource(), e);
            }
        }
        return new FontLibrary(files, metrics, descriptors);
    }

    /**
     * Parses of the faces for one document at a time, to cut its subsets from; GSUB is switched
     * off since the drawing stage chooses every glyph itself. Parsing a face costs more than
     * setting a short briefing, so parses are kept in a pool and lent to one document after
     * another, across threads and across the preview's rebuilds (a parse is not safe for two
     * documents at once; a subset depends only on the glyphs a document uses). Return the lease
     * once the subsets are written.
     */
    public Lease lease() {
        Map<FontFace, TrueTypeFont> parses = idle.poll();
        return new Lease(parses != null ? parses : new EnumMap<>(FontFace.class));
    }

    /** Parsed faces lent to one document. */
    public final class Lease implements AutoCloseable {
        private final Map<FontFace, TrueTypeFont> parses;

        private Lease(Map<FontFace, TrueTypeFont> parses) {
            this.parses = parses;
        }

        /** The lent parse of {@code face}, made on first use. */
        public TrueTypeFont open(FontFace face) throws IOException {
            TrueTypeFont font = parses.get(face);
            if (font == null) {
                font = parse(files.get(face));
                font.setEnableGsub(false);
                parses.put(face, font);
            }
            return font;
        }

        /** Gives the parses back for the next document. */
        @Override
        public void close() {
            idle.add(parses);
        }
    }

    private final Queue<Map<FontFace, TrueTypeFont>> idle = new ConcurrentLinkedQueue<>();

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    FaceMetrics metrics(FontFace face) {
        return metrics.get(face);
    }

    FaceDescriptor descriptor(FontFace face) {
        return descriptors.get(face);
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
