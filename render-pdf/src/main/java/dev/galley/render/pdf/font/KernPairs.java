package dev.galley.render.pdf.font;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * A face's pair kerning as an open-addressed hash table from (left glyph, right glyph) to the
 * adjustment in thousandths of an em, already rounded as the content stream will carry it. Layout
 * asks for a pair at every letter of every candidate line, so the lookup is one multiply and
 * usually one probe, where fontbox's table does a binary search over boxed pairs.
 */
final class KernPairs implements Kerning {

    static final KernPairs NONE = new KernPairs(new int[1], new short[1], 0);

    /** Marks an empty slot: no pair has glyph 0 on both sides (glyph 0 is never kerned here). */
    private static final int EMPTY = 0;

    private final int[] keys;
    private final short[] values;
    private final int shift;

    private KernPairs(int[] keys, short[] values, int shift) {
        this.keys = keys;
        this.values = values;
        this.shift = shift;
    }

    /**
     * Reads the first horizontal format-0 subtable of a Microsoft-style {@code kern} table (the
     * kind DejaVu carries). A table in another layout, or a truncated one, gives {@link #NONE}:
     * unkerned text is still correct text.
     */
    static KernPairs parse(byte[] kernTable, float unitsPerEm) {
        try {
            ByteBuffer in = ByteBuffer.wrap(kernTable);
            if (in.getShort(0) != 0) {
                return NONE; // Apple's 'kern' layout (version 1.0 as a 32-bit fixed)
            }
            in.position(2);
            int subtables = Short.toUnsignedInt(in.getShort());
            for (int t = 0; t < subtables; t++) {
                int start = in.position();
                in.getShort(); // subtable version
                int length = Short.toUnsignedInt(in.getShort());
                int coverage = Short.toUnsignedInt(in.getShort());
                boolean horizontal = (coverage & 1) != 0;
                boolean minimums = (coverage & 2) != 0;
                boolean crossStream = (coverage & 4) != 0;
                int format = coverage >>> 8;
                if (format == 0 && horizontal && !minimums && !crossStream) {
                    return format0(in, unitsPerEm);
                }
                in.position(start + length);
            }
            return NONE;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return NONE;
        }
    }

    private static KernPairs format0(ByteBuffer in, float unitsPerEm) {
        int pairs = Short.toUnsignedInt(in.getShort());
        in.position(in.position() + 6); // searchRange, entrySelector, rangeShift
        int[] lefts = new int[pairs];
        int[] rights = new int[pairs];
        int[] values = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            lefts[i] = Short.toUnsignedInt(in.getShort());
            rights[i] = Short.toUnsignedInt(in.getShort());
            values[i] = Math.round(in.getShort() * 1000f / unitsPerEm);
        }
        return of(lefts, rights, values, pairs);
    }

    /**
     * The first {@code count} pairs given, adjustments in thousandths of an em; where a pair is
     * given twice the first entry wins, as in a binary search of sorted pairs.
     */
    static KernPairs of(int[] lefts, int[] rights, int[] adjustments, int count) {
        int capacity = Integer.highestOneBit(Math.max(1, count) * 2) << 1;
        int shift = 32 - Integer.numberOfTrailingZeros(capacity);
        int[] keys = new int[capacity];
        short[] values = new short[capacity];
        for (int i = 0; i < count; i++) {
            int key = lefts[i] << 16 | rights[i];
            int value = adjustments[i];
            if (key == EMPTY || value == 0) {
                continue;
            }
            int slot = slot(key, shift);
            while (keys[slot] != EMPTY && keys[slot] != key) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                values[slot] = (short) value;
            }
        }
        return new KernPairs(keys, values, shift);
    }

    private static int slot(int key, int shift) {
        return (key * 0x9E3779B9) >>> shift;
    }

    /** The adjustment between two glyphs in thousandths of an em; 0 when the pair is not kerned. */
    @Override
    public int kern(int leftGlyph, int rightGlyph) {
        int key = leftGlyph << 16 | rightGlyph;
        if (key == EMPTY || shift == 0) {
            return 0;
        }
        int mask = keys.length - 1;
        for (int slot = slot(key, shift); ; slot = (slot + 1) & mask) {
            int k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return 0;
            }
        }
    }
}
