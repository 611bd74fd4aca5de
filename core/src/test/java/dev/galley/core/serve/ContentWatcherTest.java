package dev.galley.core.serve;

import dev.galley.core.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the preview's watcher reports: saves of content, not the files editors keep beside it. */
class ContentWatcherTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void editorFilesChangingAreNotChanges() throws Exception {
        Path content = ContentFixture.write(dir.resolve("content"), """
                -- briefings/real.md --
                ---
                title: Real
                ---
                Text.
                -- briefings/real.md.swp --
                swap
                """);
        Files.createDirectories(content.resolve("briefings/.obsidian"));
        try (ContentWatcher watcher = new ContentWatcher(content, content.resolve("target"))) {
            // Every shape, created and left in place (or changed), as a session of editing leaves them.
            for (String name : List.of("real.md.swp", "real.md.swo", "#real.md#", "real.md~", ".#real.md",
                    ".real.md.swx", "real.md.orig", "real.md.rej", ".obsidian/workspace.json")) {
                Files.writeString(content.resolve("briefings").resolve(name), "typed " + name);
            }
            Files.writeString(content.resolve("briefings/real.md"), "---\ntitle: Saved\n---\nText.\n");

            List<Set<String>> bursts = new ArrayList<>();
            Set<String> changed;
            do {
                changed = watcher.next();
                bursts.add(changed);
            } while (changed.isEmpty());
            assertEquals(Set.of("briefings/real.md"), changed, "bursts: " + bursts);
        }
    }
}
