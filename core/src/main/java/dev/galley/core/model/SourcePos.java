package dev.galley.core.model;

/**
 * A position in a source file, 1-based, as editors' tools count: line 1 is the first line of the
 * file (front matter included) and column 1 its first character.
 *
 * @param line   1-based line number
 * @param column 1-based column, counted in Unicode code points
 */
public record SourcePos(int line, int column) implements Comparable<SourcePos> {

    /** Where a file starts; used for problems that concern a whole file. */
    public static final SourcePos START = new SourcePos(1, 1);

    public SourcePos {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    /** This position moved {@code columns} code points to the right on the same line. */
    public SourcePos plusColumns(int columns) {
        return new SourcePos(line, column + columns);
    }

    @Override
    public int compareTo(SourcePos other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
