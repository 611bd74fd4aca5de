package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The DejaVu faces, read from the class path and measured once per JVM. Holds each font file's
 * bytes (to parse for cutting subsets), its {@link FaceMetrics} (shared by all threads for layout
 * and for the PDF's width arrays) and its {@link FaceDescriptor}.
 */
public final class FontLibrary implements FontMetrics {

    /** One face as read: its file, its measurements and its descriptor. */
    private record Face(byte[] file, FaceMetrics metrics, FaceDescriptor descriptor) {
    }

    /**
     * Faces by {@link FontFace#ordinal()}, each read on first use: a short briefing draws with
     * four or five of the seven, and reading one is a noticeable part of a short run's start.
     * Copied on write, never changed once published: layout asks for a face several times per
     * character, and a plain array read stays cheap on every JIT tier, where an atomic array's
     * access does not on the first.
     */
    private volatile Face[] faces = new Face[FontFace.values().length];

    private FontLibrary() {
    }

    /** Lazy, thread-safe initialisation by the JVM's class loading (the holder idiom). */
    private static final class Holder {
        static final FontLibrary INSTANCE = new FontLibrary();
    }

    /** The library; each face is read on first use. */
    public static FontLibrary get() {
        return Holder.INSTANCE;
    }

    /**
     * Reads every face now, on a thread with time for it, rather than on its first use. In the
     * order a briefing first sets them (masthead, body, dek, footer…): a build's thread asking
     * for one waits while another is read.
     */
    public void readAll() {
        for (FontFace face : READ_ORDER) {
            face(face);
        }
    }

    private static final List<FontFace> READ_ORDER = List.of(FontFace.SANS_BOLD, FontFace.SERIF,
            FontFace.SERIF_ITALIC, FontFace.SANS, FontFace.SERIF_BOLD, FontFace.MONO, FontFace.SERIF_BOLD_ITALIC);

    private Face face(FontFace face) {
        Face read = faces[face.ordinal()];
        if (read == null) {
            synchronized (this) {
                read = faces[face.ordinal()];
                if (read == null) {
                    read = read(face);
                    Face[] more = faces.clone();
                    more[face.ordinal()] = read;
                    faces = more;
                }
            }
        }
        return read;
    }

    private static Face read(FontFace face) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("font " + face.resource()
                        + " is not on the class path; is jasperreports-fonts a dependency?");
            }
            byte[] bytes = in.readAllBytes();
            try (TrueTypeFont font = parse(bytes)) {
                font.setEnableGsub(false); // else the lookup parses the ligature tables, unused here
                return new Face(bytes, FaceMetrics.of(font), FaceDescriptor.of(font, face.name().startsWith("SERIF")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + face.resource(), e);
        }
    }

    /**
     * Parses of the faces for one document at a time, to cut its subsets from; GSUB is switched
     * off since the drawing stage chooses every glyph itself. Parsing a face costs more than
     * setting a short briefing, so parses are kept in a pool and lent to one document after
     * another, across threads and across the preview's rebuilds (a parse is not safe for two
     * documents at once; a subset depends only on the glyphs a document uses). Return the lease
     * once the subsets are written.
     */
    Lease lease() {
        Map<FontFace, TrueTypeFont> parses = idle.poll();
        return new Lease(parses != null ? parses : new EnumMap<>(FontFace.class));
    }

    /** Parsed faces lent to one document. */
    final class Lease implements AutoCloseable {
        private final Map<FontFace, TrueTypeFont> parses;

        private Lease(Map<FontFace, TrueTypeFont> parses) {
            this.parses = parses;
        }

        /** The lent parse of {@code face}, made on first use. */
        public TrueTypeFont open(FontFace face) throws IOException {
            TrueTypeFont font = parses.get(face);
            if (font == null) {
                font = parse(face(face).file());
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

    /**
     * Subsets already cut, for documents that draw the same glyphs of a face (the face of page
     * numbers and labels draws the same few in most briefings; a body face, the same alphabet
     * in many): cutting one copies glyph outlines out of a parse of the face, and compressing
     * it took a twentieth of a build. Kept until they hold {@link #SUBSET_BUDGET} bytes (their
     * keys, a few kilobytes each, aside); a document gets the same bytes either way.
     */
    private final Map<FontSubset.Key, FontSubset> subsets = new ConcurrentHashMap<>();
    private final AtomicLong subsetBytes = new AtomicLong();
    /**
     * 32 MB, or a sixty-fourth of the heap when that is less: a 10,000-briefing desk in 512 MB
     * holds some 340 MB of briefings until its site is written, and the collector needs the rest.
     */
    private static final long SUBSET_BUDGET = Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 64);

    /** Cuts a subset of a face, given the parse of the face; may fail as reading a font may. */
    interface Cutter {
        FontSubset cut() throws IOException;
    }

    /** The subset for {@code key}: one cut before, or cut now by {@code cutter}. */
    FontSubset subset(FontSubset.Key key, Cutter cutter) throws IOException {
        FontSubset subset = subsets.get(key);
        if (subset == null) {
            subset = cutter.cut();
            if (subsetBytes.get() < SUBSET_BUDGET && subsets.putIfAbsent(key, subset) == null) {
                subsetBytes.addAndGet(subset.size());
            }
        }
        return subset;
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    FaceMetrics metrics(FontFace face) {
        return face(face).metrics();
    }

    FaceDescriptor descriptor(FontFace face) {
        return face(face).descriptor();
    }

    /** The glyph id {@code face} maps {@code codePoint} to, 0 when it has none. */
    public int glyphId(FontFace face, int codePoint) {
        return face(face).metrics().glyph(codePoint);
    }

    @Override
    public boolean hasGlyph(FontFace face, int codePoint) {
        return face(face).metrics().glyph(codePoint) != 0;
    }

    @Override
    public float advance(FontFace face, int codePoint, float size) {
        return face(face).metrics().advance(codePoint, size);
    }

    @Override
    public float width(FontFace face, CharSequence text, float size) {
        return face(face).metrics().width(text.toString(), size);
    }

    @Override
    public int kern(FontFace face, int left, int right) {
        return face(face).metrics().kern(left, right);
    }

    @Override
    public float ascent(FontFace face, float size) {
        return face(face).metrics().ascent(size);
    }

    @Override
    public float descent(FontFace face, float size) {
        return face(face).metrics().descent(size);
    }
}
