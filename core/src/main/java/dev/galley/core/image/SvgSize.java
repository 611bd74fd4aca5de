package dev.galley.core.image;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size an SVG asks to be shown at, in CSS pixels (96 to the inch): its {@code width} and
 * {@code height}, or what its {@code viewBox} gives for one or both of them that are missing or
 * relative. Both outputs size a chart by it: the site's {@code <img>} gets it as its width and
 * height (so nothing moves as the image loads), the PDF sets the chart at it, narrowed to the
 * text width. Without either, 300 × 150, as browsers do.
 *
 * @param width  in CSS pixels, more than 0
 * @param height in CSS pixels, more than 0
 */
public record SvgSize(double width, double height) {

    /** What a browser shows an SVG at that says nothing of its size. */
    public static final SvgSize DEFAULT = new SvgSize(300, 150);

    private static final Pattern LENGTH = Pattern.compile(
            "\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(px|pt|pc|mm|cm|in|q)?\\s*",
            Pattern.CASE_INSENSITIVE);

    public SvgSize {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("not a size: " + width + " × " + height);
        }
    }

    /**
     * An absolute length (a number, or one with {@code px}, {@code pt}, {@code pc}, {@code mm},
     * {@code cm}, {@code in} or {@code Q}) in CSS pixels; empty for a relative length
     * ({@code %}, {@code em}) or anything else.
     */
    public static OptionalDouble pixels(String value) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2).toLowerCase(Locale.ROOT);
        double scale = switch (unit) {
            case "pt" -> 96.0 / 72;
            case "pc" -> 16;
            case "mm" -> 96 / 25.4;
            case "cm" -> 96 / 2.54;
            case "in" -> 96;
            case "q" -> 96 / 101.6;
            default -> 1;
        };
        double px = number * scale;
        return Double.isFinite(px) ? OptionalDouble.of(px) : OptionalDouble.empty();
    }

    /**
     * The four numbers of a {@code viewBox} (min-x, min-y, width, height), separated by spaces
     * and/or commas; empty when it is not that or its width or height is not positive (which
     * turns the drawing off).
     */
    public static Optional<double[]> viewBox(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) {
            return Optional.empty();
        }
        double[] box = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i]);
                if (!Double.isFinite(box[i])) {
                    return Optional.empty();
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return box[2] > 0 && box[3] > 0 ? Optional.of(box) : Optional.empty();
    }

    /** The size from the outermost element's {@code width}, {@code height} and {@code viewBox}. */
    public static SvgSize of(String width, String height, String viewBox) {
        OptionalDouble w = positive(pixels(width));
        OptionalDouble h = positive(pixels(height));
        Optional<double[]> box = viewBox(viewBox);
        if (w.isPresent() && h.isPresent()) {
            return new SvgSize(w.getAsDouble(), h.getAsDouble());
        }
        if (box.isPresent()) {
            double ratio = box.get()[3] / box.get()[2];
            if (w.isPresent()) {
                return new SvgSize(w.getAsDouble(), w.getAsDouble() * ratio);
            }
            if (h.isPresent()) {
                return new SvgSize(h.getAsDouble() / ratio, h.getAsDouble());
            }
            return new SvgSize(box.get()[2], box.get()[3]);
        }
        return new SvgSize(w.orElse(DEFAULT.width()), h.orElse(DEFAULT.height()));
    }

    /**
     * The size of an SVG that {@link SvgSanitizer} has cleaned, read from its outermost element;
     * empty when the bytes are not such an SVG.
     */
    public static Optional<SvgSize> of(byte[] cleanSvg) {
        XMLReader reader = CleanSvgReader.create();
        SvgSize[] found = new SvgSize[1];
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes)
                    throws SAXException {
                found[0] = of(attributes.getValue("width"), attributes.getValue("height"),
                        attributes.getValue("viewBox"));
                throw new SAXException("read"); // the rest of the file is not needed
            }
        });
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(cleanSvg)));
        } catch (SAXException | IOException e) {
            // the stop above, or a file that is not XML: found[0] says which
        }
        return Optional.ofNullable(found[0]);
    }

    private static OptionalDouble positive(OptionalDouble value) {
        return value.isPresent() && value.getAsDouble() > 0 ? value : OptionalDouble.empty();
    }
}
