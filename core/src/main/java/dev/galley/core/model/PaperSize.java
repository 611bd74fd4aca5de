package dev.galley.core.model;

/** Paper sizes the print briefing is set for, in PostScript points (1/72 inch). */
public enum PaperSize {
    A4(595.2756f, 841.8898f),
    LETTER(612f, 792f);

    private final float widthPt;
    private final float heightPt;

    PaperSize(float widthPt, float heightPt) {
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    public float widthPt() {
        return widthPt;
    }

    public float heightPt() {
        return heightPt;
    }
}
