package dev.galley.core.style;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The faces of one typeface a role is set in. A style the desk gives no file for is drawn with
 * the nearest it does give ({@link #face}): Galley never slants or emboldens outlines itself,
 * which would put a face in the PDF its designer never drew.
 *
 * @param regular    the upright face of normal weight
 * @param italic     the italic, if the desk has one
 * @param bold       the bold, if the desk has one
 * @param boldItalic the bold italic, if the desk has one
 */
public record FontFamily(FontFile regular, Optional<FontFile> italic, Optional<FontFile> bold,
                         Optional<FontFile> boldItalic) {

    public FontFamily {
        Objects.requireNonNull(regular);
        Objects.requireNonNull(italic);
        Objects.requireNonNull(bold);
        Objects.requireNonNull(boldItalic);
    }

    /** A family of one face, drawn for every style. */
    public static FontFamily of(FontFile regular) {
        return new FontFamily(regular, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The file that draws text of this weight and slant: the face itself when the desk gave it,
     * else bold italic falls back to bold, then italic; the others to regular.
     */
    public FontFile face(boolean isBold, boolean isItalic) {
        if (isBold && isItalic) {
            return boldItalic.or(() -> bold).or(() -> italic).orElse(regular);
        }
        if (isBold) {
            return bold.orElse(regular);
        }
        if (isItalic) {
            return italic.orElse(regular);
        }
        return regular;
    }

    /** Every file the family names, regular first. */
    public Stream<FontFile> files() {
        return Stream.of(Optional.of(regular), italic, bold, boldItalic).flatMap(Optional::stream);
    }
}
