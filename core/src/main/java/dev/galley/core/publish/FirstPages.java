package dev.galley.core.publish;

import java.util.Map;

/**
 * The edited briefings' own outputs (their pages, PDFs and images), rendered before the rest of
 * a preview's rebuild and byte for byte what the rebuild then writes at the same paths. The
 * live preview serves them from memory while the listings, the feed, the search index and the
 * staged output follow.
 *
 * @param files the files by their path in the output folder, with forward slashes
 */
public record FirstPages(Map<String, byte[]> files) {

    public FirstPages {
        files = Map.copyOf(files);
    }
}
