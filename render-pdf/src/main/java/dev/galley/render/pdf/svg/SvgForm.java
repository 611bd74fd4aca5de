package dev.galley.render.pdf.svg;

import dev.galley.render.pdf.cos.Flate;
import dev.galley.render.pdf.font.DocumentFonts;
import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.font.TypeFaces;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A chart drawn as a Form XObject of one PDF: vector paths and real text in the document's own
 * subset fonts. The form's matrix maps the chart's y-down pixels onto the unit square, so a page
 * places it as it places an image ({@code w 0 0 h x y cm /Fm1 Do}).
 *
 * @param form        the XObject, to name in a page's resources
 * @param content     its content streams (its own, then its groups') before compression, for the
 *                    document's fingerprint
 * @param unsupported what the chart has that the PDF does not draw ("markers", "filters"), sorted
 * @param missing     characters no face has, left out, as {@code U+2603}, sorted
 */
public record SvgForm(PDFormXObject form, byte[] content, List<String> unsupported, List<String> missing) {

    public SvgForm {
        unsupported = List.copyOf(unsupported);
        missing = List.copyOf(missing);
    }

    /**
     * Draws {@code image} for {@code document}, its text in {@code faces} (through {@code fonts},
     * which embeds the glyphs with the rest of the document's).
     *
     * @throws IOException when the chart is too complex to draw (more elements or operators than
     *                     Galley allows), with the reason as its message
     */
    public static SvgForm draw(SvgImage image, PDDocument document, DocumentFonts fonts, FontMetrics metrics,
                               TypeFaces faces) throws IOException {
        FormCanvas canvas = new FormCanvas();
        TextPainter text = new TextPainter(image, canvas, metrics, fonts, faces);
        SvgPainter painter = new SvgPainter(image, canvas, text);
        try {
            painter.paint();
        } catch (SvgTooComplex e) {
            throw new IOException(e.getMessage(), e);
        }
        byte[] content = canvas.bytes();
        double w = image.size().width();
        double h = image.size().height();
        COSStream stream = form(document, content, numbers(0, 0, w, h));
        stream.setInt(COSName.FORMTYPE, 1);
        stream.setItem(COSName.MATRIX, numbers(1 / w, 0, 0, -1 / h, 0, 1));
        for (Map.Entry<COSName, COSDictionary> mask : canvas.masks.entrySet()) {
            canvas.extGStates.put(mask.getKey(), softMask(document, mask.getValue()));
        }
        COSDictionary resources = new COSDictionary();
        put(resources, COSName.FONT, canvas.fonts);
        put(resources, COSName.EXT_G_STATE, canvas.extGStates);
        put(resources, COSName.SHADING, canvas.shadings);
        if (!canvas.groups.isEmpty()) {
            COSDictionary xobjects = new COSDictionary();
            for (Map.Entry<COSName, byte[]> group : canvas.groups.entrySet()) {
                COSStream form = form(document, group.getValue(), everywhere());
                form.setItem(COSName.GROUP, transparencyGroup());
                form.setItem(COSName.RESOURCES, resources); // the chart's own, which name every group too
                xobjects.setItem(group.getKey(), form);
            }
            resources.setItem(COSName.XOBJECT, xobjects);
        }
        stream.setItem(COSName.RESOURCES, resources);
        // what the document's fingerprint takes: the chart's operators and its groups'
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(content.length);
        all.writeBytes(content);
        canvas.groups.values().forEach(all::writeBytes);
        return new SvgForm(new PDFormXObject(stream), all.toByteArray(), List.copyOf(painter.unsupported),
                new ArrayList<>(text.missing));
    }

    /** A luminosity soft mask that is the grey shading {@code opacities}, painted everywhere. */
    private static COSDictionary softMask(PDDocument document, COSDictionary opacities) throws IOException {
        COSStream form = form(document, "/Sh1 sh\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), everywhere());
        COSDictionary group = transparencyGroup();
        group.setItem(COSName.CS, COSName.DEVICEGRAY);
        form.setItem(COSName.GROUP, group);
        COSDictionary shadings = new COSDictionary();
        shadings.setItem(COSName.getPDFName("Sh1"), opacities);
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.SHADING, shadings);
        form.setItem(COSName.RESOURCES, resources);
        COSDictionary mask = new COSDictionary();
        mask.setItem(COSName.TYPE, COSName.MASK);
        mask.setItem(COSName.S, COSName.LUMINOSITY);
        mask.setItem(COSName.G, form);
        COSDictionary state = new COSDictionary();
        state.setItem(COSName.TYPE, COSName.EXT_G_STATE);
        state.setItem(COSName.SMASK, mask);
        return state;
    }

    /**
     * The bounding box of a group or mask: drawn in the chart's own user space, where any box
     * would do, since the chart's box clips them anyway. A new array each time: COS objects
     * belong to one document.
     */
    private static COSArray everywhere() {
        return numbers(-1e5, -1e5, 1e5, 1e5);
    }

    /** A Form XObject of {@code content}, compressed, with its bounding box. */
    private static COSStream form(PDDocument document, byte[] content, COSArray box) throws IOException {
        COSStream form = Flate.stream(document, Flate.deflate(content, Flate.PAGES));
        form.setItem(COSName.TYPE, COSName.XOBJECT);
        form.setItem(COSName.SUBTYPE, COSName.FORM);
        form.setItem(COSName.BBOX, box);
        return form;
    }

    private static COSDictionary transparencyGroup() {
        COSDictionary group = new COSDictionary();
        group.setItem(COSName.TYPE, COSName.GROUP);
        group.setItem(COSName.S, COSName.TRANSPARENCY);
        return group;
    }

    private static void put(COSDictionary resources, COSName kind, Map<COSName, COSDictionary> named) {
        if (named.isEmpty()) {
            return;
        }
        COSDictionary dictionary = new COSDictionary();
        named.forEach(dictionary::setItem);
        resources.setItem(kind, dictionary);
    }

    private static COSArray numbers(double... values) {
        COSArray array = new COSArray();
        for (double v : values) {
            array.add(v == Math.rint(v) && Math.abs(v) < 1e9 ? COSInteger.get((long) v) : new COSFloat((float) v));
        }
        return array;
    }
}
