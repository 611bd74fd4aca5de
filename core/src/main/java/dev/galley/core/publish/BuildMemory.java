package dev.galley.core.publish;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.SiteConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the last successful publish into an output folder was made from, so the next publish can
 * re-render only the briefings that changed (and the pages that list them) and carry the rest
 * over. Held by a long-running process such as the live preview; a fresh process starts empty and
 * publishes everything.
 */
public final class BuildMemory {

    /** One successful build's inputs and the facts its renderers recorded. */
    record Snapshot(SiteConfig config, List<Briefing> briefings, Map<String, Artifact> artifacts) {
        Snapshot {
            briefings = List.copyOf(briefings);
            artifacts = Map.copyOf(artifacts);
        }
    }

    private volatile Snapshot last;

    Optional<Snapshot> last() {
        return Optional.ofNullable(last);
    }

    void remember(Snapshot snapshot) {
        this.last = snapshot;
    }

    /** Forgets everything: the next publish renders the whole site. */
    public void forget() {
        this.last = null;
    }
}
