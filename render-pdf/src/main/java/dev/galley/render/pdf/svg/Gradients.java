package dev.galley.render.pdf.svg;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SVG gradients as PDF shadings: a {@code linearGradient} as an axial shading (type 2), a
 * {@code radialGradient} as a radial one (type 3, focal point and radius included), the stops
 * as a stitching function of linear interpolations. Attributes and stops are inherited along
 * {@code href} as SVG says. Drawn with {@code sh} inside the shape as a clip, under the
 * gradient's own transform, so {@code objectBoundingBox} units come out right on any shape.
 * Stops whose opacities differ are drawn through a soft mask of the same gradient in grey. Not
 * drawn as a browser draws them: {@code spreadMethod} reflect and repeat (padded instead).
 */
final class Gradients {

    /**
     * A gradient ready to draw: the shading, where its space lies in user space, its opacity, and
     * where its stops' opacities differ, a grey shading of them to draw through as a soft mask
     * (else null).
     */
    record Fill(COSDictionary shading, AffineTransform matrix, double alpha, int meanRgb, COSDictionary opacities) {
    }

    private record Stop(double offset, int rgb, double alpha) {
    }

    private Gradients() {
    }

    /**
     * The gradient {@code element} makes on a shape of bounds {@code box}, or the solid colour of
     * a gradient of one stop; null when it draws nothing (no stops, an empty box for
     * {@code objectBoundingBox}).
     */
    static Object resolve(SvgImage image, SvgNode.Element element, Rectangle2D box, double viewportWidth,
                          double viewportHeight) {
        Map<String, String> attributes = inherited(image, element);
        List<Stop> stops = stops(image, element);
        if (stops.isEmpty()) {
            return null;
        }
        if (stops.size() == 1) {
            Stop only = stops.get(0);
            return new SvgColour(only.rgb(), only.alpha());
        }
        boolean boxUnits = !"userSpaceOnUse".equals(attributes.getOrDefault("gradientUnits", "").strip());
        AffineTransform matrix = new AffineTransform();
        double w = viewportWidth, h = viewportHeight;
        double diagonal = Math.sqrt((w * w + h * h) / 2);
        if (boxUnits) {
            if (box.getWidth() <= 0 || box.getHeight() <= 0) {
                return null;
            }
            matrix.translate(box.getX(), box.getY());
            matrix.scale(box.getWidth(), box.getHeight());
            w = 1;
            h = 1;
            diagonal = 1;
        }
        matrix.concatenate(Transforms.parse(attributes.get("gradientTransform")));
        boolean radial = element.name().equals("radialGradient");
        COSArray coords = new COSArray();
        if (radial) {
            double cx = coordinate(attributes.get("cx"), w, 0.5, boxUnits);
            double cy = coordinate(attributes.get("cy"), h, 0.5, boxUnits);
            double r = coordinate(attributes.get("r"), diagonal, 0.5, boxUnits);
            double fx = attributes.containsKey("fx") ? coordinate(attributes.get("fx"), w, 0.5, boxUnits) : cx;
            double fy = attributes.containsKey("fy") ? coordinate(attributes.get("fy"), h, 0.5, boxUnits) : cy;
            double fr = coordinate(attributes.get("fr"), diagonal, 0, boxUnits);
            if (r <= 0) {
                Stop last = stops.get(stops.size() - 1);
                return new SvgColour(last.rgb(), last.alpha());
            }
            for (double v : new double[] {fx, fy, fr, cx, cy, r}) {
                coords.add(new COSFloat((float) v));
            }
        } else {
            double x1 = coordinate(attributes.get("x1"), w, 0, boxUnits);
            double y1 = coordinate(attributes.get("y1"), h, 0, boxUnits);
            double x2 = coordinate(attributes.get("x2"), w, 1, boxUnits);
            double y2 = coordinate(attributes.get("y2"), h, 0, boxUnits);
            if (x1 == x2 && y1 == y2) {
                Stop last = stops.get(stops.size() - 1);
                return new SvgColour(last.rgb(), last.alpha());
            }
            for (double v : new double[] {x1, y1, x2, y2}) {
                coords.add(new COSFloat((float) v));
            }
        }
        COSDictionary shading = shading(radial, coords, COSName.DEVICERGB, function(stops, false));
        boolean even = stops.stream().allMatch(stop -> stop.alpha() == stops.get(0).alpha());
        if (even) {
            return new Fill(shading, matrix, stops.get(0).alpha(), mean(stops), null);
        }
        return new Fill(shading, matrix, 1, mean(stops), shading(radial, coords, COSName.DEVICEGRAY, function(stops, true)));
    }

    private static COSDictionary shading(boolean radial, COSArray coords, COSName space, COSDictionary function) {
        COSDictionary shading = new COSDictionary();
        shading.setInt(COSName.SHADING_TYPE, radial ? 3 : 2);
        shading.setItem(COSName.COLORSPACE, space);
        shading.setItem(COSName.COORDS, coords);
        shading.setItem(COSName.FUNCTION, function);
        COSArray extend = new COSArray();
        extend.add(COSBoolean.TRUE);
        extend.add(COSBoolean.TRUE);
        shading.setItem(COSName.EXTEND, extend);
        return shading;
    }

