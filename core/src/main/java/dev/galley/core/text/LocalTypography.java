package dev.galley.core.text;

import java.util.Locale;
import java.util.Set;

/**
 * Where a language's print rules forbid a line break at a space, applied to running text by
 * both renderers: the space becomes a no-break space, and French punctuation gets the space
 * its typography asks for, typed or not. The author's quotes and letters are never changed.
 *
 * <ul>
 *   <li>{@code numbers}: no break inside a number grouped with spaces ("41 600"), between a
 *       number and a unit, per cent or currency written after it ("62 %", "2,10 €", "12 km"),
 *       or between a currency sign and the number after it ("€ 2,10").</li>
 *   <li>{@code frenchSpacing}: a narrow no-break space before {@code ; ! ?} and a no-break space
 *       before {@code :} and inside {@code « »}, as the Imprimerie nationale's rules have it; a
 *       plain space the author typed there is turned into it, a missing one is added. Not in
 *       addresses, times or ratios ("https://", "12:30", "?q="): the mark must end a word.</li>
 *   <li>{@code dashes}: a dash set with spaces as punctuation ("ein Hafen – im Umbau", "37 — больше")
 *       stays at the end of its line rather than opening the next, as German, Russian and French
 *       typesetters require: the space before it becomes a no-break space. A dash that opens a
 *       paragraph (Russian dialogue) has no space before it and is left; at the start of a run
 *       the space follows an emphasis or a link, so it is kept with it too.</li>
 * </ul>
 *
 * @param numbers       keep numbers with their groups and units
 * @param frenchSpacing French spaces around punctuation
 * @param dashes        keep a spaced dash with the word before it
 * @param narrowSpace   the narrow no-break space to use: U+202F, or U+00A0 where a font lacks it
 */
public record LocalTypography(boolean numbers, boolean frenchSpacing, boolean dashes, char narrowSpace) {

    public static final char NO_BREAK_SPACE = '\u00A0';
    public static final char NARROW_NO_BREAK_SPACE = '\u202F';

    /** No rules: the text as written. */
    public static final LocalTypography NONE = new LocalTypography(false, false, false, NARROW_NO_BREAK_SPACE);

    /**
     * Unit words kept with the number before them. Symbols (currency, %, °) are recognised by
     * their Unicode class; these are the words and abbreviations that follow numbers in the
     * shipped languages' newspapers.
     */
    private static final Set<String> UNITS = Set.of(
            "km", "m", "cm", "mm", "km²", "m²", "m³", "ha", "kg", "g", "mg", "t", "l", "ml", "h", "min", "s",
            "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "V", "kV", "Hz", "dB", "bar", "TEU", "EVP",
            "Mio.", "Mrd.", "Tsd.", "Euro", "Prozent", "Mio", "Mrd",
            "euros", "euro", "millions", "milliards", "million", "milliard",
            "млн", "млрд", "тыс.", "руб.", "км", "кг", "т", "м", "га", "грн", "млн.", "млрд.",
            "mln", "mld", "tys.", "zł", "mln.", "mld.",
            "mil", "millones", "milioni", "miliardi", "miljoen", "miljard", "milhões");

    /**
     * The rules a language follows by default: numbers and dashes kept with their words
     * everywhere, French spacing in French.
     */
    public static LocalTypography defaultsFor(String languageTag) {
        String language = languageTag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return new LocalTypography(true, language.equals("fr"), true, NARROW_NO_BREAK_SPACE);
    }

    /** The same rules with another narrow space, for a font without U+202F. */
    public LocalTypography withNarrowSpace(char space) {
        return new LocalTypography(numbers, frenchSpacing, dashes, space);
    }

    /** Whether {@link #apply} can change anything. */
    public boolean active() {
        return numbers || frenchSpacing || dashes;
    }

    /** {@code text} with the language's no-break spaces; the same string when nothing applies. */
    public String apply(String text) {
        if (!active() || text.isEmpty() || (!frenchSpacing && !mayKeepSpace(text))) {
            return text;
        }
        return everySpace(text);
    }

