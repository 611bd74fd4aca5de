package dev.galley.core.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as site generators write it in front matter, read into the day a reader is shown and,
 * when a time is given, the instant feeds and metadata carry. The forms: {@code 2025-10-07},
 * {@code 2025/10/07}, and either followed by a time ({@code T} or a space, then {@code HH:MM},
 * seconds and a fraction optional) with or without a zone ({@code Z}, {@code +02:00},
 * {@code +0200}, {@code +02}, a space before it allowed): YAML timestamps, ISO 8601, Jekyll's
 * {@code 2013-05-06 02:12:52 +0200}, Hugo's and Eleventy's quoted strings.
 *
 * @param day     the day shown
 * @param instant the moment, when a time was written
 */
record FrontMatterDate(LocalDate day, Optional<OffsetDateTime> instant) {

    /** What an editor is told the forms are, in an error about a date that is none of them. */
    static final String FORMS = "a date such as 2026-11-28, or a date and time such as 2026-11-28T09:30:00Z";

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})([-/])(\\d{2})\\2(\\d{2})"
                    + "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s?([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /**
     * Reads {@code text}. A time without a zone is read in {@code zone}; the day of a time with a
     * zone is taken in {@code shownIn} when the desk set a zone, else in the zone written.
     */
    static Optional<FrontMatterDate> parse(String text, ZoneId zone, Optional<ZoneId> shownIn) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            if (m.group(5) == null) {
                return Optional.of(new FrontMatterDate(day, Optional.empty()));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt(m.group(7)), nanos(m.group(8)));
            LocalDateTime local = LocalDateTime.of(day, time);
            if (m.group(9) == null) {
                OffsetDateTime instant = local.atZone(zone).toOffsetDateTime();
                return Optional.of(new FrontMatterDate(day, Optional.of(instant)));
            }
            OffsetDateTime instant = OffsetDateTime.of(local, offset(m.group(9)));
            LocalDate shown = shownIn.map(z -> instant.atZoneSameInstant(z).toLocalDate()).orElse(day);
            return Optional.of(new FrontMatterDate(shown, Optional.of(instant)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 2025-02-30, 25:00, +19:00
        }
    }

    /** The instant, or the start of the day in {@code zone} for a day alone (an embargo's, an expiry's). */
    OffsetDateTime instantOr(ZoneId zone) {
        return instant.orElseGet(() -> day.atStartOfDay(zone).toOffsetDateTime());
    }

    private static int nanos(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