    /** Interpolations between each pair of stops (their colours, or their opacities), stitched at their offsets. */
    private static COSDictionary function(List<Stop> stops, boolean opacity) {
        List<Stop> padded = new ArrayList<>(stops);
        if (padded.get(0).offset() > 0) {
            padded.add(0, new Stop(0, padded.get(0).rgb(), padded.get(0).alpha()));
        }
        Stop last = padded.get(padded.size() - 1);
        if (last.offset() < 1) {
            padded.add(new Stop(1, last.rgb(), last.alpha()));
        }
        if (padded.size() == 2) {
            return interpolation(padded.get(0), padded.get(1), opacity);
        }
        COSDictionary stitching = new COSDictionary();
        stitching.setInt(COSName.FUNCTION_TYPE, 3);
        stitching.setItem(COSName.DOMAIN, numbers(0, 1));
        COSArray functions = new COSArray();
        COSArray bounds = new COSArray();
        COSArray encode = new COSArray();
        for (int i = 0; i + 1 < padded.size(); i++) {
            functions.add(interpolation(padded.get(i), padded.get(i + 1), opacity));
            if (i > 0) {
                bounds.add(new COSFloat((float) padded.get(i).offset()));
            }
            encode.add(COSInteger.ZERO);
            encode.add(COSInteger.ONE);
        }
        stitching.setItem(COSName.FUNCTIONS, functions);
        stitching.setItem(COSName.BOUNDS, bounds);
        stitching.setItem(COSName.ENCODE, encode);
        return stitching;
    }

    private static COSDictionary interpolation(Stop from, Stop to, boolean opacity) {
        COSDictionary f = new COSDictionary();
        f.setInt(COSName.FUNCTION_TYPE, 2);
        f.setItem(COSName.DOMAIN, numbers(0, 1));
        f.setItem(COSName.C0, opacity ? grey(from.alpha()) : rgb(from.rgb()));
        f.setItem(COSName.C1, opacity ? grey(to.alpha()) : rgb(to.rgb()));
        f.setInt(COSName.N, 1);
        return f;
    }

    private static COSArray grey(double value) {
        COSArray array = new COSArray();
        array.add(new COSFloat(Math.round(value * 1000) / 1000f));
        return array;
    }

    private static COSArray rgb(int rgb) {
        COSArray array = new COSArray();
        for (int shift = 16; shift >= 0; shift -= 8) {
            array.add(new COSFloat(Math.round(((rgb >> shift) & 0xFF) / 255f * 1000) / 1000f));
        }
        return array;
    }

    private static COSArray numbers(int a, int b) {
        COSArray array = new COSArray();
        array.add(COSInteger.get(a));
        array.add(COSInteger.get(b));
        return array;
    }

    private static int mean(List<Stop> stops) {
        long r = 0, g = 0, b = 0;
        for (Stop s : stops) {
            r += (s.rgb() >> 16) & 0xFF;
            g += (s.rgb() >> 8) & 0xFF;
            b += s.rgb() & 0xFF;
        }
        int n = stops.size();
        return (int) ((r / n) << 16 | (g / n) << 8 | (b / n));
    }

    /** A gradient's attributes, those it lacks taken from the gradients its {@code href} leads to. */
    private static Map<String, String> inherited(SvgImage image, SvgNode.Element element) {
        Map<String, String> attributes = new java.util.HashMap<>();
        Set<SvgNode.Element> seen = new HashSet<>();
        for (SvgNode.Element e = element; e != null && seen.add(e) && seen.size() < 16;
             e = image.referenced(e.attribute("href"))) {
            if (e.name().endsWith("Gradient")) {
                e.attributes().forEach(attributes::putIfAbsent);
            }
        }
        return attributes;
    }

    /** The stops of the first gradient along the {@code href} chain that has any. */
    private static List<Stop> stops(SvgImage image, SvgNode.Element element) {
        Set<SvgNode.Element> seen = new HashSet<>();
        for (SvgNode.Element e = element; e != null && seen.add(e) && seen.size() < 16;
             e = image.referenced(e.attribute("href"))) {
            List<Stop> stops = new ArrayList<>();
            double previous = 0;
            for (SvgNode.Element stop : e.elements()) {
                if (!stop.name().equals("stop")) {
                    continue;
                }
                Map<String, String> declared = image.declared(stop);
                SvgColour colour = SvgColour.BLACK;
                String colourValue = declared.get("stop-color");
                if (colourValue != null) {
                    colour = SvgColour.parse(colourValue).orElse(SvgColour.BLACK);
                }
                double opacity = Math.max(0, Math.min(1, Lengths.fraction(declared.get("stop-opacity"), 1)));
                double offset = Math.max(previous, Math.max(0, Math.min(1, Lengths.fraction(stop.attribute("offset"), 0))));
                previous = offset;
                stops.add(new Stop(offset, colour.rgb(), colour.alpha() * opacity));
            }
            if (!stops.isEmpty()) {
                return stops;
            }
        }
        return List.of();
    }

    /** A gradient coordinate: in bounding-box units a fraction (or percentage), else a length of the viewport. */
    private static double coordinate(String value, double base, double fallback, boolean boxUnits) {
        if (value == null) {
            return fallback * base;
        }
        if (boxUnits) {
            return Lengths.fraction(value, fallback);
        }
        return Lengths.of(value, base, Lengths.ROOT_FONT_SIZE, fallback * base);
    }
}
