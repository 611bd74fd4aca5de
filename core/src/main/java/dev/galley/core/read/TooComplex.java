package dev.galley.core.read;

/**
 * Thrown from inside the Markdown parser when a block would take more work than its length can
 * explain: the reader reports it at {@code offset} instead of spending minutes on it.
 */
final class TooComplex extends RuntimeException {

    /** Character offset in the text the parser was given (the file's, front matter blanked). */
    final int offset;

    TooComplex(int offset) {
        super(null, null, false, false);
        this.offset = offset;
    }
}
