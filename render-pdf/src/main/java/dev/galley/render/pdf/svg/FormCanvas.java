package dev.galley.render.pdf.svg;

import dev.galley.render.pdf.draw.PdfNumbers;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content stream of a chart's Form XObject while it is drawn, with the resources it names
 * (graphics states for opacity, shadings for gradients, fonts), and the graphics state it last
 * set, so that a thousand bars of one colour set it once. Resource names are numbered in the
 * order first used, so the same chart gives the same bytes.
 */
final class FormCanvas {

    /** Beyond this a chart is refused as too complex to draw (64 MB of operators). */
    static final int MAX_CHARS = 64 << 20;

    private final StringBuilder ops = new StringBuilder(8192);
    private final Map<String, COSName> alphaNames = new LinkedHashMap<>();
    final Map<COSName, COSDictionary> extGStates = new LinkedHashMap<>();
    final Map<COSName, COSDictionary> shadings = new LinkedHashMap<>();
    final Map<COSName, COSDictionary> fonts = new LinkedHashMap<>();
    /** Soft masks by graphics state name: the grey shading of a gradient's opacities, drawn where the state is set. */
    final Map<COSName, COSDictionary> masks = new LinkedHashMap<>();
    /** Transparency groups (a group's opacity), by name: their content, drawn with this canvas's resources. */
    final Map<COSName, byte[]> groups = new LinkedHashMap<>();

    private int fill = -1;
    private int stroke = -1;
    private COSName alpha;
    private double lineWidth = -1;
    private int cap = -1;
    private int join = -1;
    private double miter = -1;
    private String dash;
    /** Decimal places of path coordinates: more where the user unit is a small part of a pixel. */
    private int places = 3;

    StringBuilder ops() {
        if (ops.length() > MAX_CHARS) {
            throw new SvgTooComplex("it draws more than " + (MAX_CHARS >> 20) + " MB of PDF operators");
        }
        return ops;
    }

    /** Writes coordinates finely enough for a user unit of {@code pxPerUnit} pixels of the chart. */
    void places(double pxPerUnit) {
        places = pxPerUnit >= 1 || !(pxPerUnit > 0) ? 3 : Math.min(6, 3 + (int) Math.ceil(-Math.log10(pxPerUnit)));
    }

    void save() {
        ops().append("q\n");
    }

    /** Restores the state saved last: what this canvas last set is no longer known. */
    void restore() {
        ops().append("Q\n");
        forget();
    }

    /** Where the operators written so far end, to {@link #group} what follows. */
    int mark() {
        return ops.length();
    }

