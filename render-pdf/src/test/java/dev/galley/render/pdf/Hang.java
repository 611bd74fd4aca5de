package dev.galley.render.pdf;

import dev.galley.render.pdf.line.Protrusion;
import org.apache.pdfbox.text.TextPosition;

/**
 * How far a drawn glyph may stand outside the text block: its protrusion, of its width before
 * font expansion (which narrows a glyph by 2 % at most), and at the right a tenth of an em for a
 * letter kerned into a protruding one after it.
 */
final class Hang {

    private Hang() {
    }

    static float left(TextPosition glyph) {
        return Protrusion.startShare(glyph.getUnicode().codePointAt(0)) * glyph.getWidthDirAdj() / 0.98f;
    }

    static float right(TextPosition glyph) {
        return Math.max(Protrusion.endShare(glyph.getUnicode().codePointAt(0)) * glyph.getWidthDirAdj() / 0.98f,
                0.1f * glyph.getFontSizeInPt());
    }
}
