package dev.galley.core.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagedOutputTest {

    @TempDir
    Path dir;

    private Path live() throws IOException {
        Path live = dir.resolve("out");
        for (String slug : List.of("a", "b", "c")) {
            Files.createDirectories(live.resolve("briefings/" + slug));
            Files.writeString(live.resolve("briefings/" + slug + "/index.html"), slug);
        }
        return live;
    }

    @Test
    void unchangedFoldersMoveIntoTheStagingFolderAndTheCommitPublishesThem() throws IOException {
        Path live = live();
        try (StagedOutput staged = new StagedOutput(live)) {
            Files.createDirectories(staged.dir().resolve("briefings/c"));
            Files.writeString(staged.dir().resolve("briefings/c/index.html"), "c, rendered again");
            staged.carry(live, List.of("briefings/a", "briefings/b"));
            assertFalse(Files.exists(live.resolve("briefings/a")), "moved, not copied");
            staged.commit();
        }
        assertEquals("a", Files.readString(live.resolve("briefings/a/index.html")));
        assertEquals("b", Files.readString(live.resolve("briefings/b/index.html")));
        assertEquals("c, rendered again", Files.readString(live.resolve("briefings/c/index.html")));
    }

    @Test
    void aFolderARendererWroteIntoIsMergedByLinks() throws IOException {
        Path live = live();
        Files.writeString(live.resolve("briefings/a/a.pdf"), "pdf");
        try (StagedOutput staged = new StagedOutput(live)) {
            Files.createDirectories(staged.dir().resolve("briefings/a"));
            Files.writeString(staged.dir().resolve("briefings/a/extra.txt"), "new");
            Files.writeString(staged.dir().resolve("briefings/a/index.html"), "a, written again");
            staged.carry(live, List.of("briefings/a"));
            staged.commit();
        }
        assertEquals("pdf", Files.readString(live.resolve("briefings/a/a.pdf")));
        assertEquals("new", Files.readString(live.resolve("briefings/a/extra.txt")));
        assertEquals("a, written again", Files.readString(live.resolve("briefings/a/index.html")), "the new file wins");
    }

    @Test
    void aFailedCarryPutsBackWhatItMovedAndTheLiveOutputIsWhole() throws IOException {
        Path live = live();
        try (StagedOutput staged = new StagedOutput(live)) {
            Files.createDirectories(staged.dir().resolve("briefings"));
            Files.writeString(staged.dir().resolve("briefings/b"), "a file where a folder must go");
            assertThrows(IOException.class, () -> staged.carry(live, List.of("briefings/a", "briefings/b", "briefings/c")));
        }
        for (String slug : List.of("a", "b", "c")) {
            assertEquals(slug, Files.readString(live.resolve("briefings/" + slug + "/index.html")), slug);
        }
        assertTrue(Files.isDirectory(live.resolve("briefings/a")));
    }

    /** As when the commit fails (which tests running as root cannot provoke): nothing is lost. */
    @Test
    void closedWithoutACommitAfterTheCarryItPutsEverythingBack() throws IOException {
        Path live = live();
        try (StagedOutput staged = new StagedOutput(live)) {
            staged.carry(live, List.of("briefings/a", "briefings/b"));
            assertFalse(Files.exists(live.resolve("briefings/a")));
        }
        for (String slug : List.of("a", "b", "c")) {
            assertEquals(slug, Files.readString(live.resolve("briefings/" + slug + "/index.html")), slug);
        }
        assertFalse(Files.exists(dir.resolve(".out.staging")));
    }
}
