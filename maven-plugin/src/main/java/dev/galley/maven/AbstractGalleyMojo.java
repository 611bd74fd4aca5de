package dev.galley.maven;

import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishRequest;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Instant;
import java.util.Optional;

/**
 * What the goals share: where the content is, where the site goes, and how the build is set up.
 * Everything else is a call on core's {@link dev.galley.core.publish.Publisher}, so Maven and the
 * command line behave the same.
 */
abstract class AbstractGalleyMojo extends AbstractMojo {

    /** The content folder: {@code galley.yaml} and {@code briefings/}. */
    @Parameter(property = "galley.sourceDirectory", defaultValue = "${project.basedir}", required = true)
    File sourceDirectory;

    /** Publish briefings whose front matter says {@code status: draft}. */
    @Parameter(property = "galley.includeDrafts", defaultValue = "false")
    boolean includeDrafts;

    /** Fail the build on warnings too (all are reported first; nothing is written). */
    @Parameter(property = "galley.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /** Skip this goal. */
    @Parameter(property = "galley.skip", defaultValue = "false")
    boolean skip;

    /** How many briefings to work on at once; 0 means one per processor. Output never depends on it. */
    @Parameter(property = "galley.threads", defaultValue = "0")
    int threads;

    /**
     * The build's reproducible timestamp, used for dates in output that the front matter does
     * not give. {@code SOURCE_DATE_EPOCH}, when set, takes precedence.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    String outputTimestamp;

    /**
     * The moment embargoes are judged against, such as {@code 2026-12-01T09:00:00Z}; by default
     * {@code SOURCE_DATE_EPOCH}, else the current time.
     */
    @Parameter(property = "galley.now")
    String now;

    /** Where Maven was started; diagnostics name files relative to it. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    /** Where the site goes; replaced as a whole, and only when publishing succeeded. */
    @Parameter(property = "galley.outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    File outputDirectory;

    /**
     * Where PDFs are kept between builds, keyed by everything they are made from, so that a
     * briefing that did not change is not set again. {@code mvn clean} empties it.
     */
    @Parameter(property = "galley.cacheDirectory", defaultValue = "${project.build.directory}/galley-cache")
    File cacheDirectory;

    /** Set to false to render every briefing afresh, without the cache. */
    @Parameter(property = "galley.cache", defaultValue = "true")
    boolean cache;

    /** What to build, as the goal's parameters say. */
    PublishRequest request(boolean withDrafts) throws MojoExecutionException {
        Optional<Instant> moment = Optional.empty();
        if (now != null && !now.isBlank()) {
            moment = BuildContext.parseInstant(now);
            if (moment.isEmpty()) {
                throw new MojoExecutionException("galley.now must be a date-time with a zone, such as"
                        + " 2026-12-01T09:00:00Z, or seconds since 1970; not '" + now + "'");
            }
        }
        BuildContext build = BuildContext.of(moment, sourceDate(), threads, withDrafts);
        File base = executionRoot != null ? executionRoot : new File(System.getProperty("user.dir"));
        PublishRequest request = new PublishRequest(sourceDirectory.toPath(), outputDirectory.toPath(), build,
                base.toPath(), failOnWarnings);
        return cache && cacheDirectory != null ? request.withCache(cacheDirectory.toPath()) : request;
    }

    private Optional<Instant> sourceDate() {
        Optional<Instant> epoch = BuildContext.sourceDateEpoch();
        if (epoch.isPresent() || outputTimestamp == null || outputTimestamp.isBlank()) {
            return epoch;
        }
        Optional<Instant> timestamp = BuildContext.parseInstant(outputTimestamp);
        if (timestamp.isEmpty()) {
            getLog().warn("Galley: ignoring project.build.outputTimestamp '" + outputTimestamp
                    + "': not seconds since 1970 nor an ISO-8601 date-time");
        }
        return timestamp;
    }
}
