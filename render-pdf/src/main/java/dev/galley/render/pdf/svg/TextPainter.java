package dev.galley.render.pdf.svg;

import dev.galley.render.pdf.font.DocumentFont;
import dev.galley.render.pdf.font.DocumentFonts;
import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.font.TypeFaces;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sets a chart's {@code <text>} as PDF text in the briefing's embedded faces, so that it can be
 * selected, searched and read back: {@code tspan}s with their own style, {@code x}/{@code y}
 * (lists too, one per character), {@code dx}/{@code dy}, per-character {@code rotate},
 * {@code text-anchor} per text chunk, {@code dominant-baseline}, {@code letter-spacing}, and
 * white space collapsed as {@code xml:space="default"} says. A character none of the faces has
 * is left out and named. Not followed: {@code textPath} (its text is set on a line),
 * {@code textLength}, kerning and bidirectional text.
 */
final class TextPainter {

    /** One character as it will be set. */
    private static final class Glyph {
        final int codePoint;
        final SvgStyle style;
        Double absoluteX;
        Double absoluteY;
        double dx;
        double dy;
        Double rotate;
        double x;
        double y;
        FontFace face;
        double advance;

        Glyph(int codePoint, SvgStyle style) {
            this.codePoint = codePoint;
            this.style = style;
        }
    }

    /** An element's per-character position lists and how far its characters have used them. */
    private static final class Lists {
        final double[] x, y, dx, dy, rotate;
        int used;

        Lists(SvgNode.Element e, double fontSize, double w, double h) {
            x = lengths(e.attribute("x"), fontSize, w);
            y = lengths(e.attribute("y"), fontSize, h);
            dx = lengths(e.attribute("dx"), fontSize, w);
            dy = lengths(e.attribute("dy"), fontSize, h);
            rotate = Numbers.all(e.attribute("rotate"));
        }
    }

    /** The slant of a synthesised oblique: tan 12°, about what browsers use. */
    private static final double OBLIQUE = 0.2126;

    private final SvgImage image;
    private final FormCanvas canvas;
    private final FontMetrics metrics;
    private final DocumentFonts fonts;
    private final TypeFaces faces;
    /** Characters left out because no face has them. */
    final Set<String> missing = new TreeSet<>();

    TextPainter(SvgImage image, FormCanvas canvas, FontMetrics metrics, DocumentFonts fonts, TypeFaces faces) {
        this.image = image;
        this.canvas = canvas;
        this.metrics = metrics;
        this.fonts = fonts;
        this.faces = faces;
    }

    void paint(SvgNode.Element text, SvgStyle style, double viewportWidth, double viewportHeight, double diagonal) {
        List<Glyph> glyphs = new ArrayList<>();
        Deque<Lists> lists = new ArrayDeque<>();
        collect(text, style, lists, glyphs, new boolean[] {true}, viewportWidth, viewportHeight, diagonal);
        while (!glyphs.isEmpty() && glyphs.get(glyphs.size() - 1).codePoint == ' ') {
            glyphs.remove(glyphs.size() - 1);
        }
        if (glyphs.isEmpty()) {
            return;
        }
        place(glyphs);
        draw(glyphs);
    }

    private void collect(SvgNode.Element element, SvgStyle style, Deque<Lists> lists, List<Glyph> glyphs,
                         boolean[] afterSpace, double w, double h, double diagonal) {
        lists.push(new Lists(element, style.fontSize(), w, h));
        boolean preserve = "preserve".equals(element.attribute("xml:space"));
        for (SvgNode child : element.children()) {
            if (child instanceof SvgNode.Text t) {
                String s = t.text();
                for (int i = 0; i < s.length(); ) {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    if (cp == '\n' || cp == '\r') {
                        if (preserve) {
                            cp = ' ';
                        } else {
                            continue;
                        }
                    }
                    if (cp == '\t') {
                        cp = ' ';
                    }
                    if (cp == ' ' && afterSpace[0] && !preserve) {
                        continue;
                    }
                    afterSpace[0] = cp == ' ';
                    Glyph glyph = new Glyph(cp, style);
                    position(glyph, lists);
                    glyphs.add(glyph);
                }
            } else if (child instanceof SvgNode.Element e
                    && (e.name().equals("tspan") || e.name().equals("textPath"))) {
                if (image.declared(e).getOrDefault("display", "").strip().equalsIgnoreCase("none")) {
                    continue;
                }
                collect(e, style.child(image.declared(e), diagonal), lists, glyphs, afterSpace, w, h, diagonal);
            }
        }
        lists.pop();
    }

