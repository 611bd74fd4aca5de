package dev.galley.render.pdf.font;

import java.util.Arrays;

/**
 * A face's subset for one set of glyphs, ready to embed: its tagged name and its three streams,
 * already compressed. Everything in it follows from the face, the glyphs and the characters they
 * were drawn for, so documents that draw the same glyphs can share one cut.
 *
 * @param name       the subset's font name, tag included
 * @param program    the TrueType program, compressed
 * @param length1    the program's length before compression (/Length1)
 * @param cidToGid   the CIDToGIDMap stream, compressed
 * @param toUnicode  the ToUnicode CMap, compressed
 */
record FontSubset(String name, byte[] program, int length1, byte[] cidToGid, byte[] toUnicode) {

    /** Bytes held, for the cache's budget. */
    long size() {
        return (long) program.length + cidToGid.length + toUnicode.length + 2L * name.length();
    }

    /** What a subset is cut from: a face, its glyph ids ascending, and the character each shows. */
    record Key(FontFace face, int[] glyphs, int[] codePoints) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.face == face && Arrays.equals(key.glyphs, glyphs)
                    && Arrays.equals(key.codePoints, codePoints);
        }

        @Override
        public int hashCode() {
            return (face.ordinal() * 31 + Arrays.hashCode(glyphs)) * 31 + Arrays.hashCode(codePoints);
        }

        @Override
        public String toString() {
            return face + " " + glyphs.length + " glyphs";
        }
    }
}
