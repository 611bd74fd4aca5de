package dev.galley.core.style;

import dev.galley.core.model.SourcePos;

import java.util.Objects;

/**
 * One font file of the content folder: a TrueType font, or one font of a TrueType collection.
 *
 * @param file  the file's path in the content folder, with slashes
 * @param index which font of a collection ({@code .ttc}) is meant; 0 for a single font
 * @param pos   where {@code galley.yaml} names the file, for problems found on reading it
 */
public record FontFile(String file, int index, SourcePos pos) {

    public FontFile {
        Objects.requireNonNull(file);
        Objects.requireNonNull(pos);
        if (index < 0) {
            throw new IllegalArgumentException("negative font index " + index);
        }
    }
}
