package dev.galley.render.pdf.text;

import dev.galley.core.model.SourcePos;
import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontMetrics;

import dev.galley.render.pdf.font.TypeFaces;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Turns source text into runs whose faces can draw every character: each character goes to the
 * first face of the chain (the wanted face, then the desk's fallbacks, then DejaVu Serif, Sans and
 * Mono) that has it. A desk's face that lacks a character the text uses is named once per
 * briefing, at the first place it is missed. A character no
 * face has is drawn as a visible replacement and reported, never dropped in silence; PDFBox would
 * throw on it otherwise.
 */
public final class GlyphFallback {

    /** Reported when no face of the chain has a character. */
    public static final String MISSING_GLYPH = "missing-glyph";

    /** Reported once per briefing and face when a desk's face lacks a character the text uses. */
    public static final String FONT_GLYPH = "font-glyph";

    private static final int REPLACEMENT = 0xFFFD;

    private final FontMetrics fonts;
    private final Reporter reporter;
    private final TypeFaces faces;
    private final FontFace[] chain;
    /** By name: a face and its tabular twin are one file to the reader of the warning. */
    private final Set<String> named = new HashSet<>();

    public GlyphFallback(FontMetrics fonts, Reporter reporter) {
        this(fonts, reporter, TypeFaces.DEFAULT);
    }

    public GlyphFallback(FontMetrics fonts, Reporter reporter, TypeFaces faces) {
        this.fonts = fonts;
        this.reporter = reporter;
        this.faces = faces;
        this.chain = faces.fallback().toArray(FontFace[]::new);
    }

    public FontMetrics fonts() {
        return fonts;
    }

    /** The faces the briefing is set in, by role. */
    public TypeFaces faces() {
        return faces;
    }

    /**
     * Appends {@code text}, which starts at {@code pos} in the source, in {@code style} to
     * {@code out}. In prose ({@code preserveSpaces} false) every kind of white space becomes one
     * breakable U+0020; in code, spaces are kept as they are (tabs must be expanded before).
     */
    public void append(String text, SourcePos pos, Style style, boolean preserveSpaces, RunList out) {
        int offset = 0;
        for (int i = 0; i < text.length(); offset++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                out.append(' ', style.withFace(spaceFace(style.face())));
                continue;
            }
            if (cp >= 0x80 && Character.getType(cp) == Character.FORMAT) { // ASCII has no format characters
                // Invisible by definition (zero-width space, joiners, soft hyphen, BOM): nothing
                // to draw, and drawing the font's visible glyph for them would be wrong.
                continue;
            }
            FontFace face = faceFor(style.face(), cp);
            if (face != style.face() && !style.face().builtin() && named.add(style.face().name())) {
                reporter.warning(pos.plusColumns(offset), FONT_GLYPH, "the font " + style.face().name() + " has no "
                        + describeShort(cp) + (face != null ? "; it is drawn in " + face.label() : "") + ". Other characters it lacks in this briefing"
                        + " are drawn from the fallback faces without a further warning.");
            }
            if (face == null) {
                reporter.warning(pos.plusColumns(offset), MISSING_GLYPH, describe(cp)
                        + "; drawn as " + (replacementFace(style.face()) != null ? "U+FFFD" : "'?'")
                        + ". Use another character or ask for a font that has it.");
                FontFace replacement = replacementFace(style.face());
                if (replacement != null) {
                    out.append(REPLACEMENT, style.withFace(replacement));
                } else {
                    out.append('?', style.withFace(faceFor(style.face(), '?')));
                }
                continue;
            }
            out.append(cp, style.withFace(face));
        }
    }

    /** Generated text (markers, page numbers, titles) that has no place in the source. */
    public void appendGenerated(String text, SourcePos pos, Style style, RunList out) {
        append(text, pos, style, false, out);
    }

    private static boolean isSpace(int cp) {
        if (cp < 0x80) {
            // ASCII, most text: the Unicode categories below name no other character of it
            return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B;
        }
        if (cp == 0x00A0 || cp == 0x2007 || cp == 0x202F) {
            return false; // no-break spaces stay in their word
        }
        int type = Character.getType(cp);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private FontFace spaceFace(FontFace wanted) {
        return fonts.hasGlyph(wanted, ' ') ? wanted : faces.body();
    }

    /** The first face of the chain that has {@code cp}, or null. */
    private FontFace faceFor(FontFace wanted, int cp) {
        if (fonts.hasGlyph(wanted, cp)) {
            return wanted;
        }
        for (FontFace face : chain) {
            if (fonts.hasGlyph(face, cp)) {
                return face;
            }
        }
        return null;
    }

    private FontFace replacementFace(FontFace wanted) {
        return faceFor(wanted, REPLACEMENT);
    }

    private static String describeShort(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp) + (Character.isISOControl(cp) || !Character.isDefined(cp)
                ? "" : " '" + new String(Character.toChars(cp)) + "'");
    }

    private static String describe(int cp) {
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        int type = Character.getType(cp);
        if (type == Character.CONTROL) {
            return "no font has " + code + " (a control character)";
        }
        if (type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.PRIVATE_USE) {
            return "no font has " + code + " (" + (type == Character.UNASSIGNED ? "unassigned"
                    : type == Character.SURROGATE ? "a lone surrogate" : "private use") + ")";
        }
        return "no font has " + code + " '" + new String(Character.toChars(cp)) + "'";
    }

    /** Lists of runs being built, merging characters of equal style into one run. */
    public static final class RunList {
        private final List<Run> runs;
        private final StringBuilder pending = new StringBuilder();
        private Style pendingStyle;

        public RunList(List<Run> runs) {
            this.runs = runs;
        }

        void append(int cp, Style style) {
            if (pendingStyle != null && pendingStyle != style && !pendingStyle.equals(style)) {
                flush();
            }
            pendingStyle = style;
            pending.appendCodePoint(cp);
        }

        /** A forced line break. */
        public void lineBreak(Style style) {
            flush();
            runs.add(Run.lineBreak(style));
        }

        /** Ends the pending run; call before reading the list. */
        public List<Run> flush() {
            if (pending.length() > 0) {
                runs.add(Run.text(pending.toString(), pendingStyle));
                pending.setLength(0);
            }
            pendingStyle = null;
            return runs;
        }
    }
}
