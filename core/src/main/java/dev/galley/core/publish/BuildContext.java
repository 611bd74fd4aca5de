package dev.galley.core.publish;

import dev.galley.core.Galley;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build may know about the world outside its sources, in one place, so that output
 * depends on nothing else: no wall clock, no machine, no thread count.
 *
 * @param sourceDate    the build's reproducible timestamp ({@code SOURCE_DATE_EPOCH} or Maven's
 *                      {@code project.build.outputTimestamp}); empty when neither is set, and then
 *                      outputs carry only dates from the front matter
 * @param threads       how many briefings are read and rendered at once; never changes output
 * @param includeDrafts whether briefings with {@code status: draft} are published
 * @param galleyVersion the version of Galley, recorded as the PDF producer and the site generator
 */
public record BuildContext(Optional<Instant> sourceDate, int threads, boolean includeDrafts,
                           String galleyVersion) {

    public BuildContext {
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
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A build of this Galley version.
     *
     * @param threads 0 (or less) for one thread per processor
     */
    public static BuildContext of(Optional<Instant> sourceDate, int threads, boolean includeDrafts) {
        int count = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new BuildContext(sourceDate, count, includeDrafts, Galley.version());
    }
}
