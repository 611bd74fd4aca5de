package dev.galley.core.image;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Makes an SVG file safe to publish: an SVG opened from the site's own address is a document
 * like its pages, and its scripts, event handlers and links would run there. The file is parsed
 * with the JDK's XML parser, locked down (a DOCTYPE only without declarations of its own, and
 * its DTD never loaded, so no entities to expand and no external files to read; no XInclude;
 * secure processing; bounded size and depth), and a new
 * SVG is written from a strict allow-list; nothing of the original is copied as it was.
 *
 * <p>Kept: the elements that draw ({@code svg}, {@code g}, {@code defs}, {@code symbol},
 * {@code use}, {@code switch}, shapes and paths, {@code text}/{@code tspan}/{@code textPath},
 * gradients and stops, {@code pattern}, {@code clipPath}, {@code mask}, {@code marker}, a few
 * filter primitives, {@code title}, {@code desc}, {@code style}) with their geometry, units,
 * presentation attributes, ids, classes, {@code role} and {@code aria-*}. References
 * ({@code href}, {@code xlink:href}, {@code url(…)}) survive only as same-document fragments
 * ({@code #id}). Styles, in {@code style} attributes and {@code <style>} elements, keep only
 * declarations of presentation properties whose values call nothing but colour, transform and
 * filter functions ({@link SvgCss}); {@code <style>} loses every at-rule ({@code @import},
 * {@code @font-face}, …).
 *
 * <p>Left out, and told: {@code script}, {@code foreignObject}, {@code image} (its {@code href}
 * would be a file or a {@code data:} URL), every animation element ({@code set} and
 * {@code animate*} can set an {@code href} to {@code javascript:} after the fact, and charts do not
 * need them), any other element not on the list, each with its content; {@code a} (its content is
 * kept); {@code on*} event handlers; references that leave the image; unsafe styles;
 * {@code <?xml-stylesheet?>}. Left out without a word, because they do not change the drawing:
 * editors' metadata ({@code <metadata>}, elements and attributes in other namespaces, as Inkscape
 * and Illustrator write them), comments, other processing instructions, and attributes not on
 * the list.
 *
 * <p>The output is UTF-8, well-formed, in the SVG namespace (with {@code xmlns:xlink} when an
 * {@code xlink:href} is kept) and depends only on the input bytes. Pure; safe from any thread.
 */
public final class SvgSanitizer {

    /** Larger files are refused, like briefings of that size: no chart needs more. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    /** Deeper nesting is refused; drawings nest tens deep, hostile files thousands. */
    public static final int MAX_DEPTH = 256;
    /**
     * More elements, counting each {@code <use>} as the elements it draws again, are refused: a
     * detailed map has tens of thousands, and a file of {@code <use>} references to groups of
     * references (a "billion laughs" in SVG) would draw without end in a browser and in the PDF.
     */
    public static final int MAX_ELEMENTS = 200_000;
    /** Deeper chains of {@code <use>} (a use of a group holding a use of …) are refused. */
    public static final int MAX_USE_DEPTH = 32;

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private static final Set<String> ELEMENTS = Set.of(
            "svg", "g", "defs", "symbol", "use", "switch", "title", "desc", "style",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
            "text", "tspan", "textPath",
            "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
            "filter", "feBlend", "feColorMatrix", "feComposite", "feDropShadow", "feFlood", "feGaussianBlur",
            "feMerge", "feMergeNode", "feOffset");
    /** Elements left out whose content is kept: a link's words and shapes still draw. */
    private static final Set<String> UNWRAPPED = Set.of("a");
    /** Elements left out without a word: notes for editing programs, not part of the drawing. */
    private static final Set<String> SILENT = Set.of("metadata");
    /** Elements whose content is text only: an element inside one is left out. */
    private static final Set<String> TEXT_ONLY = Set.of("style", "title", "desc");
    /** Elements that may refer to another element of the same image. */
    private static final Set<String> REFERRING = Set.of(
            "use", "linearGradient", "radialGradient", "pattern", "textPath", "filter");

    /** Attributes that are never fetched or run: geometry, units, names, accessibility. */
    private static final Set<String> ATTRIBUTES = Set.of(
            "id", "class", "lang", "role",
            "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
            "width", "height", "d", "points", "pathLength", "viewBox", "preserveAspectRatio", "version",
            "gradientUnits", "gradientTransform", "spreadMethod", "offset",
            "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits",
            "maskContentUnits", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
            "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side",
            "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "operator",
            "k1", "k2", "k3", "k4", "type", "values",
            "systemLanguage", "requiredFeatures", "requiredExtensions");
    private static final Pattern ARIA = Pattern.compile("aria-[a-z]+");

    private SvgSanitizer() {
    }

    /** What became of an SVG file. */
    public sealed interface Result permits Clean, Refused {
    }

    /**
     * The SVG as the site may publish it.
     *
     * @param removed what was left out that changes the drawing or could have run, in words for
     *                the editor ("1 &lt;script&gt;", "2 event handlers (onclick, onload)"); empty
     *                when nothing was
     */
    public record Clean(byte[] svg, List<String> removed) implements Result {
        public Clean {
            svg = svg.clone();
            removed = List.copyOf(removed);
        }

        @Override
        public byte[] svg() {
            return svg.clone();
        }
    }

    /** Why the file cannot be published, as the end of "cannot be published: …". */
    public record Refused(String problem) implements Result {
    }

    /**
     * Whether a file, by its name, is an SVG (plain {@code .svg} or compressed {@code .svgz}): a
     * browser runs what is in either, so neither may reach the site without passing here.
     */
    public static boolean isSvg(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".svg") || lower.endsWith(".svgz");
    }

    /** {@code svg}, rewritten from the allow-list, or why it cannot be. */
    public static Result sanitize(byte[] svg) {
        if (svg.length > MAX_BYTES) {
            return new Refused("it is larger than " + (MAX_BYTES >> 20) + " MB");
        }
        Writer writer = new Writer();
        try {
            XMLReader reader = lockedDownReader();
            reader.setContentHandler(writer);
            reader.setErrorHandler(writer);
            // The standard doctype that matplotlib, Inkscape and Illustrator write names the SVG
            // DTD; it is never loaded (load-external-dtd is off; this is a second lock). A doctype
            // that declares anything itself (entities, the billion laughs, XXE) is refused at
            // its first declaration, before anything could expand or be read.
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new java.io.StringReader("")));
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", DECLARATIONS_REFUSED);
            reader.parse(new InputSource(new ByteArrayInputStream(svg)));
        } catch (Refusal refusal) {
            return new Refused(refusal.getMessage());
        } catch (SAXParseException e) {
            return new Refused("it is not well-formed XML: " + e.getMessage()
                    + " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + " of the SVG)");
        } catch (SAXException | IOException e) {
            return new Refused("it cannot be read as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
        Optional<String> tooMuch = writer.drawn.problem();
        if (tooMuch.isPresent()) {
            return new Refused(tooMuch.get());
        }
        return new Clean(writer.svg(), writer.removed.phrases());
    }

    /** Refuses the first declaration in a doctype's internal subset. */
    private static final DeclHandler DECLARATIONS_REFUSED = new DeclHandler() {
        private static final String PROBLEM = "its DOCTYPE declares %s, which can expand without end or read"
                + " other files; delete the [ … ] part of the DOCTYPE (or the whole line: SVG needs none)";

        @Override
        public void elementDecl(String name, String model) throws SAXException {
            throw new Refusal(String.format(PROBLEM, "an element"));
        }

        @Override
        public void attributeDecl(String element, String attribute, String type, String mode, String value)
                throws SAXException {
            throw new Refusal(String.format(PROBLEM, "an attribute"));
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new Refusal(String.format(PROBLEM, "an entity"));
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new Refusal(String.format(PROBLEM, "an entity"));
        }
    };

    private static XMLReader lockedDownReader() throws ParserConfigurationException, SAXException {
        // the JDK's own parser, not whichever one the class path brings: these features are its
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        XMLReader reader = parser.getXMLReader();
        try {
            // parser messages reach editors: the same words whatever the machine's language
            reader.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // an older parser speaks the JVM's language
        }
        return reader;
    }

    /** What was left out that an editor should hear of, tallied as it is met. */
    private static final class Removals {
        private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

        /** Element name to count, in the order first met. */
        private final Map<String, Integer> elements = new LinkedHashMap<>();
        private final Tally handlers = new Tally();
        private final Tally links = new Tally();
        private final Tally styles = new Tally();
        private final Tally atRules = new Tally();
        private int instructions;

        void element(String name) {
            elements.merge(name, 1, Integer::sum);
        }

        void handler(String name) {
            handlers.add(name);
        }

        void link(String target) {
            String t = target.strip();
            var scheme = SCHEME.matcher(t);
            links.add(scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) + ":"
                    : t.startsWith("#") ? "a reference that is not #id" : "another file");
        }

        void style(String name) {
            (name.startsWith("@") ? atRules : styles).add(name);
        }

        void instruction() {
            instructions++;
        }

        List<String> phrases() {
            List<String> phrases = new ArrayList<>();
            elements.forEach((name, count) -> phrases.add(count + " <" + name + ">"));
            handlers.phrase("event handler", "event handlers").ifPresent(phrases::add);
            links.phrase("link out of the image", "links out of the image").ifPresent(phrases::add);
            styles.phrase("unsafe style", "unsafe styles").ifPresent(phrases::add);
            atRules.phrase("CSS at-rule", "CSS at-rules").ifPresent(phrases::add);
            if (instructions > 0) {
                phrases.add(instructions + " <?xml-stylesheet?> instruction" + (instructions == 1 ? "" : "s"));
            }
            return phrases;
        }

        /** How many of a kind, and their distinct names. */
        private static final class Tally {
            private int count;
            private final SortedSet<String> names = new TreeSet<>();

            void add(String name) {
                count++;
                names.add(name);
            }

            /** "2 event handlers (onclick, onload)", or nothing when there were none. */
            Optional<String> phrase(String one, String many) {
                return count == 0 ? Optional.empty()
                        : Optional.of(count + " " + (count == 1 ? one : many) + " (" + String.join(", ", names) + ")");
            }
        }
    }

    /** Stops the parse with a problem in the editor's words. */
    static final class Refusal extends SAXException {
        Refusal(String problem) {
            super(problem);
        }
    }

    /** Writes the allowed part of the parsed document as it is read. */
    private static final class Writer extends DefaultHandler {

        private final StringBuilder out = new StringBuilder(4096);
        private final Removals removed = new Removals();
        /** Per open element that is written: its name; "" for one left out with its content kept. */
        private final Deque<String> open = new ArrayDeque<>();
        private String svgNamespace;
        private int depth;
        /** Depth of the element being left out with all its content, or 0. */
        private int droppedAt;
        /** Whether the last start tag written still waits for its {@code >}. */
        private boolean startTagOpen;
        /** Where the root's namespace declarations end, for {@code xmlns:xlink} if it turns out needed. */
        private int rootDeclarationsEnd = -1;
        private boolean usesXlink;
        /** The text of the {@code <style>} element being read, or null. */
        private StringBuilder css;
        private final DrawnElements drawn = new DrawnElements();

        byte[] svg() {
            if (usesXlink) {
                out.insert(rootDeclarationsEnd, " xmlns:xlink=\"" + XLINK_NS + "\"");
            }
            out.append('\n');
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void startDocument() {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
            depth++;
            if (depth > MAX_DEPTH) {
                throw new Refusal("it nests elements deeper than " + MAX_DEPTH);
            }
            if (droppedAt > 0) {
                return;
            }
            if (depth == 1) {
                if (!local.equals("svg") || !(uri.equals(SVG_NS) || uri.isEmpty())) {
                    throw new Refusal("its outermost element is <" + qName + ">, not <svg>");
                }
                // an SVG written without xmlns is read as SVG, and published with it
                svgNamespace = uri;
            }
            boolean svg = uri.equals(svgNamespace);
            String parent = writtenParent();
            boolean inText = parent != null && TEXT_ONLY.contains(parent);
            if (svg && ELEMENTS.contains(local) && !inText) {
                if (local.equals("style")) {
                    css = new StringBuilder(); // written whole at its end, once its rules are judged
                } else {
                    start(local, attributes);
                }
                open.push(local);
            } else if (svg && UNWRAPPED.contains(local) && !inText) {
                removed.element(local);
                open.push("");
            } else {
                if (svg ? !SILENT.contains(local) : uri.equals(XHTML_NS)) {
                    removed.element(svg ? local : qName);
                }
                droppedAt = depth;
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (droppedAt > 0) {
                if (depth == droppedAt) {
                    droppedAt = 0;
                }
                depth--;
                return;
            }
            depth--;
            String name = open.pop();
            if (name.isEmpty()) {
                return;
            }
            if (name.equals("style")) {
                SvgCss.Cleaned sheet = SvgCss.sheet(css.toString());
                sheet.removed().forEach(removed::style);
                css = null;
                if (!sheet.css().isEmpty()) {
                    closeStartTag();
                    out.append("<style>");
                    escape(sheet.css(), false);
                    out.append("</style>");
                }
                return;
            }
            drawn.end();
            if (startTagOpen) {
                out.append("/>");
                startTagOpen = false;
            } else {
                out.append("</").append(name).append('>');
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (droppedAt > 0 || open.isEmpty()) {
                return;
            }
            if (css != null) {
                css.append(ch, start, length);
                return;
            }
            closeStartTag();
            escape(new String(ch, start, length), false);
        }

        /** The innermost element that is written, if any: an {@code <a>} left out is looked through. */
        private String writtenParent() {
            for (String name : open) {
                if (!name.isEmpty()) {
                    return name;
                }
            }
            return null;
        }

        @Override
        public void processingInstruction(String target, String data) {
            if (target.equalsIgnoreCase("xml-stylesheet")) {
                removed.instruction();
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        private void start(String name, Attributes attributes) throws Refusal {
            drawn.start(attributes.getValue("id"), name.equals("use") ? reference(attributes) : null);
            closeStartTag();
            out.append('<').append(name);
            if (rootDeclarationsEnd < 0) {
                out.append(" xmlns=\"").append(SVG_NS).append('"');
                rootDeclarationsEnd = out.length();
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                attribute(name, attributes.getURI(i), attributes.getLocalName(i), attributes.getQName(i),
                        attributes.getValue(i));
            }
            startTagOpen = true;
        }

        private void attribute(String element, String uri, String local, String qName, String value) {
            if (local.regionMatches(true, 0, "on", 0, 2)) {
                removed.handler(qName);
                return;
            }
            boolean plain = uri.isEmpty();
            if (local.equals("href") && (plain || uri.equals(XLINK_NS))) {
                if (!SvgCss.isFragment(value.strip())) {
                    removed.link(value);
                } else if (REFERRING.contains(element)) {
                    write(plain ? "href" : "xlink:href", value.strip());
                    usesXlink |= !plain;
                }
                return;
            }
            if (uri.equals(XMLConstants.XML_NS_URI)) {
                if (local.equals("space") || local.equals("lang")) {
                    write("xml:" + local, value);
                }
                return;
            }
            if (!plain) {
                return; // an editing program's own attributes
            }
            if (local.equals("style")) {
                SvgCss.Cleaned style = SvgCss.declarations(value);
                style.removed().forEach(removed::style);
                if (!style.css().isEmpty()) {
                    write("style", style.css());
                }
            } else if (SvgCss.PROPERTIES.contains(local)) {
                if (SvgCss.isSafeValue(value)) {
                    write(local, value);
                } else {
                    removed.style(local);
                }
            } else if (ATTRIBUTES.contains(local) || ARIA.matcher(local).matches()) {
                write(local, value);
            }
        }

        /** The element a {@code <use>} draws again, by the id its kept {@code href} names, or null. */
        private static String reference(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                String uri = attributes.getURI(i);
                if (attributes.getLocalName(i).equals("href") && (uri.isEmpty() || uri.equals(XLINK_NS))) {
                    String value = attributes.getValue(i).strip();
                    return SvgCss.isFragment(value) ? value.substring(1) : null;
                }
            }
            return null;
        }

        private void write(String name, String value) {
            out.append(' ').append(name).append("=\"");
            escape(value, true);
            out.append('"');
        }

        private void closeStartTag() {
            if (startTagOpen) {
                out.append('>');
                startTagOpen = false;
            }
        }

        private void escape(String text, boolean attribute) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    // written as references so that reading the output again gives these characters back
                    case '\r' -> out.append("&#13;");
                    case '\t' -> out.append(attribute ? "&#9;" : "\t");
                    case '\n' -> out.append(attribute ? "&#10;" : "\n");
                    default -> out.append(c);
                }
            }
        }
    }
}
