package dev.galley.core.publish;

import dev.galley.core.Galley;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build may know about the world outside its sources, in one place, so that output
 * depends on nothing else: no wall clock, no machine, no thread count.
 *
 * @param now           the moment embargoes are judged against: {@code --now}, else
 *                      {@code SOURCE_DATE_EPOCH}, else the clock (never written to output)
 * @param sourceDate    the build's reproducible timestamp ({@code SOURCE_DATE_EPOCH} or Maven's
 *                      {@code project.build.outputTimestamp}); empty when neither is set, and then
 *                      outputs carry only dates from the front matter
 * @param threads       how many briefings are read and rendered at once; never changes output
 * @param includeDrafts whether briefings with {@code status: draft} are published
 * @param galleyVersion the version of Galley, recorded as the PDF producer and the site generator
 */
public record BuildContext(Instant now, Optional<Instant> sourceDate, int threads, boolean includeDrafts,
                           String galleyVersion) {

    public BuildContext {
        Objects.requireNonNull(now);
        Objects.requireNonNull(sourceDate);
        Objects.requireNonNull(galleyVersion);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /**
     * Reads {@code SOURCE_DATE_EPOCH} (seconds since 1970) from the environment when it is set
     * and well formed.
     */
    public static Optional<Instant> sourceDateEpoch() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        return value == null ? Optional.empty() : parseInstant(value);
    }

    /**
     * A moment written as seconds since 1970 ({@code 1764288000}) or as an ISO-8601 date-time with
     * a zone or offset ({@code 2026-11-28T09:00:00Z}, {@code 2026-11-28T10:00+01:00}); empty for
     * anything else.
     */
    public static Optional<Instant> parseInstant(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * A build of this Galley version.
     *
     * @param now     the moment for embargoes when given, else {@code SOURCE_DATE_EPOCH} or the clock
     * @param threads 0 (or less) for one thread per processor
     */
    public static BuildContext of(Optional<Instant> now, Optional<Instant> sourceDate, int threads,
                                  boolean includeDrafts) {
        int count = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Instant moment = now.or(BuildContext::sourceDateEpoch).orElseGet(Instant::now);
        return new BuildContext(moment, sourceDate, count, includeDrafts, Galley.version());
    }

    /** A build for tests: a fixed moment, no source date, drafts left out. */
    public static BuildContext forTest(int threads) {
        return new BuildContext(Instant.parse("2026-11-28T12:00:00Z"), Optional.empty(), threads, false, "test");
    }
}
