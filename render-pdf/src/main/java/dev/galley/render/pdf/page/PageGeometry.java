package dev.galley.render.pdf.page;

import dev.galley.core.model.PaperSize;

/**
 * The page and its text block, in points, measured from the top-left corner of the page.
 *
 * @param width        paper width
 * @param height       paper height
 * @param marginLeft   from the paper's left edge to the text block
 * @param marginRight  from the text block to the paper's right edge
 * @param marginTop    from the paper's top edge to the top of the body
 * @param marginBottom from the bottom of the body to the paper's bottom edge
 */
public record PageGeometry(float width, float height, float marginLeft, float marginRight,
                           float marginTop, float marginBottom) {

    /**
     * Side margins of 1.25 inch give a measure of about 415 points on A4 (432 on Letter): with
     * the 10.5-point body, some 70 to 75 characters a line, in the range readers are comfortable
     * with (an inch gave over 85 in the wide DejaVu face).
     */
    public static PageGeometry of(PaperSize paper) {
        return new PageGeometry(paper.widthPt(), paper.heightPt(), 90, 90, 72, 78);
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
