package dev.galley.render.pdf.hyphen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Liang's hyphenation (Franklin Liang, "Word Hy-phen-a-tion by Com-put-er", 1983, as in TeX) from
 * the LibreOffice pattern files shipped unmodified as resources: first line the charset, then
 * {@code LEFTHYPHENMIN}/{@code RIGHTHYPHENMIN} (and other keyword) lines, then one pattern per
 * line. German's file has two levels separated by {@code NEXTLEVEL}, used as libhyphen uses them:
 * the first finds the boundaries of compound words, the second hyphenates each part (alone, the
 * second level breaks "zusammen-arbeit" as "zusamme-n-a-r-beit").
 *
 * <p>Russian's file is a TeX file barely converted: after its patterns it keeps TeX's
 * {@code \hyphenation{…}} list of words the patterns get wrong, which libhyphen reads as more
 * patterns (and so ignores). Here those words are hyphenated as the list says, as TeX does. Its
 * patterns have no "ё" (texts mostly write "е" for it): a word with "ё" is matched as with "е",
 * the same vowel to a syllable, or "по-лёт" would not be hyphenated at all.
 *
 * <p>Immutable after loading; one instance per language is shared by all threads.
 */
public final class Hyphenator {

    private static final String RESOURCE_DIR = "/dev/galley/render/pdf/hyphen/";
    /** Whether the compound level of two-level files is applied; see the class comment. */
    private static final boolean USE_COMPOUND_LEVEL = true;
    private static final Map<String, Optional<Hyphenator>> CACHE = new ConcurrentHashMap<>();

    /**
     * One level of patterns: letters (with '.' for a word edge) to the values around them. The
     * map is a HashMap no one changes once the level is made (the record's final field publishes
     * it safely): an immutable copy cost a rehash of every pattern.
     */
    private record Level(Map<String, byte[]> patterns, int maxLength) {
    }

    /** The compound level (empty when the file has one level) and the ordinary patterns. */
    private final Level compound;
    private final Level ordinary;
    private final int leftMin;
    private final int rightMin;
    private final int compoundLeftMin;
    private final int compoundRightMin;
    /** Whole words (lower case) the file hyphenates by hand, to their points; usually none. */
    private final Map<String, int[]> exceptions;
    /** Whether "ё" is matched as "е": for a file whose patterns have the one but not the other. */
    private final boolean yoAsYe;

    /**
     * Words already hyphenated. Prose repeats its words (a briefing uses a few hundred distinct
     * ones thousands of times), and matching patterns is the costliest step of setting a
     * paragraph. Bounded, so hostile input cannot grow it without end.
     */
    private final Map<String, int[]> known = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN_WORDS = 100_000;
    /** No hyphenation point: shared, since an empty array cannot be changed. */
    private static final int[] NONE = new int[0];

    private Hyphenator(Level compound, Level ordinary, int leftMin, int rightMin, int compoundLeftMin,
                       int compoundRightMin, Map<String, int[]> exceptions, boolean yoAsYe) {
        this.compound = compound;
        this.ordinary = ordinary;
        this.leftMin = leftMin;
        this.rightMin = rightMin;
        this.compoundLeftMin = compoundLeftMin;
        this.compoundRightMin = compoundRightMin;
        this.exceptions = exceptions;
        this.yoAsYe = yoAsYe;
    }

    /**
     * The hyphenator for a BCP 47 language tag ({@code en}, {@code en-GB}, {@code de-AT}…), or
     * empty when Galley has no patterns for the language (its text is then not hyphenated).
     */
    public static Optional<Hyphenator> forLanguage(String languageTag) {
        String file = fileFor(languageTag);
        if (file == null) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(file, f -> Optional.of(load(f)));
    }

    /**
     * Whether text in the language is hyphenated, without reading its patterns: for a warning
     * that a briefing's language has none (its PDF is then set ragged right).
     */
    public static boolean hasPatterns(String languageTag) {
        return fileFor(languageTag) != null;
    }

    /**
     * The pattern file for a tag: by its language, and for English and Portuguese by its region,
     * whose conventions differ. Case and {@code _} for {@code -} are forgiven: Java's
     * {@code Locale.toString()} writes {@code pt_BR}, and people copy it.
     */
    static String fileFor(String languageTag) {
        if (languageTag == null) {
            return null;
        }
        String tag = languageTag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = tag.indexOf('-');
        String language = dash < 0 ? tag : tag.substring(0, dash);
        return switch (language) {
            case "en" -> BRITISH_ENGLISH.contains(region(tag)) ? "hyph_en_GB.dic" : "hyph_en_US.dic";
            case "de" -> "hyph_de_DE.dic";
            case "fr" -> "hyph_fr.dic";
            case "es" -> "hyph_es_ES.dic";
            case "it" -> "hyph_it_IT.dic";
            case "nl" -> "hyph_nl_NL.dic";
            case "pl" -> "hyph_pl_PL.dic";
            // Brazil's patterns for Brazil; Portugal's for Portugal and the other countries,
            // whose orthography follows Portugal's.
            case "pt" -> region(tag).equals("br") ? "hyph_pt_BR.dic" : "hyph_pt_PT.dic";
            case "ru" -> "hyph_ru_RU.dic";
            case "uk" -> "hyph_uk_UA.dic";
            default -> null;
        };
    }

