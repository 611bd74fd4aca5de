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
 * @param runLong whether a page may run one line long (into its bottom margin, where the
 *                margin has room for it below the text block and above the running foot) when a
 *                keep would otherwise leave it a line or more short: the two lines that end a
 *                paragraph, a heading with its first lines, a line with its note. With facing
 *                pages both pages of the spread then run long, so that they stay alike
 */
public record PageStyle(Optional<PageSize> size, PageMargins margins, boolean facing, boolean runLong) {

    public static final PageStyle DEFAULT = new PageStyle(Optional.empty(), PageMargins.DEFAULT, false, true);

    public PageStyle {
        Objects.requireNonNull(size);
        Objects.requireNonNull(margins);
    }
}