    /**
     * Takes the operators written since {@code mark} out of this stream into a transparency
     * group of their own and draws that instead at {@code opacity}: the group is composited
     * first and faded as a whole, as SVG's {@code opacity} on a group asks, instead of each of
     * its overlapping shapes fading on its own.
     */
    void group(int mark, double opacity) {
        byte[] content = new byte[ops.length() - mark];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) ops.charAt(mark + i);
        }
        ops.setLength(mark);
        forget(); // what the group set is in the group; the stream's own state is as it was at the mark
        COSName name = COSName.getPDFName("Fm" + (groups.size() + 1));
        groups.put(name, content);
        alpha(opacity, opacity);
        ops().append('/').append(name.getName()).append(" Do\n");
    }

    /** Forgets what this canvas last set, so that the next shape sets it again. */
    void forget() {
        fill = -1;
        stroke = -1;
        alpha = null;
        lineWidth = -1;
        cap = -1;
        join = -1;
        miter = -1;
        dash = null;
    }

    void transform(AffineTransform t) {
        if (t.isIdentity()) {
            return;
        }
        StringBuilder o = ops();
        for (double v : new double[] {t.getScaleX(), t.getShearY(), t.getShearX(), t.getScaleY(),
                t.getTranslateX(), t.getTranslateY()}) {
            precise(o, v).append(' ');
        }
        o.append("cm\n");
    }

    /** Appends {@code path}, moved by {@code t}, as path construction operators. */
    void path(Path2D path, AffineTransform t) {
        StringBuilder o = ops();
        double[] c = new double[6];
        double lastX = 0, lastY = 0;
        for (PathIterator it = path.getPathIterator(t); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    point(o, c[0], c[1]).append("m\n");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    point(o, c[0], c[1]).append("l\n");
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // a quadratic as the cubic through the same points: controls two thirds of the way
                    point(o, lastX + 2.0 / 3 * (c[0] - lastX), lastY + 2.0 / 3 * (c[1] - lastY));
                    point(o, c[2] + 2.0 / 3 * (c[0] - c[2]), c[3] + 2.0 / 3 * (c[1] - c[3]));
                    point(o, c[2], c[3]).append("c\n");
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    point(o, c[0], c[1]);
                    point(o, c[2], c[3]);
                    point(o, c[4], c[5]).append("c\n");
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> o.append("h\n");
                default -> throw new IllegalStateException();
            }
        }
    }

    void operator(String name) {
        ops().append(name).append('\n');
    }

    void fillColour(int rgb) {
        if (rgb != fill) {
            colour(rgb).append("rg\n");
            fill = rgb;
        }
    }

    void strokeColour(int rgb) {
        if (rgb != stroke) {
            colour(rgb).append("RG\n");
            stroke = rgb;
        }
    }

    /** The opacity of fills and of strokes, through a graphics state (PDF/A-2 allows constant alpha). */
    void alpha(double fillAlpha, double strokeAlpha) {
        long f = Math.round(fillAlpha * 1000);
        long s = Math.round(strokeAlpha * 1000);
        String key = f + "/" + s;
        COSName name = alphaNames.get(key);
        if (name == null) {
            name = COSName.getPDFName("GS" + (alphaNames.size() + 1));
            alphaNames.put(key, name);
            COSDictionary state = new COSDictionary();
            state.setItem(COSName.TYPE, COSName.EXT_G_STATE);
            state.setItem(COSName.CA_NS, new COSFloat(f / 1000f));
            state.setItem(COSName.CA, new COSFloat(s / 1000f));
            extGStates.put(name, state);
        }
        if (!name.equals(alpha)) {
            ops().append('/').append(name.getName()).append(" gs\n");
            alpha = name;
        }
    }

    void stroke(double width, int cap, int join, double miter, double[] dashes, double offset) {
        StringBuilder o = ops();
        if (width != lineWidth) {
            precise(o, width).append(" w\n");
            lineWidth = width;
        }
        if (cap != this.cap) {
            o.append(cap).append(" J\n");
            this.cap = cap;
        }
        if (join != this.join) {
            o.append(join).append(" j\n");
            this.join = join;
        }
        if (miter != this.miter) {
            precise(o, miter).append(" M\n");
            this.miter = miter;
        }
        StringBuilder d = new StringBuilder("[");
        for (int i = 0; i < dashes.length; i++) {
            precise(d.append(i == 0 ? "" : " "), dashes[i]);
        }
        precise(d.append("] "), dashes.length == 0 ? 0 : offset).append(" d");
        String pattern = d.toString();
        if (!pattern.equals(dash)) {
            o.append(pattern).append('\n');
            dash = pattern;
        }
    }

    /** Sets a soft mask of {@code opacities}, a grey shading in the current user space, until the next restore. */
    void softMask(COSDictionary opacities) {
        COSName name = COSName.getPDFName("SM" + (masks.size() + 1));
        masks.put(name, opacities);
        ops().append('/').append(name.getName()).append(" gs\n");
    }

    COSName shading(COSDictionary shading) {
        COSName name = COSName.getPDFName("Sh" + (shadings.size() + 1));
        shadings.put(name, shading);
        return name;
    }

    /** Where the canvas ends up; its text is chars 0 to 255, one per byte. */
    byte[] bytes() {
        byte[] bytes = new byte[ops.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ops.charAt(i);
        }
        return bytes;
    }

    private StringBuilder colour(int rgb) {
        StringBuilder o = ops();
        for (int shift = 16; shift >= 0; shift -= 8) {
            PdfNumbers.appendScaled(o, Math.round(((rgb >> shift) & 0xFF) / 255.0 * 1000), 3).append(' ');
        }
        return o;
    }

    /** Coordinates to a thousandth of a pixel of the chart, at least. */
    private StringBuilder point(StringBuilder o, double x, double y) {
        double scale = Math.pow(10, places);
        PdfNumbers.appendScaled(o, Math.round(x * scale), places).append(' ');
        return PdfNumbers.appendScaled(o, Math.round(y * scale), places).append(' ');
    }

    /** Matrices and widths to five places: a viewBox of 0 to 1 scales its numbers up a hundredfold. */
    static StringBuilder precise(StringBuilder o, double v) {
        return PdfNumbers.appendScaled(o, Math.round(v * 100_000), 5);
    }

    @Override
    public String toString() {
        return Arrays.toString(new Object[] {ops.length(), shadings.size(), fonts.size()});
    }
}
