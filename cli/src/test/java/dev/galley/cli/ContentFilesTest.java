package dev.galley.cli;

import dev.galley.core.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.galley.cli.Run.galley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which files of a content folder the command line takes for briefings, and how it exits over those it cannot. */
class ContentFilesTest {

    @TempDir
    Path dir;

    private Path content;

    private Path desk() {
        content = ContentFixture.write(dir.resolve("content"), """
                -- briefings/real.md --
                ---
                title: Real
                date: 2026-11-28
                ---
                The real one.
                -- briefings/#real.md# --
                ---
                title: Auto-saved
                ---
                -- briefings/real.md~ --
                ---
                title: Backup
                ---
                -- briefings/.obsidian/workspace.md --
                ---
                title: Hidden
                ---
                """);
        return content;
    }

    @Test
    @Timeout(120)
    void publishCountsTheSkippedFilesAndVerboseNamesThem() throws IOException {
        desk();
        Files.createSymbolicLink(content.resolve("briefings/.#real.md"), Path.of("editor@desk.4242:1700000000"));
        String out = dir.resolve("site").toString();

        Run plain = galley("publish", content.toString(), "--out", out);
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().matches("(?s)galley: published 1 of 1 briefing \\(\\d+ PDF pages?\\),"
                + " 4 files skipped \\(hidden or editor files\\); 0 errors, 0 warnings in \\d+ ms\n.*"), plain.out());
        assertFalse(plain.out().contains("skipped " + content), "names them only when asked:\n" + plain.out());
        assertFalse(Files.exists(dir.resolve("site/briefings/real.md")));

        Run verbose = galley("publish", content.toString(), "--out", out, "-v");
        assertEquals(0, verbose.code(), verbose.err());
        String b = content.resolve("briefings") + "/";
        assertTrue(verbose.out().startsWith("galley: skipped " + b + "#real.md#\n"
                + "galley: skipped " + b + ".#real.md\n"
                + "galley: skipped " + b + ".obsidian/\n"
                + "galley: skipped " + b + "real.md~\n"
                + "galley: published 1 of 1 briefing"), verbose.out());
    }

    @Test
    void checkTakesVerboseTooAndPutsItBesideTheSummary() {
        desk();
        Run verbose = galley("check", content.toString(), "--verbose", "--format", "json");
        assertEquals(0, verbose.code(), verbose.err());
        assertEquals("[]\n", verbose.out());
        assertTrue(verbose.err().startsWith("galley: skipped " + content.resolve("briefings/#real.md#") + "\n"),
                verbose.err());
        assertTrue(verbose.err().contains(", 3 files skipped (hidden or editor files); "), verbose.err());
    }

    @Test
    void quietAndVerboseContradictEachOther() {
        Run run = galley("check", "-qv");
        assertEquals(2, run.code());
        assertEquals("galley: options '--quiet' and '--verbose' contradict each other\n" + Usage.of(CheckCommand.SYNTAX),
                run.err());
    }

    @Test
    void aBriefingLinkedFromOutsideTheFolderIsAProblemInTheContent() throws IOException {
        desk();
        Path outside = Files.writeString(dir.resolve("elsewhere.md"), "---\ntitle: Elsewhere\n---\nText.\n");
        Files.createSymbolicLink(content.resolve("briefings/linked.md"), outside);

        for (String command : new String[] {"check", "publish"}) {
            Run run = galley(command, content.toString(), "--out", dir.resolve("site").toString());
            assertEquals(1, run.code(), command + ": " + run.err());
            assertEquals(content.resolve("briefings/linked.md") + ":1:1: error: this is a symbolic link to "
                    + outside.toRealPath() + ", outside the content folder " + content.toRealPath()
                    + "; a link may point only to a file inside that folder: move or copy the file into it and link"
                    + " to that [symlink-outside]\n", run.err(), command);
            assertFalse(Files.exists(dir.resolve("site")), "nothing is published while the content has an error");
        }
    }

    @Test
    void siteSettingsLinkedFromOutsideAreAProblemInTheContentAndTheBriefingsAreStillChecked() throws IOException {
        desk();
        Files.writeString(content.resolve("briefings/bad.md"), "---\ntitle: Bad\ndate: someday\n---\nText.\n");
        Path outside = Files.writeString(dir.resolve("shared.yaml"), "title: Shared\n");
        Files.createSymbolicLink(content.resolve("galley.yaml"), outside);

        Run run = galley("check", content.toString());

        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().startsWith(content.resolve("briefings/bad.md") + ":3:7: error: "), run.err());
        assertTrue(run.err().contains("\n" + content.resolve("galley.yaml") + ":1:1: error: this is a symbolic link to "
                + outside.toRealPath() + ", outside the content folder"), run.err());
        assertTrue(run.out().contains("2 errors"), run.out());
    }
}
