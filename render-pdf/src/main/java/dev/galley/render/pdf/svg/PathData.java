package dev.galley.render.pdf.svg;

import java.awt.geom.Path2D;

/**
 * Reads a path's {@code d} into a {@link Path2D}: every command of SVG 1.1 in both cases, with
 * implicit repeats, the smooth curves' reflected control points, and elliptical arcs as cubic
 * Béziers (at most a quarter turn each). An error ends the path where it is, as the spec says
 * and browsers do: what was read before it is drawn.
 */
final class PathData {

    private PathData() {
    }

    static Path2D.Double parse(String d) {
        Path2D.Double path = new Path2D.Double();
        if (d == null) {
            return path;
        }
        Numbers in = new Numbers(d);
        double x = 0, y = 0; // current point
        double startX = 0, startY = 0; // the subpath's start, where Z returns
        double controlX = 0, controlY = 0; // the last control point, for S and T
        char previous = 0;
        boolean open = false;
        try {
            char command = 0;
            while (true) {
                char c = in.peekLetter();
                if (c == 0) {
                    break;
                }
                if (Character.isLetter(c) && c != 'e' && c != 'E') {
                    command = in.nextChar();
                } else if (command == 0) {
                    break; // numbers before any command
                } else if (command == 'M') {
                    command = 'L'; // further pairs after a moveto are linetos
                } else if (command == 'm') {
                    command = 'l';
                } else if (command == 'Z' || command == 'z') {
                    break;
                }
                boolean relative = Character.isLowerCase(command);
                double ox = relative ? x : 0;
                double oy = relative ? y : 0;
                switch (Character.toUpperCase(command)) {
                    case 'M' -> {
                        x = ox + in.next();
                        y = oy + in.next();
                        path.moveTo(x, y);
                        startX = x;
                        startY = y;
                        open = true;
                    }
                    case 'L' -> {
                        x = ox + in.next();
                        y = oy + in.next();
                        lineTo(path, open, x, y);
                    }
                    case 'H' -> {
                        x = ox + in.next();
                        lineTo(path, open, x, y);
                    }
                    case 'V' -> {
                        y = oy + in.next();
                        lineTo(path, open, x, y);
                    }
                    case 'C', 'S' -> {
                        // S's first control point is C's or S's second reflected, else the current point
                        boolean first = Character.toUpperCase(command) == 'C';
                        boolean smooth = "CcSs".indexOf(previous) >= 0;
                        double x1 = first ? ox + in.next() : smooth ? 2 * x - controlX : x;
                        double y1 = first ? oy + in.next() : smooth ? 2 * y - controlY : y;
                        double x2 = ox + in.next(), y2 = oy + in.next();
                        x = ox + in.next();
                        y = oy + in.next();
                        ensureOpen(path, open);
                        path.curveTo(x1, y1, x2, y2, x, y);
                        controlX = x2;
                        controlY = y2;
                    }
                    case 'Q', 'T' -> {
                        boolean given = Character.toUpperCase(command) == 'Q';
                        boolean smooth = "QqTt".indexOf(previous) >= 0;
                        double x1 = given ? ox + in.next() : smooth ? 2 * x - controlX : x;
                        double y1 = given ? oy + in.next() : smooth ? 2 * y - controlY : y;
                        x = ox + in.next();
                        y = oy + in.next();
                        ensureOpen(path, open);
                        path.quadTo(x1, y1, x, y);
                        controlX = x1;
                        controlY = y1;
                    }
                    case 'A' -> {
                        double rx = in.next(), ry = in.next(), angle = in.next();
                        boolean large = in.flag(), sweep = in.flag();
                        double x2 = ox + in.next(), y2 = oy + in.next();
                        ensureOpen(path, open);
                        arc(path, x, y, rx, ry, angle, large, sweep, x2, y2);
                        x = x2;
                        y = y2;
                    }
                    case 'Z' -> {
                        if (open) {
                            path.closePath();
                        }
                        x = startX;
                        y = startY;
                    }
                    default -> throw new IllegalArgumentException("command " + command);
                }
                open = open || Character.toUpperCase(command) != 'Z';
                previous = command;
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // drawn up to the error
        }
        return path;
    }

    private static void lineTo(Path2D.Double path, boolean open, double x, double y) {
        ensureOpen(path, open);
        path.lineTo(x, y);
    }

    /** A path must start with a moveto; one that does not is in error from there. */
    private static void ensureOpen(Path2D.Double path, boolean open) {
        if (!open) {
            throw new IllegalArgumentException("no moveto");
        }
    }

    /**
     * Appends the elliptical arc from (x1, y1) to (x2, y2) as cubic Béziers, by the endpoint to
     * centre conversion of SVG 1.1's implementation notes (F.6.5), radii scaled up when too small.
     */
    static void arc(Path2D.Double path, double x1, double y1, double rx, double ry, double angle,
                    boolean large, boolean sweep, double x2, double y2) {
        if (x1 == x2 && y1 == y2) {
            return;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        if (rx == 0 || ry == 0) {
            path.lineTo(x2, y2);
            return;
        }
        double phi = StrictMath.toRadians(angle % 360);
        double cos = StrictMath.cos(phi), sin = StrictMath.sin(phi);
        double dx = (x1 - x2) / 2, dy = (y1 - y2) / 2;
        double x1p = cos * dx + sin * dy;
        double y1p = -sin * dx + cos * dy;
        double lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
        if (lambda > 1) {
            double s = StrictMath.sqrt(lambda);
            rx *= s;
            ry *= s;
        }
        double num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        double den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        double coef = den == 0 ? 0 : StrictMath.sqrt(Math.max(0, num / den));
        if (large == sweep) {
            coef = -coef;
        }
        double cxp = coef * rx * y1p / ry;
        double cyp = -coef * ry * x1p / rx;
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
        double cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        double theta = angleBetween(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double delta = angleBetween((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        } else if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        }
        int segments = (int) Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
        segments = Math.max(segments, 1);
        double step = delta / segments;
        // the control points' distance for a circular arc of that angle, on the unit circle
        double k = 4.0 / 3 * StrictMath.tan(step / 4);
        double t = theta;
        for (int i = 0; i < segments; i++) {
            double c1 = StrictMath.cos(t), s1 = StrictMath.sin(t);
            double c2 = StrictMath.cos(t + step), s2 = StrictMath.sin(t + step);
            double[] p1 = point(cx, cy, rx, ry, cos, sin, c1 - k * s1, s1 + k * c1);
            double[] p2 = point(cx, cy, rx, ry, cos, sin, c2 + k * s2, s2 - k * c2);
            double[] p = i == segments - 1 ? new double[] {x2, y2} : point(cx, cy, rx, ry, cos, sin, c2, s2);
            path.curveTo(p1[0], p1[1], p2[0], p2[1], p[0], p[1]);
            t += step;
        }
    }

    private static double[] point(double cx, double cy, double rx, double ry, double cos, double sin,
                                  double ux, double uy) {
        double px = rx * ux, py = ry * uy;
        return new double[] {cx + cos * px - sin * py, cy + sin * px + cos * py};
    }

    private static double angleBetween(double ux, double uy, double vx, double vy) {
        return StrictMath.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }
}
