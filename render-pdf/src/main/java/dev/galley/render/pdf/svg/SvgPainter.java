package dev.galley.render.pdf.svg;

import dev.galley.core.image.SvgSanitizer;
import dev.galley.core.image.SvgSize;

import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Draws a chart's elements onto a {@link FormCanvas}, in the chart's own y-down user space:
 * nested viewports ({@code svg}, {@code symbol} through {@code use}) with {@code viewBox} and
 * {@code preserveAspectRatio}, groups, transforms, clip paths, the basic shapes and paths,
 * fills and strokes (colour, opacity, rule, width, caps, joins, miter limit, dashes) and
 * gradients; text goes to {@link TextPainter}. What it does not draw (markers, masks, patterns,
 * filters) is collected in {@link #unsupported} for the editor's warning.
 */
final class SvgPainter {

    /** Drawn elements beyond this, counting what {@code <use>} draws again, end the drawing: the sanitizer's bound. */
    static final int MAX_DRAWN = SvgSanitizer.MAX_ELEMENTS;
    private static final int MAX_USE_DEPTH = SvgSanitizer.MAX_USE_DEPTH;
    private static final Set<String> SHAPES = Set.of("rect", "circle", "ellipse", "line", "polyline", "polygon", "path");
    private static final Set<String> NOT_DRAWN = Set.of("marker", "mask", "pattern", "filter");
    private static final Set<String> MARKED = Set.of("path", "line", "polyline", "polygon");

    private record Viewport(double width, double height) {
        double diagonal() {
            return Math.sqrt((width * width + height * height) / 2);
        }
    }

    private final SvgImage image;
    private final FormCanvas canvas;
    private final TextPainter text;
    private final Deque<SvgNode.Element> using = new ArrayDeque<>();
    /** How many pixels of the chart one user unit is, where drawing is. */
    private double pxPerUnit = 1;
    private int drawn;
    final Set<String> unsupported = new TreeSet<>();

    SvgPainter(SvgImage image, FormCanvas canvas, TextPainter text) {
        this.image = image;
        this.canvas = canvas;
        this.text = text;
    }

    void paint() {
        SvgNode.Element root = image.root();
        SvgSize size = image.size();
        Viewport outer = new Viewport(size.width(), size.height());
        SvgStyle style = SvgStyle.INITIAL.child(image.declared(root), outer.diagonal());
        viewport(root, style, 0, 0, size.width(), size.height(), false);
    }

    /** An {@code svg} or {@code symbol}: its children in a new viewport at (x, y), w × h. */
    private void viewport(SvgNode.Element element, SvgStyle style, double x, double y, double w, double h,
                          boolean clip) {
        if (w <= 0 || h <= 0) {
            return;
        }
        Optional<double[]> box = SvgSize.viewBox(element.attribute("viewBox"));
        AffineTransform t = viewBox(box.orElse(null), element.attribute("preserveAspectRatio"), x, y, w, h);
        Viewport inner = box.map(b -> new Viewport(b[2], b[3])).orElse(new Viewport(w, h));
        boolean clipped = clip && !"visible".equals(image.declared(element).getOrDefault("overflow", "hidden").strip());
        within(clipped ? () -> {
            canvas.path(path(new Rectangle2D.Double(x, y, w, h)), new AffineTransform());
            canvas.operator("W n");
        } : null, t, () -> {
            for (SvgNode.Element child : element.elements()) {
                element(child, style, inner);
            }
        });
    }

    /**
     * Runs {@code draw} in a saved graphics state moved by {@code t} ({@code outer} first, before
     * the move, when given); the state and the coordinates' precision are as they were after.
     */
    private void within(Runnable outer, AffineTransform t, Runnable draw) {
        canvas.save();
        if (outer != null) {
            outer.run();
        }
        double before = pxPerUnit;
        enter(t);
        draw.run();
        pxPerUnit = before;
        canvas.places(pxPerUnit);
        canvas.restore();
    }

    private void enter(AffineTransform t) {
        canvas.transform(t);
        pxPerUnit *= Math.sqrt(Math.abs(t.getDeterminant()));
        canvas.places(pxPerUnit);
    }

    private void element(SvgNode.Element e, SvgStyle parent, Viewport vp) {
        if (++drawn > MAX_DRAWN) {
            throw new SvgTooComplex("it draws more than " + MAX_DRAWN + " elements");
        }
        Map<String, String> declared = image.declared(e);
        if ("none".equalsIgnoreCase(declared.getOrDefault("display", "").strip())) {
            return;
        }
        String name = e.name();
        if (NOT_DRAWN.contains(name)) {
            return;
        }
        SvgStyle style = parent.child(declared, vp.diagonal());
        noteUnsupported(declared);
        switch (name) {
            case "g", "switch" -> group(e, style, vp, declared);
            case "svg" -> nested(e, style, vp, declared, null, null);
            case "use" -> use(e, style, vp, declared);
            case "text" -> withTransform(e, declared, vp, null,
                    () -> text.paint(e, style, vp.width(), vp.height(), vp.diagonal()));
            default -> {
                if (SHAPES.contains(name)) {
                    Path2D.Double path = shape(e, vp);
                    if (path != null) {
                        withTransform(e, declared, vp, path.getBounds2D(), () -> {
                            paintShape(name, path, style, vp);
                            if (MARKED.contains(name) && style.visible()) {
                                markers(path, style, vp);
                            }
                        });
                    }
                }
            }
        }
    }

    private void noteUnsupported(Map<String, String> declared) {
        for (String property : new String[] {"mask", "filter"}) {
            String value = declared.get(property);
            if (value != null && !value.strip().equalsIgnoreCase("none")) {
                unsupported.add(property.equals("mask") ? "masks" : "filters");
            }
        }
    }

    private void group(SvgNode.Element e, SvgStyle style, Viewport vp, Map<String, String> declared) {
        double opacity = Math.max(0, Math.min(1, Lengths.fraction(declared.get("opacity"), 1)));
        if (opacity > 0 && opacity < 1 && e.elements().size() > 1) {
            // faded as a whole (a transparency group), its shapes drawn at the opacity around it
            SvgStyle inner = style.withAlpha(style.alpha() / opacity);
            canvas.forget();
            int mark = canvas.mark();
            drawGroup(e, inner, vp, declared);
            canvas.group(mark, opacity);
            return;
        }
        drawGroup(e, style, vp, declared);
    }

    private void drawGroup(SvgNode.Element e, SvgStyle style, Viewport vp, Map<String, String> declared) {
        withTransform(e, declared, vp, null, () -> {
            for (SvgNode.Element child : e.elements()) {
                element(child, style, vp);
                if (e.name().equals("switch")) {
                    break; // the first child: Galley asks for no features or languages
                }
            }
        });
    }

    /** Runs {@code draw} under the element's transform and clip path, when it has either. */
    private void withTransform(SvgNode.Element e, Map<String, String> declared, Viewport vp, Rectangle2D bounds,
                               Runnable draw) {
        AffineTransform t = Transforms.parse(e.attribute("transform"));
        SvgNode.Element clip = clipPath(declared.get("clip-path"));
        if (t.isIdentity() && clip == null) {
            draw.run();
            return;
        }
        within(null, t, () -> {
            if (clip != null) {
                clip(clip, bounds, vp);
            }
            draw.run();
        });
    }

    private SvgNode.Element clipPath(String value) {
        if (value == null || !value.strip().toLowerCase(Locale.ROOT).startsWith("url(")) {
            return null;
        }
        Optional<Paint> ref = Paint.parse(value, SvgColour.BLACK);
        if (ref.isPresent() && ref.get() instanceof Paint.Reference r) {
            SvgNode.Element clip = image.byId(r.id());
            return clip != null && clip.name().equals("clipPath") ? clip : null;
        }
        return null;
    }

    /** Clips to the union of the clip path's shapes, in the user space of what it clips. */
    private void clip(SvgNode.Element clipPath, Rectangle2D bounds, Viewport vp) {
        AffineTransform base = Transforms.parse(clipPath.attribute("transform"));
        if ("objectBoundingBox".equals(clipPath.attribute("clipPathUnits"))) {
            if (bounds == null || bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
                return; // a group's bounds are not worked out: left unclipped rather than hidden
            }
            AffineTransform box = new AffineTransform(bounds.getWidth(), 0, 0, bounds.getHeight(), bounds.getX(), bounds.getY());
            box.concatenate(base);
            base = box;
        }
        boolean any = false;
        boolean evenOdd = false;
        for (SvgNode.Element child : clipPath.elements()) {
            SvgNode.Element shape = child;
            AffineTransform t = new AffineTransform(base);
            if (child.name().equals("use")) {
                SvgNode.Element ref = image.referenced(child.attribute("href"));
                if (ref == null || !SHAPES.contains(ref.name())) {
                    continue;
                }
                t.concatenate(Transforms.parse(child.attribute("transform")));
                t.translate(Lengths.of(child.attribute("x"), vp.width(), 16, 0), Lengths.of(child.attribute("y"), vp.height(), 16, 0));
                shape = ref;
            }
            if (!SHAPES.contains(shape.name())) {
                if (shape.name().equals("text")) {
                    unsupported.add("text as a clip path");
                }
                continue;
            }
            Path2D.Double path = shape(shape, vp);
            if (path == null) {
                continue;
            }
            t.concatenate(Transforms.parse(shape.attribute("transform")));
            canvas.path(path, t);
            evenOdd |= "evenodd".equalsIgnoreCase(image.declared(shape).getOrDefault("clip-rule", "").strip());
            any = true;
        }
        if (!any) {
            canvas.operator("0 0 m h"); // a clip path with nothing in it hides all
        }
        canvas.operator(evenOdd ? "W* n" : "W n");
    }

    private void use(SvgNode.Element e, SvgStyle style, Viewport vp, Map<String, String> declared) {
        SvgNode.Element ref = image.referenced(e.attribute("href"));
        if (ref == null || using.contains(ref) || using.size() >= MAX_USE_DEPTH) {
            return;
        }
        double x = Lengths.of(e.attribute("x"), vp.width(), style.fontSize(), 0);
        double y = Lengths.of(e.attribute("y"), vp.height(), style.fontSize(), 0);
        AffineTransform t = Transforms.parse(e.attribute("transform"));
        t.translate(x, y);
        SvgNode.Element clip = clipPath(declared.get("clip-path"));
        using.push(ref);
        try {
            within(null, t, () -> {
                if (clip != null) {
                    clip(clip, null, vp);
                }
                if (ref.name().equals("symbol")) {
                    SvgStyle inner = style.child(image.declared(ref), vp.diagonal());
                    double w = Lengths.of(e.attribute("width"), vp.width(), style.fontSize(),
                            Lengths.of(ref.attribute("width"), vp.width(), style.fontSize(), vp.width()));
                    double h = Lengths.of(e.attribute("height"), vp.height(), style.fontSize(),
                            Lengths.of(ref.attribute("height"), vp.height(), style.fontSize(), vp.height()));
                    viewport(ref, inner, 0, 0, w, h, true);
                } else if (ref.name().equals("svg")) {
                    nested(ref, style.child(image.declared(ref), vp.diagonal()), vp, image.declared(ref),
                            e.attribute("width"), e.attribute("height"));
                } else {
                    element(ref, style, vp);
                }
            });
        } finally {
            using.pop();
        }
    }

    private void nested(SvgNode.Element e, SvgStyle style, Viewport vp, Map<String, String> declared,
                        String useWidth, String useHeight) {
        double x = Lengths.of(e.attribute("x"), vp.width(), style.fontSize(), 0);
        double y = Lengths.of(e.attribute("y"), vp.height(), style.fontSize(), 0);
        double w = Lengths.of(useWidth != null ? useWidth : e.attribute("width"), vp.width(), style.fontSize(), vp.width());
        double h = Lengths.of(useHeight != null ? useHeight : e.attribute("height"), vp.height(), style.fontSize(), vp.height());
        withTransform(e, declared, vp, null, () -> viewport(e, style, x, y, w, h, true));
    }

    /**
     * Draws the shape's markers (SVG 1.1, 11.6): {@code marker-start} at its first vertex,
     * {@code marker-end} at its last, {@code marker-mid} at the others, each turned along the path
     * where {@code orient} is {@code auto} (at a middle vertex, halfway between the segments' directions).
     */
    private void markers(Path2D.Double path, SvgStyle style, Viewport vp) {
        if (style.markerStart() == null && style.markerMid() == null && style.markerEnd() == null) {
            return;
        }
        java.util.List<double[]> vertices = new java.util.ArrayList<>(); // x, y, angle in, angle out
        double[] c = new double[6];
        double lastX = 0, lastY = 0, startX = 0, startY = 0;
        for (java.awt.geom.PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            double x, y, inAngle;
            switch (type) {
                case java.awt.geom.PathIterator.SEG_MOVETO -> {
                    vertices.add(new double[] {c[0], c[1], Double.NaN, Double.NaN});
                    lastX = startX = c[0];
                    lastY = startY = c[1];
                    continue;
                }
                case java.awt.geom.PathIterator.SEG_LINETO -> { x = c[0]; y = c[1]; inAngle = angle(lastX, lastY, x, y); }
                case java.awt.geom.PathIterator.SEG_QUADTO -> { x = c[2]; y = c[3]; inAngle = angle(c[0], c[1], x, y); }
                case java.awt.geom.PathIterator.SEG_CUBICTO -> { x = c[4]; y = c[5]; inAngle = angle(c[2], c[3], x, y); }
                default -> { x = startX; y = startY; inAngle = angle(lastX, lastY, x, y); }
            }
            double outAngle = type == java.awt.geom.PathIterator.SEG_QUADTO || type == java.awt.geom.PathIterator.SEG_CUBICTO
                    ? angle(lastX, lastY, c[0], c[1]) : inAngle;
            double[] previous = vertices.get(vertices.size() - 1);
            if (Double.isNaN(previous[3])) {
                previous[3] = outAngle;
            }
            vertices.add(new double[] {x, y, inAngle, Double.NaN});
            previous = vertices.get(vertices.size() - 2);
            if (Double.isNaN(previous[2])) {
                previous[2] = previous[3];
            }
            lastX = x;
            lastY = y;
        }
        for (int i = 0; i < vertices.size(); i++) {
            double[] v = vertices.get(i);
            double in = Double.isNaN(v[2]) ? (Double.isNaN(v[3]) ? 0 : v[3]) : v[2];
            double out = Double.isNaN(v[3]) ? in : v[3];
            String id = i == 0 ? style.markerStart() : i == vertices.size() - 1 ? style.markerEnd() : style.markerMid();
            double direction = i == 0 ? out : i == vertices.size() - 1 ? in : bisect(in, out);
            SvgNode.Element marker = id == null ? null : image.byId(id);
            if (marker != null && marker.name().equals("marker") && !using.contains(marker)) {
                marker(marker, v[0], v[1], direction, i == 0, style.strokeWidth(), vp);
            }
        }
    }

    private void marker(SvgNode.Element marker, double x, double y, double direction, boolean start,
                        double strokeWidth, Viewport vp) {
        double w = Lengths.of(marker.attribute("markerWidth"), vp.width(), 16, 3);
        double h = Lengths.of(marker.attribute("markerHeight"), vp.height(), 16, 3);
        if (w <= 0 || h <= 0) {
            return;
        }
        String orient = marker.attribute("orient") == null ? "0" : marker.attribute("orient").strip();
        double degrees = orient.equals("auto") ? direction : orient.equals("auto-start-reverse")
                ? direction + (start ? 180 : 0) : Lengths.fraction(orient.replace("deg", ""), 0);
        Optional<double[]> box = SvgSize.viewBox(marker.attribute("viewBox"));
        AffineTransform content = viewBox(box.orElse(null), marker.attribute("preserveAspectRatio"), 0, 0, w, h);
        java.awt.geom.Point2D ref = content.transform(new java.awt.geom.Point2D.Double(
                Lengths.of(marker.attribute("refX"), w, 16, 0), Lengths.of(marker.attribute("refY"), h, 16, 0)), null);
        AffineTransform t = AffineTransform.getTranslateInstance(x, y);
        t.concatenate(Transforms.rotation(degrees));
        if (!"userSpaceOnUse".equals(marker.attribute("markerUnits"))) {
            t.scale(strokeWidth, strokeWidth);
        }
        t.translate(-ref.getX(), -ref.getY());
        t.concatenate(content);
        Viewport inner = box.map(b -> new Viewport(b[2], b[3])).orElse(new Viewport(w, h));
        SvgStyle style = SvgStyle.INITIAL.child(image.declared(marker), inner.diagonal());
        using.push(marker); // a marker drawn on a path inside itself would recur
        try {
            within(null, t, () -> {
                for (SvgNode.Element child : marker.elements()) {
                    element(child, style, inner);
                }
            });
        } finally {
            using.pop();
        }
    }

    private static double angle(double x1, double y1, double x2, double y2) {
        return StrictMath.toDegrees(StrictMath.atan2(y2 - y1, x2 - x1));
    }

    /** The direction halfway between two, the short way round. */
    private static double bisect(double a, double b) {
        double d = ((b - a) % 360 + 540) % 360 - 180;
        return a + d / 2;
    }

    /** The viewBox-to-viewport transform of SVG 1.1, 7.8 (meet or slice, the nine alignments, or none). */
    static AffineTransform viewBox(double[] box, String aspect, double x, double y, double w, double h) {
        if (box == null) {
            return AffineTransform.getTranslateInstance(x, y);
        }
        double sx = w / box[2], sy = h / box[3];
        String par = aspect == null ? "" : aspect.strip().toLowerCase(Locale.ROOT);
        if (par.startsWith("defer")) {
            par = par.substring(5).strip();
        }
        String align = par.isEmpty() ? "xmidymid" : par.split("\\s+")[0];
        if (!align.equals("none")) {
            boolean slice = par.endsWith("slice");
            double s = slice ? Math.max(sx, sy) : Math.min(sx, sy);
            sx = s;
            sy = s;
        }
        double tx = x - box[0] * sx, ty = y - box[1] * sy;
        if (align.contains("xmid")) {
            tx += (w - box[2] * sx) / 2;
        } else if (align.contains("xmax")) {
            tx += w - box[2] * sx;
        }
        if (align.contains("ymid")) {
            ty += (h - box[3] * sy) / 2;
        } else if (align.contains("ymax")) {
            ty += h - box[3] * sy;
        }
        return new AffineTransform(sx, 0, 0, sy, tx, ty);
    }

    /** A shape's outline in its user space, or null when it draws nothing (a zero radius, say). */
    private Path2D.Double shape(SvgNode.Element e, Viewport vp) {
        double fs = Lengths.ROOT_FONT_SIZE;
        double w = vp.width(), h = vp.height(), d = vp.diagonal();
        switch (e.name()) {
            case "rect" -> {
                double x = Lengths.of(e.attribute("x"), w, fs, 0), y = Lengths.of(e.attribute("y"), h, fs, 0);
                double width = Lengths.of(e.attribute("width"), w, fs, 0);
                double height = Lengths.of(e.attribute("height"), h, fs, 0);
                if (width <= 0 || height <= 0) {
                    return null;
                }
                double rx = Lengths.of(e.attribute("rx"), w, fs, -1), ry = Lengths.of(e.attribute("ry"), h, fs, -1);
                if (rx < 0) {
                    rx = Math.max(ry, 0);
                }
                if (ry < 0) {
                    ry = rx;
                }
                rx = Math.min(rx, width / 2);
                ry = Math.min(ry, height / 2);
                if (rx == 0 || ry == 0) {
                    return path(new Rectangle2D.Double(x, y, width, height));
                }
                return new Path2D.Double(new RoundRectangle2D.Double(x, y, width, height, 2 * rx, 2 * ry));
            }
            case "circle" -> {
                double r = Lengths.of(e.attribute("r"), d, fs, 0);
                if (r <= 0) {
                    return null;
                }
                double cx = Lengths.of(e.attribute("cx"), w, fs, 0), cy = Lengths.of(e.attribute("cy"), h, fs, 0);
                return new Path2D.Double(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            }
            case "ellipse" -> {
                double rx = Lengths.of(e.attribute("rx"), w, fs, -1), ry = Lengths.of(e.attribute("ry"), h, fs, -1);
                if (rx < 0) {
                    rx = ry;
                }
                if (ry < 0) {
                    ry = rx;
                }
                if (rx <= 0 || ry <= 0) {
                    return null;
                }
                double cx = Lengths.of(e.attribute("cx"), w, fs, 0), cy = Lengths.of(e.attribute("cy"), h, fs, 0);
                return new Path2D.Double(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
            }
            case "line" -> {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(Lengths.of(e.attribute("x1"), w, fs, 0), Lengths.of(e.attribute("y1"), h, fs, 0));
                path.lineTo(Lengths.of(e.attribute("x2"), w, fs, 0), Lengths.of(e.attribute("y2"), h, fs, 0));
                return path;
            }
            case "polyline", "polygon" -> {
                double[] points = Numbers.all(e.attribute("points"));
                if (points.length < 4) {
                    return null;
                }
                Path2D.Double path = new Path2D.Double();
                path.moveTo(points[0], points[1]);
                for (int i = 2; i + 1 < points.length; i += 2) {
                    path.lineTo(points[i], points[i + 1]);
                }
                if (e.name().equals("polygon")) {
                    path.closePath();
                }
                return path;
            }
            case "path" -> {
                Path2D.Double path = PathData.parse(e.attribute("d"));
                return path.getCurrentPoint() == null ? null : path;
            }
            default -> {
                return null;
            }
        }
    }

    /** A rectangle as four sides, which reads as plainly in the PDF as {@code re}. */
    private static Path2D.Double path(Rectangle2D r) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(r.getX(), r.getY());
        path.lineTo(r.getMaxX(), r.getY());
        path.lineTo(r.getMaxX(), r.getMaxY());
        path.lineTo(r.getX(), r.getMaxY());
        path.closePath();
        return path;
    }

    private void paintShape(String name, Path2D.Double path, SvgStyle style, Viewport vp) {
        if (!style.visible() || style.alpha() <= 0) {
            return;
        }
        Rectangle2D box = path.getBounds2D();
        Object fill = name.equals("line") ? null : resolve(style.fill(), box, vp);
        Object stroke = style.strokeWidth() > 0 ? resolve(style.stroke(), box, vp) : null;
        double fillAlpha = fill instanceof SvgColour c ? c.alpha() * style.fillOpacity() * style.alpha() : 0;
        double strokeAlpha = stroke instanceof SvgColour c ? c.alpha() * style.strokeOpacity() * style.alpha() : 0;
        if (stroke instanceof Gradients.Fill g) {
            // a gradient stroke (rare in charts) is drawn in its stops' mean colour
            stroke = new SvgColour(g.meanRgb(), 1);
            strokeAlpha = g.alpha() * style.strokeOpacity() * style.alpha();
        }
        boolean solidFill = fill instanceof SvgColour && fillAlpha > 0;
        boolean solidStroke = stroke instanceof SvgColour && strokeAlpha > 0;
        if (fill instanceof Gradients.Fill g && g.alpha() * style.fillOpacity() * style.alpha() > 0) {
            canvas.save();
            canvas.path(path, new AffineTransform());
            canvas.operator(style.fillEvenOdd() ? "W* n" : "W n");
            canvas.transform(g.matrix());
            canvas.alpha(g.alpha() * style.fillOpacity() * style.alpha(), 1);
            if (g.opacities() != null) {
                canvas.softMask(g.opacities());
            }
            canvas.operator("/" + canvas.shading(g.shading()).getName() + " sh");
            canvas.restore();
        }
        if (!solidFill && !solidStroke) {
            return;
        }
        canvas.alpha(solidFill ? fillAlpha : 1, solidStroke ? strokeAlpha : 1);
        if (solidFill) {
            canvas.fillColour(((SvgColour) fill).rgb());
        }
        if (solidStroke) {
            canvas.strokeColour(((SvgColour) stroke).rgb());
            canvas.stroke(style.strokeWidth(), style.lineCap(), style.lineJoin(), style.miterLimit(),
                    style.dashes(), style.dashOffset());
        }
        canvas.path(path, new AffineTransform());
        String even = style.fillEvenOdd() ? "*" : "";
        canvas.operator(solidFill && solidStroke ? "B" + even : solidFill ? "f" + even : "S");
    }

    /** A paint as a colour, a gradient ready to draw, or null for nothing. */
    private Object resolve(Paint paint, Rectangle2D box, Viewport vp) {
        if (paint instanceof Paint.Solid solid) {
            return solid.colour();
        }
        if (paint instanceof Paint.Reference ref) {
            SvgNode.Element target = image.byId(ref.id());
            if (target != null && target.name().endsWith("Gradient")) {
                return Gradients.resolve(image, target, box, vp.width(), vp.height());
            }
            if (target != null && target.name().equals("pattern")) {
                unsupported.add("patterns");
            }
            return resolve(ref.fallback(), box, vp);
        }
        return null;
    }
}
