package dev.galley.maven;

import dev.galley.core.testing.ContentFixture;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishMojoTest {

    /** Keeps what the goal logs, as Maven's console would show it. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        boolean debug;

        @Override public boolean isDebugEnabled() { return debug; }
        @Override public void debug(CharSequence content) { lines.add("[DEBUG] " + content); }
        @Override public void info(CharSequence content) { lines.add("[INFO] " + content); }
        @Override public void warn(CharSequence content) { lines.add("[WARNING] " + content); }
        @Override public void error(CharSequence content) { lines.add("[ERROR] " + content); }
        @Override public void error(CharSequence content, Throwable error) { lines.add("[ERROR] " + content + " " + error); }
    }

    @TempDir
    Path dir;

    private PublishMojo mojo(Path content, RecordingLog log) {
        PublishMojo mojo = new PublishMojo();
        mojo.setLog(log);
        mojo.sourceDirectory = content.toFile();
        mojo.outputDirectory = dir.resolve("site").toFile();
        mojo.executionRoot = dir.toFile();
        mojo.outputTimestamp = "2026-11-28T00:00:00Z";
        mojo.threads = 2;
        return mojo;
    }

    @Test
    void publishesTheSite() throws Exception {
        Path content = ContentFixture.write(dir.resolve("content"), """
                -- galley.yaml --
                title: Desk
                -- briefings/one.md --
                ---
                title: One
                date: 2026-11-28
                ---
                Text.
                """);
        RecordingLog log = new RecordingLog();
        mojo(content, log).execute();
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("site/briefings/one/one.pdf")));
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[INFO] Galley: published 1 of 1 briefing")), log.lines::toString);
    }

    @Test
    void skippedFilesAreCountedAndNamedAtDebugLevel() throws Exception {
        Path content = ContentFixture.write(dir.resolve("content"), """
                -- briefings/one.md --
                ---
                title: One
                date: 2026-11-28
                ---
                Text.
                -- briefings/one.md.swp --
                swap
                -- briefings/.#one.md --
                lock
                """);
        RecordingLog quiet = new RecordingLog();
        mojo(content, quiet).execute();
        assertTrue(quiet.lines.stream().anyMatch(l -> l.startsWith("[INFO] Galley: published 1 of 1 briefing")
                && l.contains(", 2 files skipped (hidden or editor files); ")), quiet.lines::toString);
        assertFalse(quiet.lines.stream().anyMatch(l -> l.contains("one.md.swp")), quiet.lines::toString);

        RecordingLog debug = new RecordingLog();
        debug.debug = true;
        mojo(content, debug).execute();
        assertEquals(List.of("[DEBUG] Galley: skipped content/briefings/.#one.md",
                "[DEBUG] Galley: skipped content/briefings/one.md.swp"),
                debug.lines.stream().filter(l -> l.startsWith("[DEBUG]")).toList());
    }

    @Test
    void badContentFailsWithEveryDiagnosticAndNoStackTrace() {
        Path content = ContentFixture.write(dir.resolve("content"), """
                -- briefings/one.md --
                ---
                title: One
                date: yesterday
                ---
                Text.
                -- briefings/two.md --
                ---
                status: maybe
                ---
                """);
        RecordingLog log = new RecordingLog();
        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> mojo(content, log).execute());
        assertTrue(failure.getMessage().contains("previous output is unchanged"));
        List<String> errors = log.lines.stream().filter(l -> l.startsWith("[ERROR]")).toList();
        assertEquals(List.of(
                "[ERROR] content/briefings/one.md:3:7: error: 'date' must be a date such as 2026-11-28, or a date and time such as 2026-11-28T09:30:00Z, not “yesterday” [front-matter-value]",
                "[ERROR] content/briefings/two.md:1:1: error: front matter needs a 'title:', the briefing's headline [front-matter-title]",
                "[ERROR] content/briefings/two.md:2:9: error: 'status' must be 'draft' or 'published', not “maybe” [front-matter-value]"),
                errors);
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void sarifIsPrintedAsItIsWithFilesFromTheExecutionRoot() throws Exception {
        Path content = ContentFixture.write(dir.resolve("content"),
                "-- briefings/a.md --\n---\ntitle: A\n---\nSee [the ferry](ferry.md).\n");
        RecordingLog log = new RecordingLog();
        PublishMojo mojo = mojo(content, log);
        mojo.format = "sarif";
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThrows(MojoFailureException.class, mojo::execute);
        } finally {
            System.setOut(out);
        }
        String sarif = printed.toString(StandardCharsets.UTF_8);
        assertTrue(sarif.startsWith("{\"$schema\":") && sarif.contains("\"version\":\"2.1.0\""), sarif);
        assertTrue(sarif.contains("{\"uri\":\"content/briefings/a.md\",\"uriBaseId\":\"%SRCROOT%\"},"
                + "\"region\":{\"startLine\":4,\"startColumn\":5}"), sarif);
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[ERROR] content/briefings/a.md:4:5:")), log.lines::toString);
    }

    @Test
    void anUnknownFormatIsRefusedWithTheChoices() {
        PublishMojo mojo = mojo(dir.resolve("nowhere"), new RecordingLog());
        mojo.format = "junit";
        MojoExecutionException refused = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("galley.format must be text, github or sarif, not 'junit'", refused.getMessage());
    }

    @Test
    void skipDoesNothing() throws Exception {
        RecordingLog log = new RecordingLog();
        PublishMojo mojo = mojo(dir.resolve("nowhere"), log);
        mojo.skip = true;
        mojo.execute();
        assertFalse(Files.exists(dir.resolve("site")));
    }
}
