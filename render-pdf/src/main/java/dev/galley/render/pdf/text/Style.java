package dev.galley.render.pdf.text;

import dev.galley.render.pdf.font.FontFace;

import java.util.Objects;

/**
 * How a piece of text looks: face, size, baseline shift, colour, strike-through, and the link it
 * belongs to. A value: pieces with equal styles are drawn as one string.
 *
 * @param face   the face the characters are drawn in (after fallback: a face that has them)
 * @param size   font size in points
 * @param rise   baseline shift upwards in points (superscript footnote numbers)
 * @param rgb    fill colour as 0xRRGGBB
 * @param strike whether a line is drawn through the text
 * @param link   the link target (absolute URL or {@code #fragment}), empty when none
 * @param lang   the language of a passage marked as another than the briefing's, empty when none
 */
public record Style(FontFace face, float size, float rise, int rgb, boolean strike, String link, String lang) {

    public static final int BLACK = 0x000000;

    public Style {
        Objects.requireNonNull(face);
        Objects.requireNonNull(link);
        Objects.requireNonNull(lang);
    }

    public static Style of(FontFace face, float size) {
        return new Style(face, size, 0, BLACK, false, "", "");
    }

    public Style withFace(FontFace newFace) {
        return newFace == face ? this : new Style(newFace, size, rise, rgb, strike, link, lang);
    }

    public Style withSize(float newSize) {
        return new Style(face, newSize, rise, rgb, strike, link, lang);
    }

    public Style withRise(float newRise) {
        return new Style(face, size, newRise, rgb, strike, link, lang);
    }

    public Style withColor(int newRgb) {
        return new Style(face, size, rise, newRgb, strike, link, lang);
    }

    public Style withStrike() {
        return new Style(face, size, rise, rgb, true, link, lang);
    }

    public Style withLink(String target) {
        return new Style(face, size, rise, rgb, strike, target, lang);
    }

    public Style withLang(String tag) {
        return new Style(face, size, rise, rgb, strike, link, tag);
    }

    /*
     * equals and hashCode written out, with the meaning a record gives them (floats compared as
     * Float.compare does): the generated ones go through method handles, which the first JIT tier
     * that batch builds run on compiles poorly, and runs of text compare styles per character.
     */

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Style s && face == s.face && Float.compare(size, s.size) == 0
                && Float.compare(rise, s.rise) == 0 && rgb == s.rgb && strike == s.strike
                && link.equals(s.link) && lang.equals(s.lang);
    }

    @Override
    public int hashCode() {
        int h = face.ordinal();
        h = 31 * h + Float.hashCode(size);
        h = 31 * h + Float.hashCode(rise);
        h = 31 * h + rgb;
        h = 31 * h + Boolean.hashCode(strike);
        h = 31 * h + link.hashCode();
        return 31 * h + lang.hashCode();
    }

    public boolean hasLink() {
        return !link.isEmpty();
    }
}
