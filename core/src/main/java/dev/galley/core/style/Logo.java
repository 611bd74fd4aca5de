package dev.galley.core.style;

import dev.galley.core.model.SourcePos;

import java.util.Objects;

/**
 * The desk's logo: a PNG or JPEG file of the content folder, shown on the PDF's masthead and in
 * the site's header.
 *
 * @param file the file's path in the content folder, with slashes
 * @param alt  what the logo says, for readers who do not see it (the desk's name, usually)
 * @param pos  where {@code galley.yaml} names the file, for problems found on reading it
 */
public record Logo(String file, String alt, SourcePos pos) {

    public Logo {
        Objects.requireNonNull(file);
        Objects.requireNonNull(alt);
        Objects.requireNonNull(pos);
    }
}