    /** Gives a character its values from the innermost list that still has one; every list with one moves on. */
    private static void position(Glyph glyph, Deque<Lists> lists) {
        boolean x = false, y = false, dx = false, dy = false, rotate = false;
        for (Lists l : lists) { // innermost first
            int i = l.used;
            if (!x && i < l.x.length) {
                glyph.absoluteX = l.x[i];
                x = true;
            }
            if (!y && i < l.y.length) {
                glyph.absoluteY = l.y[i];
                y = true;
            }
            if (!dx && i < l.dx.length) {
                glyph.dx = l.dx[i];
                dx = true;
            }
            if (!dy && i < l.dy.length) {
                glyph.dy = l.dy[i];
                dy = true;
            }
            if (!rotate && l.rotate.length > 0) {
                glyph.rotate = l.rotate[Math.min(i, l.rotate.length - 1)]; // the last value goes on
                rotate = true;
            }
            l.used++;
        }
    }

    /** Positions every character, then moves each text chunk by its anchor. */
    private void place(List<Glyph> glyphs) {
        double x = 0, y = 0;
        int chunkStart = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if ((g.absoluteX != null || g.absoluteY != null) && i > 0) {
                anchor(glyphs, chunkStart, i, x);
                chunkStart = i;
            }
            if (g.absoluteX != null) {
                x = g.absoluteX;
            }
            if (g.absoluteY != null) {
                y = g.absoluteY;
            }
            x += g.dx;
            y += g.dy;
            g.face = faceFor(g);
            float size = (float) g.style.fontSize();
            g.advance = g.face == null ? 0 : metrics.advance(g.face, g.codePoint, size) + g.style.letterSpacing();
            g.x = x;
            g.y = y + baselineShift(g);
            x += g.advance;
        }
        anchor(glyphs, chunkStart, glyphs.size(), x);
    }

    private static void anchor(List<Glyph> glyphs, int from, int to, double end) {
        if (from >= to) {
            return;
        }
        String anchor = glyphs.get(from).style.textAnchor();
        double width = end - glyphs.get(from).x;
        double shift = switch (anchor) {
            case "middle" -> -width / 2;
            case "end" -> -width;
            default -> 0;
        };
        if (shift != 0) {
            for (int i = from; i < to; i++) {
                glyphs.get(i).x += shift;
            }
        }
    }

    /** How far below the given y the baseline lies for the character's {@code dominant-baseline}. */
    private double baselineShift(Glyph g) {
        if (g.face == null) {
            return 0;
        }
        float size = (float) g.style.fontSize();
        double ascent = metrics.ascent(g.face, size);
        double descent = Math.abs(metrics.descent(g.face, size));
        return switch (g.style.baseline().toLowerCase(Locale.ROOT)) {
            case "central", "middle", "mathematical" -> (ascent - descent) / 2;
            case "hanging", "text-before-edge", "text-top", "before-edge" -> ascent * 0.8;
            case "text-after-edge", "text-bottom", "ideographic", "after-edge" -> -descent;
            default -> 0;
        };
    }

    private FontFace faceFor(Glyph g) {
        FontFace wanted = Font.face(g.style, faces);
        if (metrics.hasGlyph(wanted, g.codePoint)) {
            return wanted;
        }
        for (FontFace fallback : faces.fallback()) {
            if (metrics.hasGlyph(fallback, g.codePoint)) {
                return fallback;
            }
        }
        missing.add(String.format(Locale.ROOT, "U+%04X", g.codePoint));
        return null;
    }

    /** Shows runs of characters that share a face, size and paint and follow on, one text operator each. */
    private void draw(List<Glyph> glyphs) {
        StringBuilder literal = new StringBuilder();
        canvas.operator("BT");
        // A form inherits the text state of the page where it is drawn: a body line's font
        // expansion (Tz) or letter-spacing (Tc) would otherwise reach the chart's labels.
        canvas.operator("100 Tz 0 Tc");
        int i = 0;
        while (i < glyphs.size()) {
            Glyph first = glyphs.get(i);
            if (first.face == null || !visible(first.style)) {
                i++;
                continue;
            }
            int j = i + 1;
            double pen = first.x + first.advance;
            while (j < glyphs.size()) {
                Glyph next = glyphs.get(j);
                if (next.face != first.face || next.style.fontSize() != first.style.fontSize()
                        || !samePaint(next.style, first.style) || next.rotate != null || first.rotate != null
                        || next.style.letterSpacing() != 0 || Math.abs(next.x - pen) > 1e-6
                        || Math.abs(next.y - first.y) > 1e-6) {
                    break;
                }
                pen += next.advance;
                j++;
            }
            paint(first.style);
            DocumentFont font = fonts.get(first.face);
            canvas.fonts.put(font.resourceName(), font.dictionary());
            StringBuilder o = canvas.ops();
            o.append('/').append(font.resourceName().getName()).append(' ');
            FormCanvas.precise(o, first.style.fontSize()).append(" Tf\n");
            double angle = first.rotate == null ? 0 : StrictMath.toRadians(first.rotate);
            double cos = StrictMath.cos(angle), sin = StrictMath.sin(angle);
            // italic asked of a family without one (DejaVu Sans): slanted, as browsers do
            double slant = first.style.italic() && !first.face.slanted() ? OBLIQUE : 0;
            // text space is y-up, the chart's y-down: flip each run about its baseline
            for (double v : new double[] {cos, sin, slant * cos + sin, slant * sin - cos, first.x, first.y}) {
                FormCanvas.precise(o, v).append(' ');
            }
            o.append("Tm\n");
            literal.setLength(0);
            for (int k = i; k < j; k++) {
                font.appendGlyph(glyphs.get(k).codePoint, literal);
            }
            o.append('(').append(literal).append(") Tj\n");
            i = j;
        }
        canvas.operator("ET");
    }

    private static boolean visible(SvgStyle style) {
        return style.visible() && (isSolid(style.fill()) || isSolid(style.stroke()));
    }

    private static boolean isSolid(Paint paint) {
        return !(paint instanceof Paint.None);
    }

    private static boolean samePaint(SvgStyle a, SvgStyle b) {
        return a.fill().equals(b.fill()) && a.stroke().equals(b.stroke()) && a.alpha() == b.alpha()
                && a.fillOpacity() == b.fillOpacity();
    }

    /** Text is filled; text with only a stroke is stroked (an outline label). */
    private void paint(SvgStyle style) {
        boolean fill = isSolid(style.fill());
        Paint paint = fill ? style.fill() : style.stroke();
        SvgColour colour = colourOf(paint);
        double alpha = style.alpha() * colour.alpha() * (fill ? style.fillOpacity() : style.strokeOpacity());
        if (fill) {
            canvas.fillColour(colour.rgb());
            canvas.alpha(alpha, 1);
            canvas.operator("0 Tr");
        } else {
            canvas.strokeColour(colour.rgb());
            canvas.alpha(1, alpha);
            canvas.stroke(style.strokeWidth(), style.lineCap(), style.lineJoin(), style.miterLimit(), new double[0], 0);
            canvas.operator("1 Tr");
        }
    }

    /** A paint's colour; a gradient on text is shown in its stops' mean colour. */
    private SvgColour colourOf(Paint paint) {
        if (paint instanceof Paint.Solid solid) {
            return solid.colour();
        }
        if (paint instanceof Paint.Reference ref) {
            SvgNode.Element gradient = image.byId(ref.id());
            if (gradient != null && gradient.name().endsWith("Gradient")) {
                Object resolved = Gradients.resolve(image, gradient, new java.awt.geom.Rectangle2D.Double(0, 0, 1, 1), 1, 1);
                if (resolved instanceof Gradients.Fill fill) {
                    return new SvgColour(fill.meanRgb(), fill.alpha());
                }
                if (resolved instanceof SvgColour colour) {
                    return colour;
                }
            }
            return colourOf(ref.fallback() instanceof Paint.None ? new Paint.Solid(SvgColour.BLACK) : ref.fallback());
        }
        return SvgColour.BLACK;
    }

    private static double[] lengths(String value, double fontSize, double base) {
        if (value == null || value.isBlank()) {
            return new double[0];
        }
        String[] parts = value.strip().split("[\\s,]+");
        double[] lengths = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            lengths[i] = Lengths.of(parts[i], base, fontSize, 0);
        }
        return lengths;
    }
}
