package dev.galley.core.publish;

import dev.galley.core.image.SvgSanitizer;
import dev.galley.core.model.BriefingList;
import dev.galley.core.model.SiteConfig;

import java.io.IOException;
import java.nio.file.Path;
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

    /**
     * A file as last read: its bytes' digest, its stamp taken before they were read (empty when it
     * had none), the settings it was read with, and what came of it.
     */
    record Read(byte[] digest, Optional<ContentFolder.Stamp> stamp, SiteConfig config, String display,
                FileRead result) {
    }

    /** An SVG file as last cleaned: the SHA-256 of its bytes and what cleaning gave. */
    record CleanedSvg(byte[] digest, SvgSanitizer.Result result) {
    }

    private volatile Snapshot last;
    private final Map<String, Read> reads = new ConcurrentHashMap<>();
    private final Map<String, CleanedSvg> svgs = new ConcurrentHashMap<>();

    /** What reading {@code path} gave last time, if its bytes, the settings and its display name are the same. */
    Optional<FileRead> read(String path, byte[] digest, SiteConfig config, String display) {
        Read read = reads.get(path);
        return read != null && Arrays.equals(read.digest(), digest) && read.config().equals(config)
                && read.display().equals(display) ? Optional.of(read.result()) : Optional.empty();
    }

    /**
     * What reading {@code path} gave last time, without reading it again: for a file the caller
     * was not told had changed, whose stamp is still the one taken before it was last read.
     */
    Optional<FileRead> unchanged(String path, ContentFolder.Stamp stamp, SiteConfig config, String display) {
        Read read = reads.get(path);
        return read != null && read.stamp().equals(Optional.of(stamp)) && read.config().equals(config)
                && read.display().equals(display) ? Optional.of(read.result()) : Optional.empty();
    }

    void rememberRead(String path, byte[] digest, Optional<ContentFolder.Stamp> stamp, SiteConfig config,
                      String display, FileRead result) {
        reads.put(path, new Read(digest, stamp, config, display, result));
    }

    /**
     * What cleaning the SVG at {@code path} gave last time, if its bytes are the same: a preview
     * rebuild then cleans only the charts that were saved.
     */
    Optional<SvgSanitizer.Result> cleanedSvg(String path, byte[] digest) {
        CleanedSvg cleaned = svgs.get(path);
        return cleaned != null && Arrays.equals(cleaned.digest(), digest)
                ? Optional.of(cleaned.result()) : Optional.empty();
    }

    void rememberSvg(String path, byte[] digest, SvgSanitizer.Result result) {
        svgs.put(path, new CleanedSvg(digest, result));
    }

    /** Forgets the SVG files the last check did not use. */
    void keepSvgs(java.util.Collection<String> paths) {
        svgs.keySet().retainAll(new java.util.HashSet<>(paths));
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

    private volatile Thread cleanup;

    /**
     * Deletes {@code replaced}, an output folder a build has just replaced, on a thread of its
     * own: removing a thousand briefings' files took longer than the rest of a preview rebuild.
     */
    void deleteLater(Path replaced) {
        Thread thread = new Thread(() -> {
            try {
                StagedOutput.deleteTree(replaced);
            } catch (IOException e) {
                // Left for the next build, which removes it before its own commit.
            }
        }, "galley-cleanup");
        thread.setDaemon(true);
        cleanup = thread;
        thread.start();
    }

    /** Waits until the folder last given to {@link #deleteLater} is gone. */
    public void awaitCleanup() {
        Thread thread = cleanup;
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Forgets the last build's outputs, so the next publish renders the whole site. What reading
     * files gave is kept: it does not depend on the output.
     */
    public void forget() {
        this.last = null;
    }
}
