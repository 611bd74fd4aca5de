package dev.galley.render.pdf.page;

/** Where an anchor landed: a 0-based page index and the distance from the paper's top. */
public record Destination(int pageIndex, float top) {
}
