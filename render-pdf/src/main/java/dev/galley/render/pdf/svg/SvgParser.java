package dev.galley.render.pdf.svg;

import dev.galley.core.image.CleanSvgReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an SVG that core's sanitizer has already rewritten (so: well-formed, no DOCTYPE, nothing
 * outside the SVG namespace but {@code xlink:href} and {@code xml:*}) into {@link SvgNode}s, with
 * core's {@link CleanSvgReader}.
 */
final class SvgParser {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private SvgParser() {
    }

    static SvgNode.Element parse(byte[] svg) throws IOException {
        try {
            XMLReader reader = CleanSvgReader.create();
            Builder builder = new Builder();
            reader.setContentHandler(builder);
            reader.parse(new InputSource(new ByteArrayInputStream(svg)));
            if (builder.root == null) {
                throw new IOException("no <svg> element");
            }
            return builder.root;
        } catch (SAXException e) {
            throw new IOException("not a readable SVG: " + e.getMessage(), e);
        }
    }

    private static final class Builder extends DefaultHandler {
        private final Deque<String> names = new ArrayDeque<>();
        private final Deque<Map<String, String>> attributes = new ArrayDeque<>();
        private final Deque<List<SvgNode>> children = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private SvgNode.Element root;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            flushText();
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                String name = atts.getLocalName(i);
                String ns = atts.getURI(i);
                if (ns.equals(XMLConstants.XML_NS_URI)) {
                    name = "xml:" + name;
                }
                map.put(name, atts.getValue(i));
            }
            names.push(uri.equals(SVG_NS) || uri.isEmpty() ? local : "");
            attributes.push(map);
            children.push(new ArrayList<>());
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            flushText();
            String name = names.pop();
            SvgNode.Element element = new SvgNode.Element(name, attributes.pop(), children.pop());
            if (children.isEmpty()) {
                root = element;
            } else if (!name.isEmpty()) {
                children.peek().add(element);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!children.isEmpty()) {
                text.append(ch, start, length);
            }
        }

        private void flushText() {
            if (text.length() > 0 && !children.isEmpty()) {
                children.peek().add(new SvgNode.Text(text.toString()));
            }
            text.setLength(0);
        }
    }
}
