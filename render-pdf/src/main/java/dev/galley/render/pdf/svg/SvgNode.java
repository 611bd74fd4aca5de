package dev.galley.render.pdf.svg;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A node of a cleaned SVG as it is drawn: an element or the text between elements. */
sealed interface SvgNode permits SvgNode.Element, SvgNode.Text {

    /**
     * An element in the SVG namespace, by its local name, with its attributes (local names,
     * {@code xlink:href} as {@code href}; {@code style} as written) and children in order.
     */
    record Element(String name, Map<String, String> attributes, List<SvgNode> children) implements SvgNode {
        public Element {
            Objects.requireNonNull(name);
            attributes = Map.copyOf(attributes);
            children = List.copyOf(children);
        }

        String attribute(String key) {
            return attributes.get(key);
        }

        /** The element children, in order. */
        List<Element> elements() {
            return children.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
        }
    }

    /** Character data. */
    record Text(String text) implements SvgNode {
    }
}
