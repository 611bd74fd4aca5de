package dev.galley.render.pdf.svg;

import org.junit.jupiter.api.Test;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How charts' attributes are read: path data, transforms, colours, viewBoxes and CSS. */
class SvgReadingTest {

    @Test
    void pathDataInEveryCommandAndItsShortForms() {
        Path2D.Double path = PathData.parse("M10-20l5.5.5h10v10H0Zm1,1 c1 1 2 2 3 3s1 1 2 2q1 0 2 2t4 4");
        Rectangle2D box = path.getBounds2D();
        assertEquals(0, box.getMinX(), 1e-9);
        assertEquals(-20, box.getMinY(), 1e-9);
        assertEquals(25.5, box.getMaxX(), 1e-9);
        Point2D end = path.getCurrentPoint();
        // closed back at 10,-20; m1,1 to 11,-19; then c, s, q and t each move on by their end point
        assertEquals(new Point2D.Double(22, -8), end);
    }

    @Test
    void anArcEndsWhereItSaysOnTheRightSide() {
        Path2D.Double path = PathData.parse("M0 0 A50 50 0 0 1 100 0");
        assertEquals(new Point2D.Double(100, 0), path.getCurrentPoint());
        Rectangle2D box = path.getBounds2D();
        // the small clockwise arc from (0,0) to (100,0) of radius 50 bulges up (y-down), to y = -50
        assertEquals(-50, box.getMinY(), 0.5);
        Path2D.Double large = PathData.parse("M0 0 A10 10 0 1 0 100 0"); // radius too small: scaled to 50
        assertEquals(50, large.getBounds2D().getMaxY(), 0.5);
    }

    @Test
    void anErrorEndsThePathWhereItIs() {
        Path2D.Double path = PathData.parse("M0 0 L10 10 L20 x L30 30");
        assertEquals(new Point2D.Double(10, 10), path.getCurrentPoint());
    }

    @Test
    void transformsComposeFromTheLeft() {
        AffineTransform t = Transforms.parse("translate(10,20) rotate(90) scale(2)");
        Point2D p = t.transform(new Point2D.Double(1, 0), null);
        assertEquals(10, p.getX(), 1e-9);
        assertEquals(22, p.getY(), 1e-9);
        AffineTransform around = Transforms.parse("rotate(180 5 5)");
        assertEquals(10, around.transform(new Point2D.Double(0, 0), null).getX(), 1e-9);
        assertTrue(Transforms.parse("rotate(oops)").isIdentity());
    }

    @Test
    void coloursAsChartsWriteThem() {
        assertEquals(new SvgColour(0x2b6cb0, 1), SvgColour.parse("#2B6CB0").orElseThrow());
        assertEquals(new SvgColour(0xff0000, 1), SvgColour.parse("#f00").orElseThrow());
        assertEquals(0x663399, SvgColour.parse("rebeccapurple").orElseThrow().rgb());
        assertEquals(new SvgColour(0x0080ff, 0.5), SvgColour.parse("rgba(0, 128, 255, 0.5)").orElseThrow());
        assertEquals(new SvgColour(0x0080ff, 0.5), SvgColour.parse("rgb(0% 50.2% 100% / 50%)").orElseThrow());
        assertEquals(0x00ff00, SvgColour.parse("hsl(120, 100%, 50%)").orElseThrow().rgb());
        assertTrue(SvgColour.parse("url(#g)").isEmpty());
    }

    @Test
    void viewBoxMeetSliceAndNone() {
        double[] box = {0, 0, 100, 50};
        AffineTransform meet = SvgPainter.viewBox(box, null, 0, 0, 200, 200);
        assertArrayEquals(new double[] {2, 0, 0, 2, 0, 50}, matrix(meet), 1e-9);
        AffineTransform slice = SvgPainter.viewBox(box, "xMinYMin slice", 0, 0, 200, 200);
        assertArrayEquals(new double[] {4, 0, 0, 4, 0, 0}, matrix(slice), 1e-9);
        AffineTransform none = SvgPainter.viewBox(box, "none", 0, 0, 200, 200);
        assertArrayEquals(new double[] {2, 0, 0, 4, 0, 0}, matrix(none), 1e-9);
    }

    @Test
    void cssCascadesBySpecificityThenStyleAttribute() throws Exception {
        SvgImage image = SvgImage.read(("""
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                <style>rect{fill:red} .bar{fill:green} g > .bar{stroke:blue} #one{fill:black} svg rect.bar.x{opacity:0.5}</style>
                <g><rect id="one" class="bar x" fill="yellow" style="stroke-width:3"/><rect class="bar" fill="yellow"/></g>
                <rect fill="yellow"/>
                </svg>""").getBytes(StandardCharsets.UTF_8));
        List<SvgNode.Element> group = image.children().get(1).elements();
        assertEquals("black", image.declared(group.get(0)).get("fill"));
        assertEquals("blue", image.declared(group.get(0)).get("stroke"));
        assertEquals("0.5", image.declared(group.get(0)).get("opacity"));
        assertEquals("3", image.declared(group.get(0)).get("stroke-width"));
        assertEquals("green", image.declared(group.get(1)).get("fill"));
        assertEquals("red", image.declared(image.children().get(2)).get("fill"), "a rule beats an attribute");
    }

    @Test
    void fontsByKind() {
        assertEquals(Font.Kind.SANS, Font.kind(Font.families("Helvetica Neue, Arial, sans-serif")));
        assertEquals(Font.Kind.SANS, Font.kind(Font.families("'DejaVu Sans'")));
        assertEquals(Font.Kind.SERIF, Font.kind(Font.families("\"Times New Roman\", serif")));
        assertEquals(Font.Kind.MONO, Font.kind(Font.families("Menlo, monospace")));
        assertEquals(Font.Kind.SANS, Font.kind(List.of()));
        java.util.Map<String, String> declared = new java.util.HashMap<>();
        Font.shorthand("italic 700 10px/1.2 'DejaVu Sans', sans-serif", declared);
        assertEquals("10px", declared.get("font-size"));
        assertEquals("700", declared.get("font-weight"));
        assertEquals("italic", declared.get("font-style"));
        assertEquals("'DejaVu Sans', sans-serif", declared.get("font-family"));
    }

    private static double[] matrix(AffineTransform t) {
        return new double[] {t.getScaleX(), t.getShearY(), t.getShearX(), t.getScaleY(), t.getTranslateX(), t.getTranslateY()};
    }
}
