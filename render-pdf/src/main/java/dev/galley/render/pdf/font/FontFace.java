package dev.galley.render.pdf.font;

/**
 * The typefaces the print briefing is set in, all from the DejaVu family shipped in the
 * {@code jasperreports-fonts} jar (Bitstream Vera licence, free to embed).
 */
public enum FontFace {
    SERIF("DejaVuSerif.ttf"),
    SERIF_BOLD("DejaVuSerif-Bold.ttf"),
    SERIF_ITALIC("DejaVuSerif-Italic.ttf"),
    SERIF_BOLD_ITALIC("DejaVuSerif-BoldItalic.ttf"),
    /** Not used for text by choice: it is in the fallback chain for its wide coverage. */
    SANS("DejaVuSans.ttf"),
    SANS_BOLD("DejaVuSans-Bold.ttf"),
    MONO("DejaVuSansMono.ttf");

    /** Where the jasperreports-fonts jar keeps the DejaVu files. */
    static final String RESOURCE_DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private final String fileName;

    FontFace(String fileName) {
        this.fileName = fileName;
    }

    /** The class-path resource holding this face's TrueType file. */
    public String resource() {
        return RESOURCE_DIR + fileName;
    }

    /** This face with bold switched on, keeping the family and the slant. */
    public FontFace bold() {
        return switch (this) {
            case SERIF, SERIF_BOLD -> SERIF_BOLD;
            case SERIF_ITALIC, SERIF_BOLD_ITALIC -> SERIF_BOLD_ITALIC;
            case SANS, SANS_BOLD -> SANS_BOLD;
            case MONO -> MONO;
        };
    }

    /** This face with italic switched on; faces without an italic cut stay as they are. */
    public FontFace italic() {
        return switch (this) {
            case SERIF, SERIF_ITALIC -> SERIF_ITALIC;
            case SERIF_BOLD, SERIF_BOLD_ITALIC -> SERIF_BOLD_ITALIC;
            case SANS, SANS_BOLD, MONO -> this;
        };
    }
}