    /** {@link #apply}'s rules asked at every character, whatever the text holds. */
    String everySpace(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (c == ' ') {
                char space = spaceAt(text, i);
                replacement = space == 0 ? null : String.valueOf(space);
            } else if (frenchSpacing && needsSpaceBefore(text, i) && (i == 0 || !isSpace(text.charAt(i - 1)))) {
                // at i == 0 the mark follows an emphasis or a link in the same paragraph: "*vraiment*?"
                replacement = "" + spaceBefore(c) + c;
            } else if (frenchSpacing && c == '\u00AB' && i + 1 < n && !isSpace(text.charAt(i + 1))) {
                replacement = "" + c + NO_BREAK_SPACE;
            }
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 8).append(text, 0, i);
            }
            out.append(replacement);
        }
        return out == null ? text : out.toString();
    }

    /**
     * Whether a space of {@code text} may become a no-break space by the rules for numbers and
     * dashes: each needs a digit, a currency sign or a dash beside the space, and most runs of
     * text hold none, so one look at each character spares the rules at every space.
     */
    private static boolean mayKeepSpace(String text) {
        // a copy read as an array is faster on the first JIT tier than String.charAt
        for (char c : text.toCharArray()) {
            if (c < 0x80 ? isDigit(c) || c == '$'
                    : c == '\u2013' || c == '\u2014' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
                return true;
            }
        }
        return false;
    }

    /** What the plain space at {@code i} must become: a no-break space, or 0 to leave it. */
    private char spaceAt(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : 0;
        char after = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (frenchSpacing) {
            if (needsSpaceBefore(text, i + 1) && before != ' ') {
                return spaceBefore(after);
            }
            if (before == '\u00AB' || after == '\u00BB') {
                return NO_BREAK_SPACE;
            }
        }
        if (dashes && (after == '\u2013' || after == '\u2014') && !isSpace(before)
                && (i + 2 == text.length() || isSpace(text.charAt(i + 2)))) {
            return NO_BREAK_SPACE;
        }
        if (numbers) {
            if (isDigit(before) && groupOfThree(text, i + 1)) {
                return NO_BREAK_SPACE;
            }
            if (isDigit(before) && unitAt(text, i + 1)) {
                return NO_BREAK_SPACE;
            }
            if (Character.getType(before) == Character.CURRENCY_SYMBOL && isDigit(after)
                    && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)))) {
                return NO_BREAK_SPACE;
            }
        }
        return 0;
    }

    private char spaceBefore(char mark) {
        return mark == ':' || mark == '\u00BB' ? NO_BREAK_SPACE : narrowSpace;
    }

    /**
     * Whether the mark at {@code i} is French punctuation that takes a space before it: it
     * follows a word (or a closing mark) and ends one, so "12:30", "https://" and "?q=" are left.
     */
    private static boolean needsSpaceBefore(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '\u00BB') {
            return i > 0 && !isSpace(text.charAt(i - 1));
        }
        if (c != ';' && c != ':' && c != '!' && c != '?') {
            return false;
        }
        // only the first of "?!" or "!!!" takes the space
        int before = i - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0 && isMark(text.charAt(before))) {
            return false;
        }
        if (before >= 0 && (text.charAt(before) == '(' || text.charAt(before) == '[')) {
            return false;
        }
        int after = i + 1;
        while (after < text.length() && isMark(text.charAt(after))) {
            after++;
        }
        if (after == text.length()) {
            return true;
        }
        char next = text.charAt(after);
        return isSpace(next) || next == ')' || next == ']' || next == '\u00BB' || next == '"'
                || next == '\u201D' || next == '\u2019' || next == ',' || next == '.';
    }

    private static boolean isMark(char c) {
        return c == ';' || c == ':' || c == '!' || c == '?';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == NO_BREAK_SPACE || c == NARROW_NO_BREAK_SPACE || c == '\u2009' || c == '\t'
                || c == '\n';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Three digits at {@code from}, then no fourth: the next group of "41 600". */
    private static boolean groupOfThree(String text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return from + 3 == text.length() || !isDigit(text.charAt(from + 3));
    }

    /** A unit, per cent or currency sign at {@code from}, ending there as a word. */
    private static boolean unitAt(String text, int from) {
        if (from >= text.length()) {
            return false;
        }
        char c = text.charAt(from);
        int type = Character.getType(c);
        if (c == '%' || c == '\u2030' || c == '\u00B0' || type == Character.CURRENCY_SYMBOL) {
            return true;
        }
        int end = from;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '²'
                || text.charAt(end) == '³')) {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '.') {
            end++;
        }
        if (end == from) {
            return false;
        }
        String word = text.substring(from, end);
        if (UNITS.contains(word)) {
            return true;
        }
        // "Mio" in "Mio.", or a unit followed by a full stop that ends the sentence
        return word.endsWith(".") && UNITS.contains(word.substring(0, word.length() - 1));
    }
}
