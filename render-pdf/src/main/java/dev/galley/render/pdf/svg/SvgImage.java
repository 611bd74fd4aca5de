package dev.galley.render.pdf.svg;

import dev.galley.core.image.SvgSize;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cleaned SVG read for drawing in the PDF: its elements, what CSS declares for each, its
 * elements by id (for {@code <use>}, gradients and clip paths) and the size it asks for. Read
 * before layout, so that a chart that cannot be drawn is set as its text and said so at the
 * figure; immutable once read, so one chart used by many briefings is read once.
 */
public final class SvgImage {

    private final SvgNode.Element root;
    private final Map<SvgNode.Element, Map<String, String>> declared;
    private final Map<String, SvgNode.Element> ids;
    private final SvgSize size;

    private SvgImage(SvgNode.Element root) {
        this.root = root;
        this.declared = StyleSheet.of(root).declared(root, SvgStyle.PROPERTIES);
        Map<String, SvgNode.Element> byId = new HashMap<>();
        index(root, byId);
        this.ids = Map.copyOf(byId);
        this.size = SvgSize.of(root.attribute("width"), root.attribute("height"), root.attribute("viewBox"));
    }

    /** Reads an SVG that core's sanitizer wrote. */
    public static SvgImage read(byte[] cleanSvg) throws IOException {
        SvgNode.Element root = SvgParser.parse(cleanSvg);
        if (!root.name().equals("svg")) {
            throw new IOException("its outermost element is not <svg>");
        }
        return new SvgImage(root);
    }

    private static void index(SvgNode.Element element, Map<String, SvgNode.Element> byId) {
        String id = element.attribute("id");
        if (id != null) {
            byId.putIfAbsent(id.strip(), element); // the first of a duplicated id, as browsers find it
        }
        for (SvgNode.Element child : element.elements()) {
            index(child, byId);
        }
    }

    /** The size the chart asks for, in CSS pixels. */
    public SvgSize size() {
        return size;
    }

    SvgNode.Element root() {
        return root;
    }

    Map<String, String> declared(SvgNode.Element element) {
        return declared.getOrDefault(element, Map.of());
    }

    SvgNode.Element byId(String id) {
        return ids.get(id);
    }

    /** The element a reference ({@code #id}, or {@code url(#id)} already cut down to {@code id}) names, or null. */
    SvgNode.Element referenced(String href) {
        if (href == null) {
            return null;
        }
        String id = href.strip();
        return ids.get(id.startsWith("#") ? id.substring(1) : id);
    }

    List<SvgNode.Element> children() {
        return root.elements();
    }
}