    /**
     * Regions whose English hyphenates as Britain's, by a word's parts where American usage goes
     * by its sounds (British "know-ledge", American "knowl-edge"): Britain, Ireland, Europe
     * ({@code 150}) and the Commonwealth outside North America. Canada, between the two, keeps
     * the American patterns, as do other regions and a tag without one. {@code uk} is no region
     * code, but is written for Britain often enough.
     */
    private static final java.util.Set<String> BRITISH_ENGLISH = java.util.Set.of(
            "gb", "uk", "ie", "im", "je", "gg", "gi", "mt", "cy", "150",
            "au", "nz", "fj", "pg",
            "za", "na", "bw", "zw", "zm", "mw", "ke", "ug", "tz", "ng", "gh", "sl", "gm", "mu",
            "in", "pk", "bd", "lk", "sg", "my", "hk",
            "jm", "tt", "bb", "bs", "bz", "gy");

    /**
     * The region subtag of a lower-case tag ({@code br} in {@code pt-latn-br}), or "" when it
     * has none: the first subtag after the language of two letters or three digits, before any
     * variant or extension. Extended language (three letters) and script (four) subtags are
     * passed over.
     */
    private static String region(String tag) {
        int from = tag.indexOf('-') + 1;
        while (from > 0 && from < tag.length()) {
            int to = tag.indexOf('-', from);
            if (to < 0) {
                to = tag.length();
            }
            int length = to - from;
            if (length == 2 || (length == 3 && Character.isDigit(tag.charAt(from)))) {
                return tag.substring(from, to);
            }
            if (length != 3 && length != 4) {
                return ""; // a variant or an extension: the region would have come before it
            }
            from = to + 1;
        }
        return "";
    }

    private static Hyphenator load(String file) {
        try (InputStream in = Hyphenator.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("hyphenation patterns " + file + " are not on the class path");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hyphenation patterns " + file, e);
        }
    }

