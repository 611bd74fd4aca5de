package dev.galley.core.publish;

import java.nio.file.Path;
import java.util.Objects;

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
 */
public record PublishRequest(Path contentDir, Path outputDir, BuildContext build, Path displayBase,
                             boolean failOnWarnings) {

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
    }
}
