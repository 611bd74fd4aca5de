package dev.galley.render.pdf.font;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The structure {@code GSUB} and {@code GPOS} share (OpenType 1.9, "Common Table Formats"): the
 * lookups a feature asks for, and the subtables of a lookup with extension subtables unwrapped.
 * Galley does not tag text with a script or language, so a feature's lookups are those of every
 * script's default language system (which keeps out language forms such as Turkish's ligatures
 * without fi), or of every feature record with the tag when no default system names it.
 * Offsets are read as the spec says and checked by the buffer; a damaged table throws
 * {@link Damaged}, and the caller sets the text without the feature.
 */
final class OpenTypeLayout {

    /** A table that points outside itself or is cut short. */
    static final class Damaged extends Exception {
        Damaged(Throwable cause) {
            super(cause);
        }
    }

    /** One subtable: its lookup type (extensions resolved) and where it starts in the table. */
    record Subtable(int type, int offset) {
    }

    private final ByteBuffer table;
    private final int extensionType;

    private OpenTypeLayout(byte[] table, int extensionType) {
        this.table = ByteBuffer.wrap(table);
        this.extensionType = extensionType;
    }

    /** A {@code GSUB} table, whose extension lookups are type 7. */
    static OpenTypeLayout gsub(byte[] table) {
        return new OpenTypeLayout(table, 7);
    }

    /** A {@code GPOS} table, whose extension lookups are type 9. */
    static OpenTypeLayout gpos(byte[] table) {
        return new OpenTypeLayout(table, 9);
    }

    /**
     * The lookups of {@code feature} (a four-letter tag such as "kern"), in lookup-list order,
     * each as its subtables; empty when the face has no such feature.
     */
    List<List<Subtable>> lookups(String feature) throws Damaged {
        try {
            TreeSet<Integer> indices = new TreeSet<>();
            for (int featureIndex : featureIndices(feature)) {
                int at = featureList() + 2 + 6 * featureIndex;
                int featureTable = featureList() + u16(at + 4);
                int count = u16(featureTable + 2);
                for (int i = 0; i < count; i++) {
                    indices.add(u16(featureTable + 4 + 2 * i));
                }
            }
            int lookupList = u16(8);
            int lookupCount = u16(lookupList);
            List<List<Subtable>> lookups = new ArrayList<>();
            for (int index : indices) {
                if (index < lookupCount) {
                    lookups.add(subtables(lookupList + u16(lookupList + 2 + 2 * index)));
                }
            }
            return lookups;
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new Damaged(e);
        }
    }

    private int featureList() {
        return u16(6);
    }

    private List<Integer> featureIndices(String feature) {
        int featureList = featureList();
        int featureCount = u16(featureList);
        List<Integer> tagged = new ArrayList<>();
        for (int i = 0; i < featureCount; i++) {
            if (tag(featureList + 2 + 6 * i).equals(feature)) {
                tagged.add(i);
            }
        }
        if (tagged.isEmpty()) {
            return tagged;
        }
        TreeSet<Integer> byDefault = new TreeSet<>();
        int scriptList = u16(4);
        int scripts = u16(scriptList);
        for (int s = 0; s < scripts; s++) {
            int script = scriptList + u16(scriptList + 2 + 6 * s + 4);
            int defaultLangSys = u16(script);
            if (defaultLangSys == 0) {
                continue;
            }
            int langSys = script + defaultLangSys;
            int required = u16(langSys + 2);
            if (required != 0xFFFF && tagged.contains(required)) {
                byDefault.add(required);
            }
            int count = u16(langSys + 4);
            for (int i = 0; i < count; i++) {
                int index = u16(langSys + 6 + 2 * i);
                if (tagged.contains(index)) {
                    byDefault.add(index);
                }
            }
        }
        return byDefault.isEmpty() ? tagged : new ArrayList<>(byDefault);
    }

    private List<Subtable> subtables(int lookup) {
        int type = u16(lookup);
        int count = u16(lookup + 4);
        List<Subtable> subtables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int offset = lookup + u16(lookup + 6 + 2 * i);
            if (type == extensionType) {
                int actualType = u16(offset + 2);
                subtables.add(new Subtable(actualType, offset + table.getInt(offset + 4)));
            } else {
                subtables.add(new Subtable(type, offset));
            }
        }
        return subtables;
    }

    /** An unsigned 16-bit number at {@code at}. */
    int u16(int at) {
        return Short.toUnsignedInt(table.getShort(at));
    }

    /** A signed 16-bit number at {@code at}. */
    int s16(int at) {
        return table.getShort(at);
    }

    private String tag(int at) {
        char[] tag = new char[4];
        for (int i = 0; i < 4; i++) {
            tag[i] = (char) (table.get(at + i) & 0xFF);
        }
        return new String(tag);
    }

    /**
     * The coverage table at {@code at} as, per glyph id below {@code glyphs}, its coverage index
     * plus one (0: not covered); a lookup per letter pair is then one array read.
     */
    char[] coverage(int at, int glyphs) {
        char[] indexOf = new char[glyphs];
        int format = u16(at);
        if (format == 1) {
            int count = u16(at + 2);
            for (int i = 0; i < count; i++) {
                int gid = u16(at + 4 + 2 * i);
                if (gid < glyphs) {
                    indexOf[gid] = (char) (i + 1);
                }
            }
        } else if (format == 2) {
            int ranges = u16(at + 2);
            for (int r = 0; r < ranges; r++) {
                int record = at + 4 + 6 * r;
                int start = u16(record);
                int end = u16(record + 2);
                int first = u16(record + 4);
                for (int gid = start; gid <= end && gid < glyphs; gid++) {
                    indexOf[gid] = (char) (first + gid - start + 1);
                }
            }
        }
        return indexOf;
    }

    /** The class definition at {@code at} as a class per glyph id below {@code glyphs} (0 when unlisted). */
    char[] classes(int at, int glyphs) {
        char[] classOf = new char[glyphs];
        int format = u16(at);
        if (format == 1) {
            int start = u16(at + 2);
            int count = u16(at + 4);
            for (int i = 0; i < count && start + i < glyphs; i++) {
                classOf[start + i] = (char) u16(at + 6 + 2 * i);
            }
        } else if (format == 2) {
            int ranges = u16(at + 2);
            for (int r = 0; r < ranges; r++) {
                int record = at + 4 + 6 * r;
                int end = u16(record + 2);
                char value = (char) u16(record + 4);
                for (int gid = u16(record); gid <= end && gid < glyphs; gid++) {
                    classOf[gid] = value;
                }
            }
        }
        return classOf;
    }
}