    /** Parses a pattern file in LibreOffice's {@code .dic} format. */
    public static Hyphenator parse(byte[] bytes) {
        int firstNewline = 0;
        while (firstNewline < bytes.length && bytes[firstNewline] != '\n') {
            firstNewline++;
        }
        String charsetName = new String(bytes, 0, firstNewline, StandardCharsets.US_ASCII).trim();
        Charset charset = Charset.isSupported(charsetName) ? Charset.forName(charsetName) : StandardCharsets.UTF_8;
        String text = new String(bytes, Math.min(firstNewline + 1, bytes.length),
                Math.max(0, bytes.length - firstNewline - 1), charset);
        Map<String, byte[]> patterns = new HashMap<>();
        Level first = null;
        int leftMin = 2;
        int rightMin = 2;
        int compoundLeftMin = 2;
        int compoundRightMin = 2;
        int maxLength = 0;
        Map<String, int[]> exceptions = Map.of();
        boolean inExceptions = false;
        boolean ye = false;
        boolean yo = false;
        for (int from = 0, to; from < text.length(); from = to + 1) {
            // Lines found by hand: a regular expression over the whole file was a third of
            // loading it on a cold JVM. trim() takes a CR before the LF with the other spaces.
            to = text.indexOf('\n', from);
            if (to < 0) {
                to = text.length();
            }
            String line = text.substring(from, to).trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("%")) {
                continue;
            }
            // TeX's braces and commands, left in a converted file (Russian's): never letters of a
            // pattern. Words after "\hyphenation{" are exceptions, up to its closing brace.
            char lead = line.charAt(0);
            if (lead == '\\') {
                inExceptions = line.startsWith("\\hyphenation{");
                if (!inExceptions) {
                    continue;
                }
                line = line.substring("\\hyphenation{".length());
                if (exceptions.isEmpty()) {
                    exceptions = new HashMap<>();
                }
            }
            if (inExceptions) {
                inExceptions = addExceptions(line, exceptions);
                continue;
            }
            if (lead == '}') {
                continue;
            }
            // The first word, and the one after it: split by hand, not by a regular expression,
            // as this runs for each of the file's tens of thousands of lines on a cold JVM.
            int end = wordEnd(line, 0);
            String pattern = line.substring(0, end);
            // Keywords start with a capital, patterns (almost) never: most lines skip the
            // switch's hashing, and a capitalised pattern still falls through to the default.
            char head = pattern.charAt(0);
            switch (head >= 'A' && head <= 'Z' ? pattern : "") {
                case "LEFTHYPHENMIN" -> { leftMin = Integer.parseInt(secondWord(line, end)); continue; }
                case "RIGHTHYPHENMIN" -> { rightMin = Integer.parseInt(secondWord(line, end)); continue; }
                case "COMPOUNDLEFTHYPHENMIN" -> { compoundLeftMin = Integer.parseInt(secondWord(line, end)); continue; }
                case "COMPOUNDRIGHTHYPHENMIN" -> { compoundRightMin = Integer.parseInt(secondWord(line, end)); continue; }
                case "NOHYPHEN" -> { continue; }
                case "NEXTLEVEL" -> {
                    first = new Level(patterns, maxLength);
                    patterns = new HashMap<>();
                    maxLength = 0;
                    continue;
                }
                default -> { }
            }
            if (pattern.indexOf('/') >= 0 || pattern.indexOf('-') >= 0) {
                // Non-standard (replacing) patterns, and patterns around a hyphen: the words
                // given to hyphenate() are runs of letters, split at hyphens already.
                continue;
            }
            StringBuilder letters = new StringBuilder();
            byte[] values = new byte[pattern.length() + 1];
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c >= '0' && c <= '9') {
                    values[letters.length()] = (byte) (c - '0');
                } else {
                    c = Character.toLowerCase(c);
                    ye |= c == '\u0435'; // Cyrillic е
                    yo |= c == '\u0451'; // ё
                    letters.append(c);
                }
            }
            String key = letters.toString();
            byte[] trimmed = java.util.Arrays.copyOf(values, key.length() + 1);
            byte[] existing = patterns.get(key);
            if (existing != null) {
                for (int i = 0; i < trimmed.length; i++) {
                    trimmed[i] = (byte) Math.max(trimmed[i], existing[i]);
                }
            }
            patterns.put(key, trimmed);
            maxLength = Math.max(maxLength, key.length());
        }
        Level last = new Level(patterns, maxLength);
        if (first != null && first.patterns().isEmpty()) {
            first = null; // French's file starts with NEXTLEVEL: one level, with nothing before it
        }
        return new Hyphenator(first, last, leftMin, rightMin, compoundLeftMin, compoundRightMin, exceptions,
                ye && !yo);
    }

    /**
     * Adds the words of a line of a TeX {@code \hyphenation} list, hyphens at their points
     * ({@code биз-нес-мен}), to {@code exceptions}; false when the line closes the list.
     */
    private static boolean addExceptions(String line, Map<String, int[]> exceptions) {
        for (int start = 0; start < line.length(); ) {
            int end = wordEnd(line, start);
            String word = line.substring(start, end);
            int brace = word.indexOf('}');
            if (brace >= 0) {
                word = word.substring(0, brace);
            }
            if (!word.isEmpty()) {
                StringBuilder letters = new StringBuilder(word.length());
                int[] points = new int[word.length()];
                int count = 0;
                for (int i = 0; i < word.length(); i++) {
                    char c = word.charAt(i);
                    if (c == '-') {
                        points[count++] = letters.length();
                    } else {
                        letters.append(Character.toLowerCase(c));
                    }
                }
                exceptions.put(letters.toString(), java.util.Arrays.copyOf(points, count));
            }
            if (brace >= 0) {
                return false;
            }
            start = end;
            while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
        }
        return true;
    }

    /** Where the word starting at {@code from} ends: at white space or the end of {@code line}. */
    private static int wordEnd(String line, int from) {
        int i = from;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The word after the white space at {@code end}; empty when there is none. */
    private static String secondWord(String line, int end) {
        int start = end;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        return line.substring(start, wordEnd(line, start));
    }

    public int leftMin() {
        return leftMin;
    }

    public int rightMin() {
        return rightMin;
    }

    /**
     * The offsets in {@code word} (a run of letters) before which a hyphen may go, ascending; none
     * within the first {@link #leftMin()} or last {@link #rightMin()} letters. Words with anything
     * but letters, or in capitals only (acronyms), are not hyphenated.
     */
    public int[] hyphenate(String word) {
        if (word.length() < leftMin + rightMin) {
            return NONE; // most words of prose: no lookup, no copy
        }
        int[] points = known.get(word);
        if (points == null) {
            points = compute(word);
            if (known.size() < MAX_KNOWN_WORDS) {
                known.put(word, points);
            }
        }
        return points.length == 0 ? NONE : points.clone();
    }

    private int[] compute(String word) {
        int n = word.length();
        if (n < leftMin + rightMin || !hyphenatable(word)) {
            return new int[0];
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() != n) {
            return new int[0]; // lower-casing changed the length
        }
        if (yoAsYe) {
            lower = lower.replace('\u0451', '\u0435'); // ё as е
        }
        int[] exception = exceptions.get(lower);
        if (exception != null) {
            return within(exception, leftMin, n - rightMin);
        }
        // Ukrainian's apostrophe is part of its words; written as the modifier letter U+02BC
        // (a letter, so the word reaches here whole) it is the ASCII one of the patterns.
        return withoutSingleLetters(rawPoints(lower.replace('\u02BC', '\'')));
    }

    /** The points from {@code min} to {@code max}: TeX keeps an exception's hyphens to them too. */
    private static int[] within(int[] points, int min, int max) {
        int[] kept = new int[points.length];
        int count = 0;
        for (int p : points) {
            if (p >= min && p <= max) {
                kept[count++] = p;
            }
        }
        return java.util.Arrays.copyOf(kept, count);
    }

    /**
     * Drops runs of three or more points one letter apart ("zusamme-n-a-r-beit"): there the
     * patterns are guessing, and any of those breaks reads badly. A single one-letter syllable
     * stays (Pres-i-dent, cred-i-bil-i-ty are right).
     */
    private static int[] withoutSingleLetters(int[] points) {
        int[] kept = new int[points.length];
        int count = 0;
        int i = 0;
        while (i < points.length) {
            int j = i;
            while (j + 1 < points.length && points[j + 1] - points[j] == 1) {
                j++;
            }
            if (j - i + 1 < 3) {
                for (int k = i; k <= j; k++) {
                    kept[count++] = points[k];
                }
            }
            i = j + 1;
        }
        return java.util.Arrays.copyOf(kept, count);
    }

    private int[] rawPoints(String lower) {
        int n = lower.length();
        if (compound == null || !USE_COMPOUND_LEVEL) {
            return points(ordinary, lower, leftMin, rightMin);
        }
        // Compound boundaries first, then the ordinary patterns inside each part.
        int[] boundaries = points(compound, lower, Math.max(leftMin, compoundLeftMin),
                Math.max(rightMin, compoundRightMin));
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        int from = 0;
        for (int k = 0; k <= boundaries.length; k++) {
            int to = k < boundaries.length ? boundaries[k] : n;
            if (k < boundaries.length) {
                all.add(to);
            }
            int left = k == 0 ? leftMin : compoundLeftMin;
            int right = k == boundaries.length ? rightMin : compoundRightMin;
            for (int p : points(ordinary, lower.substring(from, to), left, right)) {
                all.add(from + p);
            }
            from = to;
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] points(Level level, String lower, int leftMin, int rightMin) {
        int n = lower.length();
        if (n < leftMin + rightMin) {
            return new int[0];
        }
        String dotted = "." + lower + ".";
        byte[] values = new byte[dotted.length() + 1];
        for (int start = 0; start < dotted.length(); start++) {
            int maxEnd = Math.min(dotted.length(), start + level.maxLength());
            for (int end = start + 1; end <= maxEnd; end++) {
                byte[] pattern = level.patterns().get(dotted.substring(start, end));
                if (pattern != null) {
                    for (int k = 0; k < pattern.length; k++) {
                        if (pattern[k] > values[start + k]) {
                            values[start + k] = pattern[k];
                        }
                    }
                }
            }
        }
        // values[i] sits before dotted[i]; dotted[i] is the word's letter i - 1, so a break
        // before letter j is values[j + 1].
        int[] points = new int[n];
        int count = 0;
        for (int j = Math.max(1, leftMin); j <= n - Math.max(1, rightMin); j++) {
            if ((values[j + 1] & 1) == 1) {
                points[count++] = j;
            }
        }
        return java.util.Arrays.copyOf(points, count);
    }

    /** {@code word} with {@code -} at each hyphenation point, for tests and debugging. */
    public String show(String word) {
        StringBuilder out = new StringBuilder(word);
        int[] points = hyphenate(word);
        for (int i = points.length - 1; i >= 0; i--) {
            out.insert(points[i], '-');
        }
        return out.toString();
    }

    private static boolean hyphenatable(String word) {
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        return lower;
    }

    /** For tests: parse patterns given as text, in UTF-8 with the charset line first. */
    static Hyphenator parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
