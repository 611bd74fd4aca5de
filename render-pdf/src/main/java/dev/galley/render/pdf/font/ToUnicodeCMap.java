package dev.galley.render.pdf.font;

import java.nio.charset.StandardCharsets;

/**
 * The ToUnicode CMap of an Identity-H font (ISO 32000-1, 9.10.3): from each two-byte glyph code
 * the document drew to the character it stands for, which is what copy, search and screen
 * readers read. Covers only the glyphs used, so it is as small as the subset.
 */
final class ToUnicodeCMap {

    /** A CMap section holds at most 100 mappings (Adobe Technical Note 5411). */
    private static final int PER_SECTION = 100;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static final String HEADER = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange
            """;
    private static final String TRAILER = """
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """;

    private ToUnicodeCMap() {
    }

    /**
     * The CMap's bytes mapping {@code glyphs[i]} to {@code codePoints[i]}; glyph ids ascending,
     * so the same glyphs always give the same bytes.
     */
    static byte[] of(int[] glyphs, int[] codePoints) {
        if (glyphs.length != codePoints.length) {
            throw new IllegalArgumentException("one code point per glyph");
        }
        StringBuilder cmap = new StringBuilder(HEADER.length() + TRAILER.length() + glyphs.length * 24)
                .append(HEADER);
        for (int start = 0; start < glyphs.length; start += PER_SECTION) {
            int end = Math.min(glyphs.length, start + PER_SECTION);
            cmap.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                cmap.append('<');
                hex4(cmap, glyphs[i]);
                cmap.append("> <");
                // The destination is UTF-16BE: a surrogate pair beyond the Basic Multilingual Plane.
                for (char c : Character.toChars(codePoints[i])) {
                    hex4(cmap, c);
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append(TRAILER).toString().getBytes(StandardCharsets.US_ASCII);
    }

    static void hex4(StringBuilder out, int value) {
        out.append(HEX[(value >> 12) & 0xF]).append(HEX[(value >> 8) & 0xF])
                .append(HEX[(value >> 4) & 0xF]).append(HEX[value & 0xF]);
    }
}
