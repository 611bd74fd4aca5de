package dev.galley.render.pdf.svg;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSS colour as SVG files write them: {@code #rgb}, {@code #rgba}, {@code #rrggbb},
 * {@code #rrggbbaa}, {@code rgb()}/{@code rgba()} and {@code hsl()}/{@code hsla()} in the comma
 * and the space syntax, {@code transparent} and the 148 named colours of CSS Color 4.
 *
 * @param rgb   {@code 0xRRGGBB}
 * @param alpha 0 (transparent) to 1
 */
record SvgColour(int rgb, double alpha) {

    static final SvgColour BLACK = new SvgColour(0, 1);

    private static final Map<String, Integer> NAMED = named();

    /** The colour {@code text} names; empty when it is none ({@code currentColor} is the caller's). */
    static Optional<SvgColour> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("#")) {
                return hex(s.substring(1));
            }
            if (s.equals("transparent")) {
                return Optional.of(new SvgColour(0, 0));
            }
            int open = s.indexOf('(');
            if (open > 0 && s.endsWith(")")) {
                String function = s.substring(0, open).strip();
                String[] parts = s.substring(open + 1, s.length() - 1).replace("/", " / ").split("[\\s,]+");
                java.util.List<String> args = new java.util.ArrayList<>();
                for (String part : parts) {
                    if (!part.isBlank() && !part.equals("/")) {
                        args.add(part);
                    }
                }
                if (args.size() < 3) {
                    return Optional.empty();
                }
                double alpha = args.size() > 3 ? fraction(args.get(3), 1) : 1;
                if (function.equals("rgb") || function.equals("rgba")) {
                    int r = channel(args.get(0)), g = channel(args.get(1)), b = channel(args.get(2));
                    return Optional.of(new SvgColour((r << 16) | (g << 8) | b, clamp(alpha)));
                }
                if (function.equals("hsl") || function.equals("hsla")) {
                    double h = Double.parseDouble(args.get(0).replace("deg", ""));
                    double sat = fraction(args.get(1), 100), light = fraction(args.get(2), 100);
                    return Optional.of(new SvgColour(hsl(h, clamp(sat), clamp(light)), clamp(alpha)));
                }
                return Optional.empty();
            }
            Integer named = NAMED.get(s);
            return named == null ? Optional.empty() : Optional.of(new SvgColour(named, 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<SvgColour> hex(String h) {
        if (!h.matches("[0-9a-f]+")) {
            return Optional.empty();
        }
        return switch (h.length()) {
            case 3, 4 -> {
                int r = Character.digit(h.charAt(0), 16) * 17, g = Character.digit(h.charAt(1), 16) * 17;
                int b = Character.digit(h.charAt(2), 16) * 17;
                double a = h.length() == 4 ? Character.digit(h.charAt(3), 16) * 17 / 255.0 : 1;
                yield Optional.of(new SvgColour((r << 16) | (g << 8) | b, a));
            }
            case 6, 8 -> {
                int rgb = Integer.parseInt(h.substring(0, 6), 16);
                double a = h.length() == 8 ? Integer.parseInt(h.substring(6), 16) / 255.0 : 1;
                yield Optional.of(new SvgColour(rgb, a));
            }
            default -> Optional.empty();
        };
    }

    /** An {@code rgb()} channel: 0–255 or a percentage. */
    private static int channel(String value) {
        double v = value.endsWith("%") ? Double.parseDouble(value.substring(0, value.length() - 1)) * 2.55
                : Double.parseDouble(value);
        return (int) Math.round(Math.max(0, Math.min(255, v)));
    }

    /** A number or a percentage as a fraction; a plain number is divided by {@code plainScale}. */
    private static double fraction(String value, double plainScale) {
        return value.endsWith("%") ? Double.parseDouble(value.substring(0, value.length() - 1)) / 100
                : Double.parseDouble(value) / plainScale;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static int hsl(double hue, double s, double l) {
        double h = ((hue % 360) + 360) % 360 / 360;
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        int r = (int) Math.round(255 * hue(p, q, h + 1.0 / 3));
        int g = (int) Math.round(255 * hue(p, q, h));
        int b = (int) Math.round(255 * hue(p, q, h - 1.0 / 3));
        return (r << 16) | (g << 8) | b;
    }

    private static double hue(double p, double q, double t) {
        if (t < 0) {
            t += 1;
        }
        if (t > 1) {
            t -= 1;
        }
        if (t < 1.0 / 6) {
            return p + (q - p) * 6 * t;
        }
        if (t < 0.5) {
            return q;
        }
        if (t < 2.0 / 3) {
            return p + (q - p) * (2.0 / 3 - t) * 6;
        }
        return p;
    }

    private static Map<String, Integer> named() {
        String table = """
                aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc
                bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a
                burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50
                cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b
                darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b
                darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000
                darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f
                darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff
                dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0
                forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700
                goldenrod daa520 gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0
                hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa
                lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080
                lightcyan e0ffff lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3
                lightpink ffb6c1 lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa
                lightslategray 778899 lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00
                limegreen 32cd32 linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine 66cdaa
                mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371
                mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred c71585
                midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead
                navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500
                orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee palevioletred db7093
                papayawhip ffefd5 peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6
                purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1
                saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee
                sienna a0522d silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090
                snow fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8
                tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5
                yellow ffff00 yellowgreen 9acd32
                """;
        String[] words = table.strip().split("\\s+");
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i + 1 < words.length; i += 2) {
            map.put(words[i], Integer.parseInt(words[i + 1], 16));
        }
        return Map.copyOf(map);
    }
}
