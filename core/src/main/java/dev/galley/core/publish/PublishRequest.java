package dev.galley.core.publish;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to publish, where, and how strictly.
 *
 * @param contentDir     the content folder: {@code galley.yaml} and {@code briefings/**.md}
 * @param outputDir      where the site goes; replaced as a whole, and only when publishing
 *                       succeeded
 * @param build          settings that may influence output (source date, drafts) or not (threads)
 * @param displayBase    diagnostics name files relative to this folder (where the editor ran the
 *                       build) when they lie inside it
 * @param failOnWarnings treat warnings like errors: report all, write nothing, fail
 * @param cacheDir       where renderers keep outputs between builds ({@link BuildCache}); empty
 *                       to render everything every time
 * @param keepGoing      publish the briefings without errors, leaving out those with errors in
 *                       their own files (a desk moving its posts wants to see the rest); an
 *                       error anywhere else (settings, a shared file) still writes nothing, and
 *                       the run still fails
 */
public record PublishRequest(Path contentDir, Path outputDir, BuildContext build, Path displayBase,
                             boolean failOnWarnings, Optional<Path> cacheDir, boolean keepGoing) {

    /** A request that writes nothing when any file has an error. */
    public PublishRequest(Path contentDir, Path outputDir, BuildContext build, Path displayBase,
                          boolean failOnWarnings, Optional<Path> cacheDir) {
        this(contentDir, outputDir, build, displayBase, failOnWarnings, cacheDir, false);
    }

    /** A request without a build cache. */
    public PublishRequest(Path contentDir, Path outputDir, BuildContext build, Path displayBase,
                          boolean failOnWarnings) {
        this(contentDir, outputDir, build, displayBase, failOnWarnings, Optional.empty());
    }

    /** This request, keeping rendered outputs between builds in {@code dir}. */
    public PublishRequest withCache(Path dir) {
        return new PublishRequest(contentDir, outputDir, build, displayBase, failOnWarnings, Optional.of(dir), keepGoing);
    }

    /** This request, publishing the briefings without errors when others have them ({@link #keepGoing}). */
    public PublishRequest keepingGoing() {
        return new PublishRequest(contentDir, outputDir, build, displayBase, failOnWarnings, cacheDir, true);
    }

    /** A file as editors should see it: relative to where they ran the build, if inside it. */
    public String display(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (normalized.startsWith(displayBase) && !normalized.equals(displayBase)) {
            return displayBase.relativize(normalized).toString().replace('\\', '/');
        }
        return normalized.toString();
    }

    public PublishRequest {
        contentDir = contentDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        Objects.requireNonNull(build);
        displayBase = displayBase.toAbsolutePath().normalize();
        cacheDir = cacheDir.map(dir -> dir.toAbsolutePath().normalize());
    }
}
