package dev.galley.render.pdf.font;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds small {@code GSUB} and {@code GPOS} tables byte by byte from the OpenType
 * specification's layouts, so that tests can give the readers exactly the structures they must
 * handle (both pair formats, extensions, several lookups, language systems).
 */
final class LayoutTableBuilder {

    /** A lookup of {@code type} with its subtables, each laid out from its own start. */
    record Lookup(int type, List<byte[]> subtables) {
        static Lookup of(int type, byte[]... subtables) {
            return new Lookup(type, List.of(subtables));
        }
    }

    /** A feature: its tag, the lookups it names, and whether the default language system lists it. */
    record Feature(String tag, int[] lookups, boolean byDefault) {
        static Feature of(String tag, int... lookups) {
            return new Feature(tag, lookups, true);
        }

        /** Listed only by a Turkish language system of the script, not by its default. */
        static Feature turkish(String tag, int... lookups) {
            return new Feature(tag, lookups, false);
        }
    }

    private LayoutTableBuilder() {
    }

    static byte[] table(List<Feature> features, List<Lookup> lookups) {
        List<Integer> byDefault = new ArrayList<>();
        List<Integer> turkish = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            (features.get(i).byDefault() ? byDefault : turkish).add(i);
        }
        byte[] scripts = scriptList(byDefault, turkish);
        byte[] featureList = featureList(features);
        byte[] lookupList = lookupList(lookups);
        Bytes out = new Bytes();
        out.u16(1).u16(0);
        out.u16(10).u16(10 + scripts.length).u16(10 + scripts.length + featureList.length);
        return out.raw(scripts).raw(featureList).raw(lookupList).bytes();
    }

    private static byte[] scriptList(List<Integer> byDefault, List<Integer> turkish) {
        byte[] defaultLangSys = langSys(byDefault);
        byte[] turkishLangSys = langSys(turkish);
        Bytes script = new Bytes();
        int records = turkish.isEmpty() ? 0 : 1;
        int defaultAt = 4 + 6 * records;
        script.u16(defaultAt).u16(records);
        if (records == 1) {
            script.tag("TRK ").u16(defaultAt + defaultLangSys.length);
        }
        script.raw(defaultLangSys);
        if (records == 1) {
            script.raw(turkishLangSys);
        }
        return new Bytes().u16(1).tag("latn").u16(8).raw(script.bytes()).bytes();
    }

    private static byte[] langSys(List<Integer> features) {
        Bytes out = new Bytes().u16(0).u16(0xFFFF).u16(features.size());
        features.forEach(out::u16);
        return out.bytes();
    }

    private static byte[] featureList(List<Feature> features) {
        List<byte[]> tables = new ArrayList<>();
        for (Feature f : features) {
            Bytes t = new Bytes().u16(0).u16(f.lookups().length);
            for (int l : f.lookups()) {
                t.u16(l);
            }
            tables.add(t.bytes());
        }
        Bytes out = new Bytes().u16(features.size());
        int at = 2 + 6 * features.size();
        for (int i = 0; i < features.size(); i++) {
            out.tag(features.get(i).tag()).u16(at);
            at += tables.get(i).length;
        }
        tables.forEach(out::raw);
        return out.bytes();
    }

    private static byte[] lookupList(List<Lookup> lookups) {
        List<byte[]> tables = new ArrayList<>();
        for (Lookup lookup : lookups) {
            Bytes t = new Bytes().u16(lookup.type()).u16(0).u16(lookup.subtables().size());
            int at = 6 + 2 * lookup.subtables().size();
            for (byte[] s : lookup.subtables()) {
                t.u16(at);
                at += s.length;
            }
            lookup.subtables().forEach(t::raw);
            tables.add(t.bytes());
        }
        Bytes out = new Bytes().u16(lookups.size());
        int at = 2 + 2 * lookups.size();
        for (byte[] t : tables) {
            out.u16(at);
            at += t.length;
        }
        tables.forEach(out::raw);
        return out.bytes();
    }

    /** An extension subtable (GSUB type 7, GPOS type 9) holding {@code subtable} of {@code type}. */
    static byte[] extension(int type, byte[] subtable) {
        return new Bytes().u16(1).u16(type).u32(8).raw(subtable).bytes();
    }

    /** A format 1 coverage of {@code glyphs}, ascending. */
    static byte[] coverage(int... glyphs) {
        Bytes out = new Bytes().u16(1).u16(glyphs.length);
        for (int g : glyphs) {
            out.u16(g);
        }
        return out.bytes();
    }

    /**
     * Pair adjustment format 1: {@code pairs} are {first, second, xAdvance}; with
     * {@code withPlacement} value record 1 also carries an XPlacement (of 999) before its XAdvance.
     */
    static byte[] pairsByGlyph(boolean withPlacement, int[]... pairs) {
        TreeMap<Integer, TreeMap<Integer, Integer>> sets = new TreeMap<>();
        for (int[] p : pairs) {
            sets.computeIfAbsent(p[0], k -> new TreeMap<>()).put(p[1], p[2]);
        }
        int format1 = withPlacement ? 0x0005 : 0x0004;
        List<byte[]> setTables = new ArrayList<>();
        for (Map<Integer, Integer> set : sets.values()) {
            Bytes s = new Bytes().u16(set.size());
            set.forEach((second, value) -> {
                s.u16(second);
                if (withPlacement) {
                    s.u16(999);
                }
                s.u16(value);
            });
            setTables.add(s.bytes());
        }
        byte[] coverage = coverage(sets.keySet().stream().mapToInt(Integer::intValue).toArray());
        Bytes out = new Bytes().u16(1);
        int header = 10 + 2 * sets.size();
        out.u16(header).u16(format1).u16(0).u16(sets.size());
        int at = header + coverage.length;
        for (byte[] s : setTables) {
            out.u16(at);
            at += s.length;
        }
        out.raw(coverage);
        setTables.forEach(out::raw);
        return out.bytes();
    }

    /** Pair adjustment format 2: first glyphs and their classes, second glyphs' classes, the matrix of XAdvances. */
    static byte[] pairsByClass(int[] firsts, int[] firstClasses, int[] seconds, int[] secondClasses, int[][] matrix) {
        byte[] coverage = coverage(firsts);
        byte[] classDef1 = classDef(firsts, firstClasses);
        byte[] classDef2 = classDef(seconds, secondClasses);
        int class2Count = matrix[0].length;
        int header = 16 + 2 * matrix.length * class2Count;
        Bytes out = new Bytes().u16(2).u16(header).u16(0x0004).u16(0)
                .u16(header + coverage.length).u16(header + coverage.length + classDef1.length)
                .u16(matrix.length).u16(class2Count);
        for (int[] row : matrix) {
            for (int v : row) {
                out.u16(v);
            }
        }
        return out.raw(coverage).raw(classDef1).raw(classDef2).bytes();
    }

    /** A format 2 class definition: one range per glyph. */
    static byte[] classDef(int[] glyphs, int[] classes) {
        Bytes out = new Bytes().u16(2).u16(glyphs.length);
        for (int i = 0; i < glyphs.length; i++) {
            out.u16(glyphs[i]).u16(glyphs[i]).u16(classes[i]);
        }
        return out.bytes();
    }

    /** Ligature substitution format 1 with one first glyph: each ligature is {ligature glyph, second, third, ...}. */
    static byte[] ligatures(int first, int[]... ligatures) {
        byte[] coverage = coverage(first);
        List<byte[]> tables = new ArrayList<>();
        for (int[] l : ligatures) {
            Bytes t = new Bytes().u16(l[0]).u16(l.length);
            for (int i = 1; i < l.length; i++) {
                t.u16(l[i]);
            }
            tables.add(t.bytes());
        }
        Bytes set = new Bytes().u16(tables.size());
        int at = 2 + 2 * tables.size();
        for (byte[] t : tables) {
            set.u16(at);
            at += t.length;
        }
        tables.forEach(set::raw);
        return new Bytes().u16(1).u16(8).u16(1).u16(8 + coverage.length).raw(coverage).raw(set.bytes()).bytes();
    }

    /** Single substitution format 1: every covered glyph plus {@code delta}. */
    static byte[] singleByDelta(int delta, int... glyphs) {
        return new Bytes().u16(1).u16(6).u16(delta).raw(coverage(glyphs)).bytes();
    }

    /** Single substitution format 2: {@code glyphs[i]} becomes {@code substitutes[i]}. */
    static byte[] singleByList(int[] glyphs, int[] substitutes) {
        Bytes out = new Bytes().u16(2).u16(6 + 2 * substitutes.length).u16(substitutes.length);
        for (int s : substitutes) {
            out.u16(s);
        }
        return out.raw(coverage(glyphs)).bytes();
    }

    private static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes u16(int v) {
            out.write(v >> 8 & 0xFF);
            out.write(v & 0xFF);
            return this;
        }

        Bytes u32(int v) {
            return u16(v >>> 16).u16(v & 0xFFFF);
        }

        Bytes tag(String tag) {
            out.writeBytes(tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return this;
        }

        Bytes raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
