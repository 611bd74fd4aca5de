package dev.galley.render.pdf.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The computed style of an element as drawing needs it: the inherited properties from its
 * parent (where it is drawn, so a {@code <use>}'s content inherits from the use), overridden
 * by what it declares. Opacity is multiplied into {@link #alpha}, the opacity shapes are drawn
 * at: a shape's own, and that of a {@code use} or of a group of one; a group of more is drawn as
 * a transparency group instead (see {@link FormCanvas#group}).
 */
record SvgStyle(Paint fill, double fillOpacity, boolean fillEvenOdd,
                Paint stroke, double strokeWidth, double strokeOpacity, int lineCap, int lineJoin,
                double miterLimit, double[] dashes, double dashOffset,
                SvgColour color, double alpha,
                List<String> fontFamily, double fontSize, boolean bold, boolean italic,
                String textAnchor, String baseline, double letterSpacing,
                boolean visible, String markerStart, String markerMid, String markerEnd) {

    /** The properties an element may declare, as attributes or in CSS. */
    static final Set<String> PROPERTIES = Set.of(
            "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
            "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "color", "opacity",
            "font", "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
            "alignment-baseline", "letter-spacing", "visibility", "display", "clip-path", "clip-rule",
            "stop-color", "stop-opacity", "marker", "marker-start", "marker-mid", "marker-end",
            // read by the painter, not the style: a viewport's clipping, and what it reports not drawn
            "overflow", "mask", "filter");

    /** The initial values, at the outermost {@code <svg>}. */
    static final SvgStyle INITIAL = new SvgStyle(new Paint.Solid(SvgColour.BLACK), 1, false,
            Paint.NONE, 1, 1, 0, 0, 4, new double[0], 0, SvgColour.BLACK, 1,
            List.of(), Lengths.ROOT_FONT_SIZE, false, false, "start", "auto", 0, true, null, null, null);

    /**
     * This style as {@code declared} changes it for a child.
     *
     * @param diagonal the viewport's normalised diagonal, what percentages of stroke widths are of
     */
    SvgStyle child(Map<String, String> declared, double diagonal) {
        if (declared.isEmpty()) {
            return this;
        }
        Map<String, String> d = declared;
        if (d.containsKey("font")) {
            d = new java.util.HashMap<>(d);
            Font.shorthand(d.get("font"), d);
        }
        SvgColour color = colour(d.get("color"), this.color);
        double fontSize = fontSize(d.get("font-size"));
        Paint fill = paint(d.get("fill"), this.fill, color);
        Paint stroke = paint(d.get("stroke"), this.stroke, color);
        double opacity = clamp(Lengths.fraction(d.get("opacity"), 1));
        boolean visible = d.containsKey("visibility")
                ? !Set.of("hidden", "collapse").contains(d.get("visibility").toLowerCase(Locale.ROOT)) : this.visible;
        return new SvgStyle(fill, clamp(Lengths.fraction(d.get("fill-opacity"), fillOpacity)),
                rule(d.get("fill-rule"), fillEvenOdd),
                stroke, Math.max(0, Lengths.of(d.get("stroke-width"), diagonal, fontSize, strokeWidth)),
                clamp(Lengths.fraction(d.get("stroke-opacity"), strokeOpacity)),
                keyword(d.get("stroke-linecap"), List.of("butt", "round", "square"), lineCap),
                keyword(d.get("stroke-linejoin"), List.of("miter", "round", "bevel"), lineJoin),
                Math.max(1, Lengths.fraction(d.get("stroke-miterlimit"), miterLimit)),
                dashes(d.get("stroke-dasharray"), diagonal, fontSize),
                Lengths.of(d.get("stroke-dashoffset"), diagonal, fontSize, dashOffset),
                color, alpha * opacity,
                d.containsKey("font-family") ? Font.families(d.get("font-family")) : fontFamily,
                fontSize, weight(d.get("font-weight")), d.containsKey("font-style")
                        ? !d.get("font-style").strip().toLowerCase(Locale.ROOT).equals("normal") : italic,
                d.getOrDefault("text-anchor", textAnchor).strip().toLowerCase(Locale.ROOT),
                d.getOrDefault("dominant-baseline", d.getOrDefault("alignment-baseline", baseline))
                        .strip().toLowerCase(Locale.ROOT),
                d.containsKey("letter-spacing") && !d.get("letter-spacing").strip().equals("normal")
                        ? Lengths.of(d.get("letter-spacing"), 0, fontSize, letterSpacing) : letterSpacing,
                visible,
                marker(d, "marker-start", markerStart), marker(d, "marker-mid", markerMid),
                marker(d, "marker-end", markerEnd));
    }

    /** A marker property as the id it names, null for none; {@code marker} sets all three. */
    private static String marker(Map<String, String> d, String property, String inherited) {
        String value = d.getOrDefault(property, d.get("marker"));
        if (value == null || value.strip().equalsIgnoreCase("inherit")) {
            return inherited;
        }
        return Paint.parse(value, SvgColour.BLACK).orElse(Paint.NONE) instanceof Paint.Reference ref ? ref.id() : null;
    }

    /** This style with {@code alpha} as the opacity its shapes are drawn at. */
    SvgStyle withAlpha(double alpha) {
        return new SvgStyle(fill, fillOpacity, fillEvenOdd, stroke, strokeWidth, strokeOpacity, lineCap, lineJoin,
                miterLimit, dashes, dashOffset, color, alpha, fontFamily, fontSize, bold, italic, textAnchor, baseline,
                letterSpacing, visible, markerStart, markerMid, markerEnd);
    }

    private static SvgColour colour(String value, SvgColour inherited) {
        if (value == null || value.strip().equalsIgnoreCase("currentcolor") || value.strip().equalsIgnoreCase("inherit")) {
            return inherited;
        }
        return SvgColour.parse(value).orElse(inherited);
    }

    private static Paint paint(String value, Paint inherited, SvgColour color) {
        if (value == null || value.strip().equalsIgnoreCase("inherit")) {
            return inherited;
        }
        return Paint.parse(value, color).orElse(inherited);
    }

    private static boolean rule(String value, boolean inherited) {
        return value == null ? inherited : value.strip().equalsIgnoreCase("evenodd");
    }

    private static int keyword(String value, List<String> keywords, int inherited) {
        if (value == null) {
            return inherited;
        }
        int index = keywords.indexOf(value.strip().toLowerCase(Locale.ROOT));
        return index < 0 ? inherited : index;
    }

    private double[] dashes(String value, double diagonal, double fontSize) {
        if (value == null) {
            return dashes;
        }
        if (value.strip().equalsIgnoreCase("none")) {
            return new double[0];
        }
        List<Double> lengths = new ArrayList<>();
        for (String part : value.strip().split("[\\s,]+")) {
            double length = Lengths.of(part, diagonal, fontSize, -1);
            if (length < 0) {
                return dashes; // a negative or unreadable length makes the whole list invalid
            }
            lengths.add(length);
        }
        if (lengths.stream().allMatch(l -> l == 0)) {
            return new double[0];
        }
        if (lengths.size() % 2 == 1) {
            lengths.addAll(List.copyOf(lengths));
        }
        return lengths.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double fontSize(String value) {
        if (value == null) {
            return fontSize;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        double keyword = switch (v) {
            case "xx-small" -> 9;
            case "x-small" -> 10;
            case "small" -> 13;
            case "medium" -> 16;
            case "large" -> 18;
            case "x-large" -> 24;
            case "xx-large" -> 32;
            case "smaller" -> fontSize / 1.2;
            case "larger" -> fontSize * 1.2;
            default -> -1;
        };
        if (keyword > 0) {
            return keyword;
        }
        double size = Lengths.of(v, fontSize, fontSize, fontSize);
        return size > 0 ? size : fontSize;
    }

    private boolean weight(String value) {
        if (value == null) {
            return bold;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "bold", "bolder" -> true;
            case "normal", "lighter" -> false;
            default -> {
                try {
                    yield Integer.parseInt(v) >= 600;
                } catch (NumberFormatException e) {
                    yield bold;
                }
            }
        };
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
