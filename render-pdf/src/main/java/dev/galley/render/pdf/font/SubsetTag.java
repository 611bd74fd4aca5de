package dev.galley.render.pdf.font;

/**
 * The six capital letters before a subset font's name (ISO 32000-1, 9.6.4), which tell readers
 * that two subsets of one face are different fonts. Made from the face and its glyphs, never
 * from a random number, so the same document always gets the same tags.
 */
final class SubsetTag {

    private static final int LETTERS = 6;

    private SubsetTag() {
    }

    /** The tag for the subset of {@code face} holding {@code glyphs}. */
    static String of(String face, int[] glyphs) {
        // 64-bit FNV-1a: specified to the bit, unlike hashCode() of most classes.
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < face.length(); i++) {
            hash = (hash ^ face.charAt(i)) * 0x100000001b3L;
        }
        for (int gid : glyphs) {
            hash = (hash ^ (gid & 0xFFFF)) * 0x100000001b3L;
        }
        char[] tag = new char[LETTERS];
        long rest = hash;
        for (int i = 0; i < LETTERS; i++) {
            tag[i] = (char) ('A' + Long.remainderUnsigned(rest, 26));
            rest = Long.divideUnsigned(rest, 26);
        }
        return new String(tag);
    }
}
