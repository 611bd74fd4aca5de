package dev.galley.render.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

import java.io.IOException;

/**
 * PDFBox's text stripper reading the glyphs as drawn: it ignores the ActualText the tagged PDF puts
 * on the line breaker's hyphens (a soft hyphen, which the stripper drops along with the hyphen),
 * so tests that join hyphenated words at line ends still see the hyphen. Ligature ActualText is
 * kept. The structure-tree walk ({@link StructureWalk}) reads the ActualText as a reader would.
 */
class GlyphTextStripper extends org.apache.pdfbox.text.PDFTextStripper {

    GlyphTextStripper() {
        super();
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        if (properties != null && "\u00AD".equals(properties.getString(COSName.ACTUAL_TEXT))) {
            COSDictionary copy = new COSDictionary(properties);
            copy.removeItem(COSName.ACTUAL_TEXT);
            properties = copy;
        }
        super.beginMarkedContentSequence(tag, properties);
    }

    static String text(org.apache.pdfbox.pdmodel.PDDocument pdf) throws IOException {
        return new GlyphTextStripper().getText(pdf);
    }
}
