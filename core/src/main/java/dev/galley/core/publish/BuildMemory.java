package dev.galley.core.publish;

import dev.galley.core.model.BriefingList;
import dev.galley.core.model.SiteConfig;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
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
    record Snapshot(SiteConfig config, BriefingList briefings, Map<String, Artifact> artifacts) {
        Snapshot {
            artifacts = Map.copyOf(artifacts);
        }
    }

    /** A file as last read: its bytes' digest, the settings it was read with, and what came of it. */
    record Read(byte[] sha256, SiteConfig config, String display, FileRead result) {
    }

    private volatile Snapshot last;
    private final Map<String, Read> reads = new ConcurrentHashMap<>();

    /** What reading {@code path} gave last time, if its bytes, the settings and its display name are the same. */
    Optional<FileRead> read(String path, byte[] sha256, SiteConfig config, String display) {
        Read read = reads.get(path);
        return read != null && Arrays.equals(read.sha256(), sha256) && read.config().equals(config)
                && read.display().equals(display) ? Optional.of(read.result()) : Optional.empty();
    }

    void rememberRead(String path, byte[] sha256, SiteConfig config, String display, FileRead result) {
        reads.put(path, new Read(sha256, config, display, result));
    }

    /** Drops reads of files that are gone. */
    void keepReads(java.util.Collection<String> paths) {
        reads.keySet().retainAll(new java.util.HashSet<>(paths));
    }

    Optional<Snapshot> last() {
        return Optional.ofNullable(last);
    }

    void remember(Snapshot snapshot) {
        this.last = snapshot;
    }

    /**
     * Forgets the last build's outputs, so the next publish renders the whole site. What reading
     * files gave is kept: it does not depend on the output.
     */
    public void forget() {
        this.last = null;
    }
}
