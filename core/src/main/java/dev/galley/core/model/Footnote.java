package dev.galley.core.model;

import java.util.List;

/**
 * A footnote's text. Footnotes are numbered from 1 in the order of their first reference;
 * definitions that nothing references are reported by the reader and left out.
 */
public record Footnote(String label, int number, List<Block> blocks, SourcePos pos) {
    public Footnote {
        blocks = List.copyOf(blocks);
    }
}
