package dev.galley.core.testing;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks an SVG the site publishes the way a browser would meet it, for the sanitizer's tests and
 * for the renderers' end-to-end tests alike. Hostile test files carry {@link #PAYLOAD} in whatever
 * they would run or fetch.
 */
public final class InertSvg {

    /** The word hostile test SVGs put in their scripts, handlers and addresses. */
    public static final String PAYLOAD = "PWNED";

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private InertSvg() {
    }

    /** The output parsed again, as strictly as the input was: it must be well-formed on its own. */
    public static Document parse(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        } catch (Exception e) {
            throw new AssertionError("the output is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static final Set<String> ACTIVE = Set.of("script", "foreignObject", "a", "image", "iframe",
            "set", "animate", "animateTransform", "animateMotion", "discard", "handler", "feImage");
    private static final Pattern URL = Pattern.compile("(?i)url\\s*\\(\\s*(['\"]?)([^)'\"]*)\\1\\s*\\)");

    /**
     * Checks what a browser opening {@code svg} from the site would meet: only SVG elements, none
     * that runs, embeds or animates; no event handler; no reference but {@code #id}; no style that
     * fetches; no processing instruction; and none of the payload's text.
     */
    public static void assertInert(byte[] svg) {
        String source = new String(svg, StandardCharsets.UTF_8);
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG_NS, root.getNamespaceURI());
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
            assertFalse(n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE, "processing instruction in " + source);
            assertFalse(n.getNodeType() == Node.DOCUMENT_TYPE_NODE, "DOCTYPE in " + source);
        }
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertEquals(SVG_NS, e.getNamespaceURI(), () -> "foreign element " + e.getTagName());
            assertFalse(ACTIVE.contains(e.getLocalName()), () -> "<" + e.getLocalName() + "> in " + source);
            NamedNodeMap attributes = e.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr a = (Attr) attributes.item(j);
                String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
                assertFalse(name.toLowerCase(Locale.ROOT).startsWith("on"), () -> "handler " + a.getName());
                if (name.equals("href")) {
                    assertTrue(a.getValue().matches("#[\\w.:-]+"), () -> "reference " + a.getValue());
                }
                assertOnlyFragments(a.getValue());
            }
            if (e.getLocalName().equals("style")) {
                assertFalse(e.getTextContent().contains("@"), e.getTextContent());
                assertOnlyFragments(e.getTextContent());
            }
        }
        assertFalse(source.contains(PAYLOAD), source);
        assertFalse(source.toLowerCase(Locale.ROOT).contains("javascript"), source);
        assertFalse(source.contains("\\"), source);
    }

    private static void assertOnlyFragments(String css) {
        Matcher url = URL.matcher(css);
        while (url.find()) {
            assertTrue(url.group(2).strip().startsWith("#"), () -> "url() to " + url.group(2));
        }
        String lower = css.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("expression") || lower.contains("image-set") || lower.contains("binding"), css);
    }

}
