package dev.galley.core.style;

import java.util.Objects;
import java.util.Optional;

/**
 * The print page.
 *
 * @param size    its size; empty for the desk's {@code paper:} setting
 * @param margins its margins
 * @param facing  whether pages face each other when bound: the inner margin is then on the
 *                left of odd (recto) pages and on the right of even (verso) ones, and the
 *                running content's left and right slots change sides with it
 */
public record PageStyle(Optional<PageSize> size, PageMargins margins, boolean facing) {

    public static final PageStyle DEFAULT = new PageStyle(Optional.empty(), PageMargins.DEFAULT, false);

    public PageStyle {
        Objects.requireNonNull(size);
        Objects.requireNonNull(margins);
    }
}
