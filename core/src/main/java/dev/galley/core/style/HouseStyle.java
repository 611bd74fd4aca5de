package dev.galley.core.style;

import java.util.Objects;
import java.util.Optional;

/**
 * A desk's look, from the {@code style:} section of {@code galley.yaml}: one model both
 * renderers read, so that the site and the PDF look like one publication. What a style does not
 * set is Galley's own ({@link #DEFAULT}).
 *
 * @param colours    the colours by role
 * @param page       the print page's size and margins
 * @param type       the print briefing's type sizes and paragraphs
 * @param running    the print briefing's running head and foot
 * @param masthead   how the print briefing's first page opens
 * @param logo       the desk's logo, if it has one
 * @param fonts      the typefaces by role
 * @param ownColours whether the desk set any colour: the site then keeps the desk's palette in a
 *                   dark colour scheme too, rather than swap it for Galley's dark one
 */
public record HouseStyle(Palette colours, PageStyle page, Typesetting type, RunningContent running,
                         Masthead masthead, Optional<Logo> logo, Fonts fonts, boolean ownColours) {

    /** Galley's own look. */
    public static final HouseStyle DEFAULT = new HouseStyle(Palette.DEFAULT, PageStyle.DEFAULT, Typesetting.DEFAULT,
            RunningContent.DEFAULT, Masthead.PLAIN, Optional.empty(), Fonts.DEFAULT, false);

    public HouseStyle {
        Objects.requireNonNull(colours);
        Objects.requireNonNull(page);
        Objects.requireNonNull(type);
        Objects.requireNonNull(running);
        Objects.requireNonNull(masthead);
        Objects.requireNonNull(logo);
        Objects.requireNonNull(fonts);
    }

    /** The print page's margins. */
    public PageMargins margins() {
        return page.margins();
    }

    /** Whether print pages face each other (see {@link PageStyle#facing}). */
    public boolean facing() {
        return page.facing();
    }

    /** This style without its logo (when its file cannot be used). */
    public HouseStyle withoutLogo() {
        return new HouseStyle(colours, page, type, running, masthead, Optional.empty(), fonts, ownColours);
    }

    /** This style with {@code other} for its fonts (without the files that cannot be used). */
    public HouseStyle withFonts(Fonts other) {
        return new HouseStyle(colours, page, type, running, masthead, logo, other, ownColours);
    }
}
