package dev.galley.core.style;

import java.util.Objects;

/**
 * A desk's look, from the {@code style:} section of {@code galley.yaml}: one model both
 * renderers read, so that the site and the PDF look like one publication. What a style does not
 * set is Galley's own ({@link #DEFAULT}).
 *
 * @param colours    the colours by role
 * @param margins    the print page's margins
 * @param ownColours whether the desk set any colour: the site then keeps the desk's palette in a
 *                   dark colour scheme too, rather than swap it for Galley's dark one
 */
public record HouseStyle(Palette colours, PageMargins margins, boolean ownColours) {

    /** Galley's own look. */
    public static final HouseStyle DEFAULT = new HouseStyle(Palette.DEFAULT, PageMargins.DEFAULT, false);

    public HouseStyle {
        Objects.requireNonNull(colours);
        Objects.requireNonNull(margins);
    }
}
