package dev.galley.render.pdf.font;

import dev.galley.core.style.Fonts;

import java.util.List;
import java.util.Objects;

/**
 * The faces a briefing is set in, by role: the regular face of each role's family (its
 * {@link FontFace#bold()} and {@link FontFace#italic()} lead to the rest), and the chain of
 * faces tried for a character the wanted face lacks, which always ends with Galley's DejaVu.
 *
 * @param body     paragraphs, lists, quotes, tables, bylines, the dek
 * @param headings title, headings, kicker, desk name (in its bold); dates and running content
 * @param notes    footnotes and captions
 * @param mono     code
 * @param fallback faces tried in order for characters a face lacks
 * @param figures  the figures the desk asked for (already applied to its faces' metrics; tables
 *                 set their faces' {@link FontFace#tabular()} twins whatever it is)
 */
public record TypeFaces(FontFace body, FontFace headings, FontFace notes, FontFace mono,
                        List<FontFace> fallback, Fonts.Figures figures) {

    /** The last fallbacks, in order: between them they cover Latin, Greek and Cyrillic, symbols and box drawing. */
    static final List<FontFace> LAST = List.of(FontFace.SERIF, FontFace.SANS, FontFace.MONO);

    /** Galley's own faces: DejaVu Serif, DejaVu Sans and DejaVu Sans Mono. */
    public static final TypeFaces DEFAULT = new TypeFaces(FontFace.SERIF, FontFace.SANS, FontFace.SERIF,
            FontFace.MONO, LAST, Fonts.Figures.DEFAULT);

    public TypeFaces {
        Objects.requireNonNull(body);
        Objects.requireNonNull(headings);
        Objects.requireNonNull(notes);
        Objects.requireNonNull(mono);
        fallback = List.copyOf(fallback);
        Objects.requireNonNull(figures);
    }

    /** Every face of the desk's own, in number order (for cache keys and reading ahead). */
    public List<FontFace> deskFaces() {
        java.util.TreeMap<Integer, FontFace> faces = new java.util.TreeMap<>();
        for (FontFace role : List.of(body, headings, notes, mono)) {
            for (FontFace face : List.of(role, role.bold(), role.italic(), role.bold().italic())) {
                if (!face.builtin()) {
                    faces.put(face.ordinal(), face);
                }
            }
        }
        fallback.stream().filter(f -> !f.builtin()).forEach(f -> faces.put(f.ordinal(), f));
        return List.copyOf(faces.values());
    }
}
