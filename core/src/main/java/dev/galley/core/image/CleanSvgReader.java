package dev.galley.core.image;

import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

/**
 * The XML reader for an SVG that {@link SvgSanitizer} has already written: namespace-aware,
 * secure processing on, and any DOCTYPE refused, since the sanitizer writes none. Those bytes
 * may come back from a build cache, so they are never read with a reader that trusts them more.
 */
public final class CleanSvgReader {

    private CleanSvgReader() {
    }

    /** A new reader (readers are not safe to share between threads). */
    public static XMLReader create() {
        try {
            // the JDK's own parser, whose security features these are, not whichever the class path brings
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }
}
