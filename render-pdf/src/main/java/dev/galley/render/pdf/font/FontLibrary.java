package dev.galley.render.pdf.font;

import dev.galley.core.style.Fonts;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The faces text is set in (Galley's DejaVu, read from the class path, and a desk's own), each
 * read and measured once. Holds each font file's
 * bytes (to parse for cutting subsets), its {@link FaceMetrics} (shared by all threads for layout
 * and for the PDF's width arrays) and its {@link FaceDescriptor}.
 */
public final class FontLibrary implements FontMetrics {

    /** One face as read: its file, its measurements and its descriptor. */
    private record Face(byte[] file, FaceMetrics metrics, FaceDescriptor descriptor) {
    }

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
     * Reads the four of Galley's own faces nearly every briefing draws with now, on a thread with
     * time for it, rather than on their first use: in the order a briefing first sets them
     * (masthead, body, dek, dates and running heads), since a build's thread asking for one
     * waits while another is read. Bold, bold italic and monospaced text are rarer: read on
     * first use, they cost a short run nothing when it has none (on two cores, reading them
     * ahead took the time its first PDF was being set in).
     */
    public void readCommon() {
        for (FontFace face : COMMON) {
            face(face);
        }
    }

    /** Reads and measures {@code face} now, if it has not been; throws if its file is not a usable font. */
    void measure(FontFace face) {
        face(face);
    }

    private static final List<FontFace> COMMON = List.of(FontFace.SANS_BOLD, FontFace.SERIF,
            FontFace.SERIF_ITALIC, FontFace.SANS);

    /**
     * The face as read, kept in the face itself: a short briefing draws with four or five of
     * Galley's seven, and reading one is a noticeable part of a short run's start, so each is
     * read on first use. Layout asks for a face several times per character: one field read.
     */
    private Face face(FontFace face) {
        Object read = face.measured;
        if (read == null) {
            synchronized (face) {
                read = face.measured;
                if (read == null) {
                    read = read(face);
                    face.measured = read;
                }
            }
        }
        return (Face) read;
    }

    private Face read(FontFace face) {
        if (face.twinOf() != null) {
            Face base = face(face.twinOf());
            return new Face(base.file(), base.metrics().tabular(), base.descriptor());
        }
        byte[] bytes = face.builtin() ? resource(face) : face.source().bytes();
        try {
            Parse parse = parse(face, bytes);
            try {
                TrueTypeFont font = parse.font();
                Fonts.Figures figures = face.builtin() ? Fonts.Figures.DEFAULT : face.source().figures();
                boolean serif = face.builtin() ? face.name().startsWith("SERIF") : FaceDescriptor.serif(font);
                Face read = new Face(bytes, FaceMetrics.of(font, figures), FaceDescriptor.of(font, serif));
                spare.put(face, parse);
                return read;
            } catch (IOException | RuntimeException e) {
                parse.close(); // kept only when the face could be measured
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + face.name(), e);
        }
    }

    /**
     * The parse each face was measured from, until a document's lease takes it: a short run
     * cuts its first subsets from these instead of parsing its four or five faces a second time
     * on the way to its first PDF. Weak, as the leases are, but Galley's own faces are constants:
     * a parse no document takes (a face measured for a check, or one whose glyphs' subsets are
     * all cut already) stays for the JVM's life, about a megabyte a face, as a lease's would.
     */
    private final Map<FontFace, Parse> spare = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    private static byte[] resource(FontFace face) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("font " + face.resource()
                        + " is not on the class path; is jasperreports-fonts a dependency?");
            }
            return in.readAllBytes();
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
        Map<FontFace, Parse> parses = idle.poll();
        return new Lease(parses != null ? parses : new WeakHashMap<>());
    }

    /** Parsed faces lent to one document. */
    final class Lease implements AutoCloseable {
        /** Weak: a desk's faces of an earlier preview build are dropped with their parses. */
        private final Map<FontFace, Parse> parses;

        private Lease(Map<FontFace, Parse> parses) {
            this.parses = parses;
        }

        /** The lent parse of {@code face}, made on first use. */
        public TrueTypeFont open(FontFace face) throws IOException {
            Parse parse = parses.get(face);
            if (parse == null) {
                byte[] file = face(face).file(); // measures the face first, which leaves its parse spare
                parse = spare.remove(face);
                if (parse == null) {
                    parse = parse(face, file);
                }
                parses.put(face, parse);
            }
            return parse.font();
        }

        /** Gives the parses back for the next document. */
        @Override
        public void close() {
            idle.add(parses);
        }
    }

    private final Queue<Map<FontFace, Parse>> idle = new ConcurrentLinkedQueue<>();

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

    /**
     * A face's parse: a font file, or one font of a collection. GSUB is switched off, since the
     * drawing stage chooses every glyph itself (and the lookup would parse the ligature tables).
     */
    record Parse(TrueTypeFont font, Closeable file) implements Closeable {
        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    private static Parse parse(FontFace face, byte[] bytes) throws IOException {
        int index = face.builtin() ? 0 : face.source().index();
        boolean collection = bytes.length >= 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f';
        if (!collection) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            font.setEnableGsub(false);
            return new Parse(font, font);
        }
        TrueTypeCollection fonts = new TrueTypeCollection(new ByteArrayInputStream(bytes));
        TrueTypeFont[] found = new TrueTypeFont[1];
        int[] at = {0};
        fonts.processAllFonts(font -> {
            if (at[0]++ == index) {
                found[0] = font;
            }
        });
        if (found[0] == null) {
            fonts.close();
            throw new IOException("the collection has no font " + index);
        }
        found[0].setEnableGsub(false);
        return new Parse(found[0], fonts);
    }

    FaceMetrics metrics(FontFace face) {
        return face(face).metrics();
    }

    /** Whether {@code face} maps some character to another glyph with tabular figures. */
    boolean hasTabularTwin(FontFace face) {
        FaceMetrics metrics = face(face).metrics();
        return metrics.tabular() != metrics;
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
    public boolean ligates(FontFace face, Ligature ligature) {
        return face(face).metrics().ligates(ligature);
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
