package dev.galley.render.pdf.text;

import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontMetrics;

/**
 * Shaping, the part Galley does itself instead of leaving it to PDFBox: the standard f-ligatures
 * (ff, fi, fl, ffi, ffl) where the face has them. Ligatures are substituted as their Unicode
 * presentation forms (U+FB00–U+FB04), which the font's character map reaches, so every drawn
 * glyph keeps a Unicode mapping in the PDF's ToUnicode map (PDF/A-2u); the drawing stage also
 * wraps them in ActualText with the original letters, so copied text reads "fi", not "ﬁ".
 * Kerning is applied by {@link FontMetrics#width} and the drawing stage from the same numbers.
 * Monospaced text is never ligated: its columns must line up.
 */
public final class Shaper {

    private static final String[] SEQUENCES = {"ffi", "ffl", "ff", "fi", "fl"};
    private static final char[] LIGATURES = {'\uFB03', '\uFB04', '\uFB00', '\uFB01', '\uFB02'};
    private static final char FIRST_LIGATURE = '\uFB00';
    private static final char LAST_LIGATURE = '\uFB04';

    private Shaper() {
    }

    /** {@code text} with f-ligatures substituted where {@code face} has them. */
    public static String ligate(String text, FontFace face, FontMetrics fonts) {
        if (face.monospaced() || text.indexOf('f') < 0) {
            return text;
        }
        StringBuilder out = null;
        int i = 0;
        int copied = 0;
        while (i < text.length()) {
            int found = -1;
            if (text.charAt(i) == 'f') {
                for (int k = 0; k < SEQUENCES.length; k++) {
                    if (text.startsWith(SEQUENCES[k], i) && fonts.hasGlyph(face, LIGATURES[k])) {
                        found = k;
                        break;
                    }
                }
            }
            if (found < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(LIGATURES[found]);
            i += SEQUENCES[found].length();
            copied = i;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The letters a ligature stands for, or null when {@code c} is not one of ours. */
    public static String expand(char c) {
        if (c < FIRST_LIGATURE || c > LAST_LIGATURE) {
            return null;
        }
        for (int k = 0; k < LIGATURES.length; k++) {
            if (LIGATURES[k] == c) {
                return SEQUENCES[k];
            }
        }
        return null;
    }

    /** {@code text} with our ligatures spelled out again. */
    public static String unligate(String text) {
        StringBuilder out = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (out == null && (c < FIRST_LIGATURE || c > LAST_LIGATURE)) {
                continue; // every character of almost every word drawn: one comparison
            }
            String letters = expand(c);
            if (letters != null && out == null) {
                out = new StringBuilder(text.length() + 4).append(text, 0, i);
            }
            if (letters != null) {
                out.append(letters);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
