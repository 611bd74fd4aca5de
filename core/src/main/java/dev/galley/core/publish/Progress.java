package dev.galley.core.publish;

/**
 * Hears how far a build has got, for progress bars on terminals. Called from the build's
 * threads; implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface Progress {

    /** Nothing to show. */
    Progress NONE = (stage, done, total) -> { };

    /**
     * @param stage what is being done: {@code read}, or a renderer's name
     * @param done  items finished in this stage
     * @param total items in this stage
     */
    void step(String stage, int done, int total);
}
