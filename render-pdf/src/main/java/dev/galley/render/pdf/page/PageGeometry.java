package dev.galley.render.pdf.page;

import dev.galley.core.model.PaperSize;
import dev.galley.core.style.PageMargins;
import dev.galley.core.style.PageSize;

/**
 * The page and its text block, in points, measured from the top-left corner of the page.
 *
 * @param width        paper width
 * @param height       paper height
 * @param marginLeft   from the paper's left edge to the text block
 * @param marginRight  from the text block to the paper's right edge
 * @param marginTop    from the paper's top edge to the top of the body
 * @param marginBottom from the bottom of the body to the paper's bottom edge
 * @param facing       whether pages face each other: layout sets every page as a recto (the
 *                     left margin the inner one) and verso pages are drawn moved across by
 *                     {@link #shift}, so that their inner margin is on the right
 */
public record PageGeometry(float width, float height, float marginLeft, float marginRight,
                           float marginTop, float marginBottom, boolean facing) {

    /** Pages printed on one side. */
    public PageGeometry(float width, float height, float marginLeft, float marginRight,
                        float marginTop, float marginBottom) {
        this(width, height, marginLeft, marginRight, marginTop, marginBottom, false);
    }

    /** {@code paper} with Galley's own margins ({@link PageMargins#DEFAULT}, which says why). */
    public static PageGeometry of(PaperSize paper) {
        return of(paper, PageMargins.DEFAULT);
    }

    /** {@code paper} with the house style's {@code margins}. */
    public static PageGeometry of(PaperSize paper, PageMargins margins) {
        return new PageGeometry(paper.widthPt(), paper.heightPt(), margins.inner(), margins.outer(), margins.top(),
                margins.bottom());
    }

    /** A page of {@code size} with {@code margins}, facing pages or not. */
    public static PageGeometry of(PageSize size, PageMargins margins, boolean facing) {
        return new PageGeometry(size.width(), size.height(), margins.inner(), margins.outer(), margins.top(),
                margins.bottom(), facing);
    }

    /** Whether page {@code number} (from 1) is a left-hand page of a spread. */
    public boolean verso(int number) {
        return facing && number % 2 == 0;
    }

    /** How far page {@code number}'s content moves right as it is drawn: the outer margin less the inner on a verso. */
    public float shift(int number) {
        return verso(number) ? marginRight - marginLeft : 0;
    }

    /** Width of the text block. */
    public float measure() {
        return width - marginLeft - marginRight;
    }

    /** Height of the body on a page. */
    public float bodyHeight() {
        return height - marginTop - marginBottom;
    }

    /** Baseline of the running header, from the page top: halfway into the top margin. */
    public float headerBaseline() {
        return marginTop * 0.55f;
    }

    /** Baseline of the footer, from the page top. */
    public float footerBaseline() {
        return height - marginBottom * 0.45f;
    }
}
