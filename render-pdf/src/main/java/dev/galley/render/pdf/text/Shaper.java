package dev.galley.render.pdf.text;

import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.font.Ligature;

/**
 * Shaping, the part Galley does itself instead of leaving it to PDFBox: the standard f-ligatures
 * ({@link Ligature}) where the face sets them. Ligatures are substituted as their Unicode
 * presentation forms (U+FB00–U+FB04), which the face's metrics map to the glyph its {@code liga}
 * feature forms, so every drawn glyph keeps a Unicode mapping in the PDF's ToUnicode map
 * (PDF/A-2u); the drawing stage also wraps them in ActualText with the original letters, so
 * copied text reads "fi", not "ﬁ". Kerning is applied by {@link FontMetrics#width} and the
 * drawing stage from the same numbers. Monospaced text is never ligated: its columns must line up.
 */
public final class Shaper {

    private static final Ligature[] LIGATURES = Ligature.values();
    private static final char FIRST_LIGATURE = '\uFB00';
    private static final char LAST_LIGATURE = '\uFB04';

    private Shaper() {
    }

    /** {@code text} with f-ligatures substituted where {@code face} sets them. */
    public static String ligate(String text, FontFace face, FontMetrics fonts) {
        if (face.monospaced() || text.indexOf('f') < 0) {
            return text;
        }
        StringBuilder out = null;
        int i = 0;
        int copied = 0;
        while (i < text.length()) {
            Ligature found = null;
            if (text.charAt(i) == 'f') {
                for (Ligature ligature : LIGATURES) {
                    if (text.startsWith(ligature.letters(), i) && fonts.ligates(face, ligature)) {
                        found = ligature;
                        break;
                    }
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(found.form());
            i += found.letters().length();
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
        for (Ligature ligature : LIGATURES) {
            if (ligature.form() == c) {
                return ligature.letters();
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
