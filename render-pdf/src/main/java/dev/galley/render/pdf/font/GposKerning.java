package dev.galley.render.pdf.font;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A face's pair kerning from the {@code kern} feature of its {@code GPOS} table: the pair
 * adjustment lookups (type 2, both formats, in extensions too), applied as a shaper applies them
 * to two letters side by side — every lookup in order, in each the first subtable that takes the
 * pair, their adjustments summed. Only the first glyph's advance adjustment (XAdvance of value
 * record 1) is read: that is where horizontal kerning lives, and the only place Galley's model of
 * a line (letters with a kern between each two) has for it. Coverage and classes are unpacked to
 * arrays by glyph id, so a pair costs a few array reads per subtable.
 */
final class GposKerning implements Kerning {

    private static final int X_ADVANCE = 0x0004;
    private static final int NOT_TAKEN = Integer.MIN_VALUE;

    /** One pair adjustment subtable, ready to answer for a pair of glyph ids. */
    private sealed interface PairTable permits ByPair, ByClass {
        /** The first glyph's XAdvance in font units, or {@link #NOT_TAKEN} when this subtable does not take the pair. */
        int adjust(int left, int right);
    }

    /** Format 1: for each covered first glyph, its second glyphs ascending and their adjustments. */
    private record ByPair(char[] coverage, char[][] seconds, short[][] values) implements PairTable {
        @Override
        public int adjust(int left, int right) {
            int index = left < coverage.length ? coverage[left] : 0;
            if (index == 0 || index > seconds.length) {
                return NOT_TAKEN;
            }
            char[] set = seconds[index - 1];
            int lo = 0;
            int hi = set.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (set[mid] < right) {
                    lo = mid + 1;
                } else if (set[mid] > right) {
                    hi = mid - 1;
                } else {
                    return values[index - 1][mid];
                }
            }
            return NOT_TAKEN;
        }
    }

    /** Format 2: a matrix of adjustments by the first glyph's class and the second's. */
    private record ByClass(char[] coverage, char[] firstClass, char[] secondClass, int secondClasses,
                           short[] matrix) implements PairTable {
        @Override
        public int adjust(int left, int right) {
            if (left >= coverage.length || coverage[left] == 0) {
                return NOT_TAKEN;
            }
            int second = right < secondClass.length ? secondClass[right] : 0;
            int at = firstClass[left] * secondClasses + second;
            return second < secondClasses && at < matrix.length ? matrix[at] : NOT_TAKEN;
        }
    }

    private final PairTable[][] lookups;
    private final float unitsPerEm;

    private GposKerning(PairTable[][] lookups, float unitsPerEm) {
        this.lookups = lookups;
        this.unitsPerEm = unitsPerEm;
    }

    /**
     * The kerning of a face's {@code GPOS} table, or empty when it has no {@code kern} feature
     * with pair adjustments (then its {@code kern} table, if any, is what kerns it).
     */
    static Optional<GposKerning> parse(byte[] gpos, int glyphs, float unitsPerEm) throws OpenTypeLayout.Damaged {
        OpenTypeLayout layout = OpenTypeLayout.gpos(gpos);
        List<PairTable[]> lookups = new ArrayList<>();
        try {
            for (List<OpenTypeLayout.Subtable> lookup : layout.lookups("kern")) {
                List<PairTable> tables = new ArrayList<>();
                for (OpenTypeLayout.Subtable subtable : lookup) {
                    if (subtable.type() == 2) {
                        PairTable table = pairTable(layout, subtable.offset(), glyphs);
                        if (table != null) {
                            tables.add(table);
                        }
                    }
                }
                if (!tables.isEmpty()) {
                    lookups.add(tables.toArray(PairTable[]::new));
                }
            }
        } catch (RuntimeException e) { // an offset out of the table, a negative array size
            throw new OpenTypeLayout.Damaged(e);
        }
        return lookups.isEmpty() ? Optional.empty()
                : Optional.of(new GposKerning(lookups.toArray(PairTable[][]::new), unitsPerEm));
    }

    private static PairTable pairTable(OpenTypeLayout t, int at, int glyphs) {
        int format = t.u16(at);
        char[] coverage = t.coverage(at + t.u16(at + 2), glyphs);
        int format1 = t.u16(at + 4);
        int format2 = t.u16(at + 6);
        int size1 = 2 * Integer.bitCount(format1 & 0xFF);
        int size2 = 2 * Integer.bitCount(format2 & 0xFF);
        // where XAdvance sits in value record 1: after XPlacement and YPlacement when present
        int xAdvanceAt = (format1 & X_ADVANCE) == 0 ? -1 : 2 * Integer.bitCount(format1 & (X_ADVANCE - 1));
        if (format == 1) {
            int sets = t.u16(at + 8);
            char[][] seconds = new char[sets][];
            short[][] values = new short[sets][];
            for (int s = 0; s < sets; s++) {
                int set = at + t.u16(at + 10 + 2 * s);
                int count = t.u16(set);
                int record = 2 + size1 + size2;
                seconds[s] = new char[count];
                values[s] = new short[count];
                for (int i = 0; i < count; i++) {
                    int r = set + 2 + record * i;
                    seconds[s][i] = (char) t.u16(r);
                    values[s][i] = xAdvanceAt < 0 ? 0 : (short) t.s16(r + 2 + xAdvanceAt);
                }
            }
            return new ByPair(coverage, seconds, values);
        }
        if (format == 2) {
            char[] firstClass = t.classes(at + t.u16(at + 8), glyphs);
            char[] secondClass = t.classes(at + t.u16(at + 10), glyphs);
            int class1Count = t.u16(at + 12);
            int class2Count = t.u16(at + 14);
            short[] matrix = new short[class1Count * class2Count];
            int record = size1 + size2;
            for (int i = 0; i < matrix.length; i++) {
                matrix[i] = xAdvanceAt < 0 ? 0 : (short) t.s16(at + 16 + record * i + xAdvanceAt);
            }
            return new ByClass(coverage, firstClass, secondClass, class2Count, matrix);
        }
        return null;
    }

    /**
     * The same kerning as a table of the pairs it adjusts, when there are at most {@code limit}:
     * a lookup per letter pair is then one hash probe, where the lookups cost a few array reads
     * per subtable. Faces kerned by class can adjust hundreds of thousands of pairs; those keep
     * answering from the lookups.
     */
    Optional<KernPairs> asPairs(int glyphs, int limit) {
        java.util.LinkedHashMap<Integer, Integer> units = new java.util.LinkedHashMap<>();
        for (PairTable[] lookup : lookups) {
            java.util.HashSet<Integer> taken = new java.util.HashSet<>();
            boolean[] firstTaken = new boolean[glyphs];
            for (PairTable table : lookup) {
                if (table instanceof ByPair p) {
                    for (int left = 0; left < p.coverage().length; left++) {
                        int index = p.coverage()[left];
                        if (index == 0 || index > p.seconds().length || firstTaken[left]) {
                            continue;
                        }
                        char[] seconds = p.seconds()[index - 1];
                        for (int i = 0; i < seconds.length; i++) {
                            int key = left << 16 | seconds[i];
                            if (taken.add(key) && p.values()[index - 1][i] != 0) {
                                units.merge(key, (int) p.values()[index - 1][i], Integer::sum);
                            }
                        }
                    }
                } else if (table instanceof ByClass k) {
                    java.util.List<java.util.List<Integer>> byClass = new java.util.ArrayList<>();
                    for (int c = 0; c < k.secondClasses(); c++) {
                        byClass.add(new java.util.ArrayList<>());
                    }
                    for (int right = 0; right < glyphs; right++) {
                        int c = right < k.secondClass().length ? k.secondClass()[right] : 0;
                        if (c < k.secondClasses()) {
                            byClass.get(c).add(right);
                        }
                    }
                    for (int left = 0; left < k.coverage().length; left++) {
                        if (k.coverage()[left] == 0 || firstTaken[left]) {
                            continue;
                        }
                        firstTaken[left] = true; // a covered first glyph is this subtable's, whatever follows
                        for (int c = 0; c < k.secondClasses(); c++) {
                            int at = k.firstClass()[left] * k.secondClasses() + c;
                            short value = at < k.matrix().length ? k.matrix()[at] : 0;
                            if (value == 0) {
                                continue;
                            }
                            for (int right : byClass.get(c)) {
                                int key = left << 16 | right;
                                if (!taken.contains(key)) {
                                    units.merge(key, (int) value, Integer::sum);
                                }
                            }
                            if (units.size() > limit) {
                                return Optional.empty();
                            }
                        }
                    }
                }
                if (units.size() > limit) {
                    return Optional.empty();
                }
            }
        }
        int[] lefts = new int[units.size()];
        int[] rights = new int[units.size()];
        int[] values = new int[units.size()];
        int n = 0;
        for (var pair : units.entrySet()) {
            lefts[n] = pair.getKey() >>> 16;
            rights[n] = pair.getKey() & 0xFFFF;
            values[n++] = Math.round(pair.getValue() * 1000f / unitsPerEm);
        }
        return Optional.of(KernPairs.of(lefts, rights, values, n));
    }

    @Override
    public int kern(int leftGlyph, int rightGlyph) {
        int units = 0;
        for (PairTable[] lookup : lookups) {
            for (PairTable table : lookup) {
                int adjust = table.adjust(leftGlyph, rightGlyph);
                if (adjust != NOT_TAKEN) {
                    units += adjust;
                    break;
                }
            }
        }
        return units == 0 ? 0 : Math.round(units * 1000f / unitsPerEm);
    }
}
