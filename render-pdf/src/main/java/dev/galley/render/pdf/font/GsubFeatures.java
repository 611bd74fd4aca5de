package dev.galley.render.pdf.font;

import java.util.List;
import java.util.OptionalInt;

/**
 * The glyph substitutions Galley takes from a face's {@code GSUB} table: standard ligatures
 * ({@code liga}, ligature substitution lookups) and figure styles ({@code tnum}, {@code pnum},
 * single substitution lookups). Galley keeps text as characters and lets a face's character
 * map pick glyphs, so what is read here becomes a change of that map: a ligature's Unicode
 * presentation form, or a digit, drawn with the glyph the feature substitutes (see
 * {@link FaceMetrics}).
 */
final class GsubFeatures {

    private final OpenTypeLayout layout;
    private final int glyphs;

    GsubFeatures(byte[] gsub, int glyphs) {
        this.layout = OpenTypeLayout.gsub(gsub);
        this.glyphs = glyphs;
    }

    /**
     * The glyph {@code liga} forms from {@code sequence} (glyph ids of the letters, as the
     * character map gives them), if one lookup ligates the whole sequence at once.
     */
    OptionalInt ligature(int[] sequence) throws OpenTypeLayout.Damaged {
        try {
            for (List<OpenTypeLayout.Subtable> lookup : layout.lookups("liga")) {
                for (OpenTypeLayout.Subtable subtable : lookup) {
                    if (subtable.type() != 4 || layout.u16(subtable.offset()) != 1) {
                        continue;
                    }
                    OptionalInt found = ligature(subtable.offset(), sequence);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return OptionalInt.empty();
        } catch (RuntimeException e) {
            throw new OpenTypeLayout.Damaged(e);
        }
    }

    private OptionalInt ligature(int at, int[] sequence) {
        int first = sequence[0];
        char[] coverage = layout.coverage(at + layout.u16(at + 2), glyphs);
        int index = first < coverage.length ? coverage[first] : 0;
        if (index == 0 || index > layout.u16(at + 4)) {
            return OptionalInt.empty();
        }
        int set = at + layout.u16(at + 6 + 2 * (index - 1));
        int count = layout.u16(set);
        for (int l = 0; l < count; l++) {
            int ligature = set + layout.u16(set + 2 + 2 * l);
            int components = layout.u16(ligature + 2);
            if (components != sequence.length) {
                continue;
            }
            boolean match = true;
            for (int c = 1; c < components && match; c++) {
                match = layout.u16(ligature + 4 + 2 * (c - 1)) == sequence[c];
            }
            if (match) {
                return OptionalInt.of(layout.u16(ligature));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * What {@code feature}'s single substitutions make of each glyph: per glyph id, the glyph
     * that replaces it (itself when none does), lookups applied in order.
     */
    int[] singles(String feature) throws OpenTypeLayout.Damaged {
        int[] to = new int[glyphs];
        for (int gid = 0; gid < glyphs; gid++) {
            to[gid] = gid;
        }
        try {
            for (List<OpenTypeLayout.Subtable> lookup : layout.lookups(feature)) {
                int[] before = to.clone();
                boolean[] done = new boolean[glyphs];
                for (OpenTypeLayout.Subtable subtable : lookup) {
                    if (subtable.type() == 1) {
                        single(subtable.offset(), before, to, done);
                    }
                }
            }
            return to;
        } catch (RuntimeException e) {
            throw new OpenTypeLayout.Damaged(e);
        }
    }

    /** Applies one single substitution subtable to glyphs no earlier subtable of its lookup took. */
    private void single(int at, int[] before, int[] to, boolean[] done) {
        int format = layout.u16(at);
        char[] coverage = layout.coverage(at + layout.u16(at + 2), glyphs);
        for (int gid = 0; gid < glyphs; gid++) {
            int current = before[gid];
            int index = current < coverage.length ? coverage[current] : 0;
            if (done[gid] || index == 0) {
                continue;
            }
            int replacement;
            if (format == 1) {
                replacement = (current + layout.s16(at + 4)) & 0xFFFF;
            } else if (format == 2 && index <= layout.u16(at + 4)) {
                replacement = layout.u16(at + 6 + 2 * (index - 1));
            } else {
                continue;
            }
            if (replacement < glyphs) {
                to[gid] = replacement;
                done[gid] = true;
            }
        }
    }
}
