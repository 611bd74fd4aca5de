package dev.galley.core.labels;

import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Galley's own words in one language, ready to use: texts with their placeholders filled,
 * counts in the language's plural form, dates, months and lists as the language writes them.
 * Complete: a key the language's table lacks has its English text (see {@link LabelBook}).
 * Immutable and safe to share between threads.
 */
public final class Labels {

    private final String languageTag;
    private final Locale locale;
    private final Map<LabelKey, Label> table;
    private final DateTimeFormatter date;
    private final DateTimeFormatter firstDay;
    private final DateTimeFormatter month;
    private final DateTimeFormatter time;

    Labels(String languageTag, Map<LabelKey, Label> table) {
        this.languageTag = Objects.requireNonNull(languageTag);
        this.locale = Locale.forLanguageTag(languageTag);
        this.table = new EnumMap<>(table);
        for (LabelKey key : LabelKey.values()) {
            if (!this.table.containsKey(key)) {
                throw new IllegalArgumentException("no label " + key.key() + " for " + languageTag);
            }
        }
        this.date = formatter(LabelKey.DATE_FORMAT);
        this.firstDay = formatter(LabelKey.FIRST_DAY_FORMAT);
        this.month = formatter(LabelKey.MONTH_FORMAT);
        this.time = formatter(LabelKey.TIME_FORMAT);
    }

    private DateTimeFormatter formatter(LabelKey key) {
        return DateTimeFormatter.ofPattern(raw(key), locale);
    }

    /** The language these labels are for, as a BCP 47 tag. */
    public String languageTag() {
        return languageTag;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, its placeholders filled from {@code values}: name, value, name, value… */
    public String text(LabelKey key, String... values) {
        return fill(raw(key), values);
    }

    /** The form of {@code key} for {@code count}, {@code {count}} and the other placeholders filled. */
    public String count(LabelKey key, long count, String... values) {
        Label label = table.get(key);
        String form = label instanceof Label.Plural plural
                ? plural.form(PluralRules.category(languageTag, count))
                : ((Label.Text) label).text();
        String[] all = new String[values.length + 2];
        all[0] = "count";
        all[1] = Long.toString(count);
        System.arraycopy(values, 0, all, 2, values.length);
        return fill(form, all);
    }

    /** The plural forms of {@code key}, for a script that counts in the reader's browser. */
    public Map<PluralCategory, String> forms(LabelKey key) {
        Label label = table.get(key);
        return label instanceof Label.Plural plural ? plural.forms()
                : Map.of(PluralCategory.OTHER, ((Label.Text) label).text());
    }

    /** A day as the language writes it in running text: "30 January 2025", "30. Januar 2025". */
    public String date(LocalDate day) {
        return (day.getDayOfMonth() == 1 ? firstDay : date).format(day);
    }

    /** A month as a heading: "January 2025", "Январь 2025" (capitalised, as headings are). */
    public String month(YearMonth yearMonth) {
        String text = month.format(yearMonth.atDay(1));
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    public String time(LocalTime at) {
        return time.format(at);
    }

    /** Names joined as the language lists them: "A", "A and B", "A, B and C". */
    public String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        String last = items.get(items.size() - 1);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + raw(LabelKey.AND) + " " + last;
    }

    /** A number with one decimal, with the language's decimal separator: "1.2", "1,2". */
    public String decimal(double value) {
        long tenths = Math.round(value * 10);
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return (tenths / 10) + String.valueOf(separator) + (tenths % 10);
    }

    /** Text in capitals as the language writes them ("ENTWURF"), for stamps and labels. */
    public String upper(String text) {
        return text.toUpperCase(locale);
    }

    /**
     * {@link #text}, its own words in capitals and the values as they are: "SPERRFRIST BIS
     * 1. Dezember 2026, 08:30 UHR UTC" keeps the date readable in a handling label.
     */
    public String shout(LabelKey key, String... values) {
        return fill(raw(key), this::upper, values);
    }

    private String raw(LabelKey key) {
        Label label = table.get(key);
        return label instanceof Label.Text text ? text.text() : ((Label.Plural) label).form(PluralCategory.OTHER);
    }

    /**
     * Splits {@code text} around its {@code {placeholder}}, for markup that wraps the value
     * ("Published <time>…</time>"): puts the text before and after it into {@code into} as
     * {@code before} and {@code after}, or {@code prefixBefore} and {@code prefixAfter}. Without
     * the placeholder, all of it is the text before.
     */
    public static void around(String text, String placeholder, Map<String, Object> into, String prefix) {
        String mark = "{" + placeholder + "}";
        int at = text.indexOf(mark);
        String before = at < 0 ? text : text.substring(0, at);
        String after = at < 0 ? "" : text.substring(at + mark.length());
        into.put(prefix.isEmpty() ? "before" : prefix + "Before", before);
        into.put(prefix.isEmpty() ? "after" : prefix + "After", after);
    }

    /** {@code {name}} replaced by its value; braces with any other content are left as they are. */
    static String fill(String pattern, String... values) {
        return pattern.indexOf('{') < 0 ? pattern : fill(pattern, java.util.function.UnaryOperator.identity(), values);
    }

    /** {@link #fill}, the pattern's own words passed through {@code words} (the values are not). */
    private static String fill(String pattern, java.util.function.UnaryOperator<String> words, String... values) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                out.append(words.apply(pattern.substring(i)));
                break;
            }
            out.append(words.apply(pattern.substring(i, open)));
            String name = pattern.substring(open + 1, close);
            String value = null;
            for (int k = 0; k + 1 < values.length; k += 2) {
                if (values[k].equals(name)) {
                    value = values[k + 1];
                    break;
                }
            }
            out.append(value != null ? value : pattern.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "Labels[" + languageTag + "]";
    }
}
