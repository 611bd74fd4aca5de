package dev.galley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code galley train DIR}, the launcher's training run: it must publish both renderers' output
 * for its sample desk without a problem, or the launcher keeps no archive and every later run
 * starts slowly.
 */
class TrainingTest {

    @TempDir
    Path dir;

    @Test
    void publishesAndChecksTheSampleDeskCleanly() throws IOException {
        Run run = Run.galley("train", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "no problem in the sample desk");
        Path site = dir.resolve("site");
        for (String briefing : new String[] {"welcome", "constructs"}) {
            assertTrue(Files.isRegularFile(site.resolve("briefings/" + briefing + "/index.html")), briefing);
            byte[] pdf = Files.readAllBytes(site.resolve("briefings/" + briefing + "/" + briefing + ".pdf"));
            assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), briefing);
        }
        String page = Files.readString(site.resolve("briefings/constructs/index.html"));
        assertTrue(page.contains("<table"), "the table reaches the page");
        assertTrue(page.contains("callout"), "the callout reaches the page");
    }

    @Test
    void wantsOneEmptyFolderAndIsNotInTheHelp() throws IOException {
        assertEquals(2, Run.galley("train").code());
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        assertEquals(2, Run.galley("train", used.toString()).code(), "a folder with something in it");
        assertFalse(Files.exists(used.resolve("desk")), "and nothing written there");
        assertEquals(2, Run.galley("train", "--help").code(), "not a folder");
        assertFalse(Run.galley("--help").out().contains("train"));
    }
}
