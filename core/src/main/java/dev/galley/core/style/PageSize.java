package dev.galley.core.style;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The print page's size in points (1/72 inch), portrait: a named paper or the desk's own.
 *
 * @param width  across the page
 * @param height down the page
 */
public record PageSize(float width, float height) {

    public static final PageSize A4 = new PageSize(595.2756f, 841.8898f);
    public static final PageSize LETTER = new PageSize(612f, 792f);
    public static final PageSize A5 = new PageSize(419.5276f, 595.2756f);

    /** The smallest page that still holds a masthead and a few lines (about A7), and the largest (A2). */
    static final float MIN_SIDE = 200;
    static final float MAX_SIDE = 1700;

    private static final Pattern SIZE = Pattern.compile("(\\S+?)\\s*[x×]\\s*(\\S+)");

    public PageSize {
        if (!(width >= MIN_SIDE && width <= MAX_SIDE && height >= MIN_SIDE && height <= MAX_SIDE)) {
            throw new IllegalArgumentException("a page side must be from " + MIN_SIDE + " to " + MAX_SIDE + " points");
        }
    }

    /**
     * The size {@code text} names: {@code a4}, {@code a5}, {@code letter}, or width × height as two
     * lengths ({@code 170mm x 240mm}); empty for anything else or a side outside the bounds.
     */
    public static Optional<PageSize> parse(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "a4":
                return Optional.of(A4);
            case "a5":
                return Optional.of(A5);
            case "letter":
                return Optional.of(LETTER);
            default:
                break;
        }
        Matcher m = SIZE.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Float> width = Lengths.points(m.group(1), MAX_SIDE);
        Optional<Float> height = Lengths.points(m.group(2), MAX_SIDE);
        if (width.isEmpty() || height.isEmpty() || width.get() < MIN_SIDE || height.get() < MIN_SIDE) {
            return Optional.empty();
        }
        return Optional.of(new PageSize(width.get(), height.get()));
    }
}
