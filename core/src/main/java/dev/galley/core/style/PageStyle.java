package dev.galley.core.style;

import java.util.Objects;
import java.util.Optional;

/**
 * The print page.
 *
 * @param size    its size; empty for the desk's {@code paper:} setting
 * @param margins its margins
 */
public record PageStyle(Optional<PageSize> size, PageMargins margins) {

    public static final PageStyle DEFAULT = new PageStyle(Optional.empty(), PageMargins.DEFAULT);

    public PageStyle {
        Objects.requireNonNull(size);
        Objects.requireNonNull(margins);
    }
}
