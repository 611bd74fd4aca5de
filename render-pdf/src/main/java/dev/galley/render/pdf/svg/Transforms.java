package dev.galley.render.pdf.svg;

import java.awt.geom.AffineTransform;
import java.util.Locale;

/**
 * Reads the {@code transform} attribute: a list of {@code matrix}, {@code translate},
 * {@code scale}, {@code rotate}, {@code skewX} and {@code skewY}, applied right to left to what
 * is drawn. Angles go through {@link StrictMath}, so the PDF is the same on every machine.
 */
final class Transforms {

    private Transforms() {
    }

    /** The transform {@code text} describes; the identity when it is missing or cannot be read. */
    static AffineTransform parse(String text) {
        AffineTransform result = new AffineTransform();
        if (text == null || text.isBlank()) {
            return result;
        }
        int at = 0;
        try {
            while (true) {
                int open = text.indexOf('(', at);
                if (open < 0) {
                    return result;
                }
                int close = text.indexOf(')', open);
                if (close < 0) {
                    return new AffineTransform();
                }
                String name = text.substring(at, open).replace(",", " ").strip().toLowerCase(Locale.ROOT);
                double[] v = Numbers.all(text.substring(open + 1, close));
                result.concatenate(of(name, v));
                at = close + 1;
            }
        } catch (IllegalArgumentException e) {
            return new AffineTransform(); // an unreadable list is no transform, as browsers treat it
        }
    }

    private static AffineTransform of(String name, double[] v) {
        return switch (name) {
            case "matrix" -> {
                need(v, 6);
                yield new AffineTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
            }
            case "translate" -> {
                need(v, 1);
                yield AffineTransform.getTranslateInstance(v[0], v.length > 1 ? v[1] : 0);
            }
            case "scale" -> {
                need(v, 1);
                yield AffineTransform.getScaleInstance(v[0], v.length > 1 ? v[1] : v[0]);
            }
            case "rotate" -> {
                need(v, 1);
                AffineTransform rotate = rotation(v[0]);
                if (v.length >= 3) {
                    AffineTransform around = AffineTransform.getTranslateInstance(v[1], v[2]);
                    around.concatenate(rotate);
                    around.translate(-v[1], -v[2]);
                    yield around;
                }
                yield rotate;
            }
            case "skewx" -> {
                need(v, 1);
                yield new AffineTransform(1, 0, StrictMath.tan(StrictMath.toRadians(v[0])), 1, 0, 0);
            }
            case "skewy" -> {
                need(v, 1);
                yield new AffineTransform(1, StrictMath.tan(StrictMath.toRadians(v[0])), 0, 1, 0, 0);
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A rotation by {@code degrees}, clockwise on screen (SVG's y axis points down). */
    static AffineTransform rotation(double degrees) {
        double radians = StrictMath.toRadians(degrees);
        double cos = StrictMath.cos(radians);
        double sin = StrictMath.sin(radians);
        return new AffineTransform(cos, sin, -sin, cos, 0, 0);
    }

    private static void need(double[] v, int n) {
        if (v.length < n) {
            throw new IllegalArgumentException("too few numbers");
        }
    }
}
