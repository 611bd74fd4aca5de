package dev.galley.render.pdf.draw;

import java.util.Arrays;

/**
 * A page's content stream while it is drawn: operators appended as bytes to one growing array,
 * compressed once when the page is done. PDFBox's content stream writer hands each byte through
 * three output streams one call at a time, which on the first JIT tier cost about as much as
 * deciding what to draw. Text appended here holds bytes as chars 0 to 255: operators, numbers,
 * names and strings of glyph codes.
 */
final class PageContent {

    private byte[] bytes = new byte[16 * 1024];
    private int length;

    /** Appends {@code text}, each char a byte. */
    PageContent append(StringBuilder text) {
        return append(text, 0, text.length());
    }

    /** Appends {@code text}, each char a byte (a String's chars are read without interface calls). */
    PageContent append(String text) {
        int n = text.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            assert c <= 0xFF : "not a byte: U+" + Integer.toHexString(c);
            bytes[length++] = (byte) c;
        }
        return this;
    }

    /** Appends chars {@code from} to {@code to} of {@code text}, each char a byte. */
    PageContent append(StringBuilder text, int from, int to) {
        ensure(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            assert c <= 0xFF : "not a byte: U+" + Integer.toHexString(c);
            bytes[length++] = (byte) c;
        }
        return this;
    }

    /** The operator after its operands, ending the line (as PDFBox ends every operator). */
    PageContent operator(String name) {
        return append(name).append("\n");
    }

    /** {@code BT}: a text object starts. */
    PageContent beginText() {
        return operator("BT");
    }

    /** {@code ET}: the text object ends. */
    PageContent endText() {
        return operator("ET");
    }

    /** {@code /Artifact BMC}: what follows, to the matching {@link #endMarkedContent}, is no content. */
    PageContent beginArtifact() {
        return append("/Artifact ").operator("BMC");
    }

    /** {@code EMC}: the innermost marked-content sequence ends. */
    PageContent endMarkedContent() {
        return operator("EMC");
    }

    /** {@code x y width height re}: a rectangle to fill. */
    PageContent rectangle(float x, float y, float width, float height) {
        return operands(new StringBuilder(48), x, y, width, height).operator("re");
    }

    /** {@code 1 0 0 1 dx dy cm}: what follows is drawn moved by {@code dx}, {@code dy}. */
    PageContent translate(float dx, float dy) {
        return operands(new StringBuilder(32), 1, 0, 0, 1, dx, dy).operator("cm");
    }

    /** {@code r g b rg}: the fill colour, each component from 0 to 1. */
    PageContent fillColor(float red, float green, float blue) {
        return operands(new StringBuilder(24), red, green, blue).operator("rg");
    }

    /** {@code q a b c d e f cm /name Do Q}: draws the XObject {@code name} into the given box. */
    PageContent image(String name, float x, float y, float width, float height) {
        operator("q");
        operands(new StringBuilder(64), width, 0, 0, height, x, y).operator("cm");
        return append("/").append(name).append(" ").operator("Do").operator("Q");
    }

    private PageContent operands(StringBuilder out, float... values) {
        for (float value : values) {
            PdfNumbers.append(out, value).append(' ');
        }
        return append(out);
    }

    /** The bytes drawn so far. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
