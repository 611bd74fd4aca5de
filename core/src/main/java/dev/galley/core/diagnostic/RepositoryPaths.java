package dev.galley.core.diagnostic;

import java.nio.file.Path;

/**
 * File names as CI hosts show them: relative to the repository's root, where a workflow runs,
 * with {@code /} between folders on any system.
 */
final class RepositoryPaths {

    private RepositoryPaths() {
    }

    /**
     * {@code file} relative to {@code root} when it lies under it; otherwise {@code file} as
     * reported, which the host then cannot place on a line but still shows.
     */
    static String relative(String file, Path root) {
        try {
            Path path = Path.of(file).toAbsolutePath().normalize();
            Path base = root.toAbsolutePath().normalize();
            return path.startsWith(base) ? base.relativize(path).toString().replace('\\', '/') : file;
        } catch (RuntimeException e) { // a name that is no path on this system: as reported
            return file;
        }
    }
}
