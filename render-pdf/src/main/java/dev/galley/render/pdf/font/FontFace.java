package dev.galley.render.pdf.font;

import java.util.List;
import java.util.Objects;

/**
 * One face the print briefing draws with: one of Galley's own, the DejaVu family shipped in the
 * {@code jasperreports-fonts} jar (Bitstream Vera licence, free to embed), which are always there
 * as the last fallback, or one of a desk's own files ({@link DeskFaces}). A face knows its
 * family, so that emphasis and strong text find their italic and bold.
 */
public final class FontFace {

    /** Where the jasperreports-fonts jar keeps the DejaVu files. */
    static final String RESOURCE_DIR = "/net/sf/jasperreports/fonts/dejavu/";

    public static final FontFace SERIF = builtin(0, "SERIF", "DejaVuSerif.ttf");
    public static final FontFace SERIF_BOLD = builtin(1, "SERIF_BOLD", "DejaVuSerif-Bold.ttf");
    public static final FontFace SERIF_ITALIC = builtin(2, "SERIF_ITALIC", "DejaVuSerif-Italic.ttf");
    public static final FontFace SERIF_BOLD_ITALIC = builtin(3, "SERIF_BOLD_ITALIC", "DejaVuSerif-BoldItalic.ttf");
    /** In the fallback chain for its wide coverage, and the face of dates and running heads. */
    public static final FontFace SANS = builtin(4, "SANS", "DejaVuSans.ttf");
    public static final FontFace SANS_BOLD = builtin(5, "SANS_BOLD", "DejaVuSans-Bold.ttf");
    public static final FontFace MONO = builtin(6, "MONO", "DejaVuSansMono.ttf");

    private static final List<FontFace> BUILTIN = List.of(SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC,
            SANS, SANS_BOLD, MONO);

    static {
        Family.of(SERIF, SERIF_ITALIC, SERIF_BOLD, SERIF_BOLD_ITALIC);
        Family.of(SANS, SANS, SANS_BOLD, SANS_BOLD);
        MONO.monospaced = true;
        Family.of(MONO, MONO, MONO, MONO);
    }

    private final int ordinal;
    private final String name;
    private final String resource;
    private final DeskFaces.Source source;
    /** Set once, before the face is used: by the static block or by {@link DeskFaces}. */
    private Family family;
    private boolean monospaced;
    private boolean isBold;
    private boolean isItalic;
    /** The face as {@link FontLibrary} read it; written once, under the library's lock. */
    volatile Object measured;
    /** The face this one is the tabular twin of; null for a face read from its own file's map. */
    private final FontFace twinOf;
    /** {@link #tabular()}, made on first use: most faces are never set in a table. */
    private volatile FontFace tabular;

    private FontFace(int ordinal, String name, String resource, DeskFaces.Source source) {
        this.ordinal = ordinal;
        this.name = name;
        this.resource = resource;
        this.source = source;
        this.twinOf = null;
    }

    /**
     * The tabular twin of {@code face}: the same file, number and name, so that it is drawn
     * with the same embedded font (only the glyphs its digits map to differ).
     */
    private FontFace(FontFace face) {
        this.ordinal = face.ordinal;
        this.name = face.name;
        this.resource = face.resource;
        this.source = face.source;
        this.twinOf = face;
        this.monospaced = face.monospaced;
        this.isBold = face.isBold;
        this.isItalic = face.isItalic;
        this.tabular = this;
    }

    private static FontFace builtin(int ordinal, String name, String file) {
        return new FontFace(ordinal, name, RESOURCE_DIR + file, null);
    }

    /** A desk's face, numbered after Galley's own; {@link DeskFaces} joins it to its family. */
    static FontFace desk(int ordinal, String name, DeskFaces.Source source, boolean monospaced) {
        FontFace face = new FontFace(BUILTIN.size() + ordinal, name, null, Objects.requireNonNull(source));
        face.monospaced = monospaced;
        return face;
    }

    /** Galley's own faces, in their order. */
    public static List<FontFace> values() {
        return BUILTIN;
    }

    /**
     * The face's number in a document: Galley's own first, then the desk's in the order its style
     * names them. Fonts are written and named in the PDF in this order, so the same sources give
     * the same bytes.
     */
    public int ordinal() {
        return ordinal;
    }

    /** A name for the face that stays the same from build to build (Galley's own, or the desk's file). */
    public String name() {
        return name;
    }

    /** The face as a reader of a warning knows it: the file's name, without its folder. */
    public String label() {
        String file = builtin() ? resource.substring(RESOURCE_DIR.length()) : name;
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** The class-path resource holding one of Galley's own faces; null for a desk's face. */
    public String resource() {
        return resource;
    }

    /** The desk's file this face is read from; null for one of Galley's own. */
    DeskFaces.Source source() {
        return source;
    }

    /** Whether this is one of Galley's own faces. */
    public boolean builtin() {
        return source == null;
    }

    /** Whether every glyph of the face has one width, as code needs: such text is never ligated. */
    public boolean monospaced() {
        return monospaced;
    }

    /** This face with bold switched on, keeping the family and the slant. */
    public FontFace bold() {
        return twinOf != null ? twinOf.bold().tabular() : family.face(true, isItalic);
    }

    /** Whether this face is its family's italic (or bold italic), not an upright standing in for one. */
    public boolean slanted() {
        return isItalic;
    }

    /** This face with italic switched on; a family without an italic keeps the upright. */
    public FontFace italic() {
        return twinOf != null ? twinOf.italic().tabular() : family.face(isBold, true);
    }

    /**
     * This face with tabular figures, as tables set digits whatever the house style sets in
     * text, so that columns of numbers align: its twin drawing digits with the glyphs of its
     * {@code tnum} feature, or this face when its digits are those already (DejaVu's are all
     * as wide and it has no {@code tnum}). Bold and italic of a twin are twins too.
     */
    public FontFace tabular() {
        FontFace twin = tabular;
        if (twin == null) {
            synchronized (this) {
                twin = tabular;
                if (twin == null) {
                    twin = FontLibrary.get().hasTabularTwin(this) ? new FontFace(this) : this;
                    tabular = twin;
                }
            }
        }
        return twin;
    }

    /** The face this is the tabular twin of; null when it is not a twin. */
    FontFace twinOf() {
        return twinOf;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The four styles of one typeface; a style a family lacks is drawn with its nearest. */
    static final class Family {
        private final FontFace[] faces; // regular, italic, bold, bold italic

        private Family(FontFace[] faces) {
            this.faces = faces;
        }

        /**
         * Joins the four faces (some of them the same face) into one family. A face takes the
         * weight and slant of the first place it fills, and stays in the first family it joins.
         */
        static void of(FontFace regular, FontFace italic, FontFace bold, FontFace boldItalic) {
            Family family = new Family(new FontFace[] {regular, italic, bold, boldItalic});
            for (int place = 0; place < 4; place++) {
                FontFace face = family.faces[place];
                if (face.family == null) {
                    face.family = family;
                    face.isItalic = (place & 1) != 0;
                    face.isBold = place >= 2;
                }
            }
        }

        FontFace face(boolean isBold, boolean isItalic) {
            return faces[(isBold ? 2 : 0) + (isItalic ? 1 : 0)];
        }
    }
}
