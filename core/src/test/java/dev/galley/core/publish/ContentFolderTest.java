package dev.galley.core.publish;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Which files under briefings/ are briefings, and which files the editor must fix before they can be read. */
class ContentFolderTest {

    @TempDir
    Path dir;

    private static final String REAL = "---\ntitle: Real\n---\nThe real one.\n";
    private static final String OTHER = "---\ntitle: Stray\n---\nAn editor's copy.\n";

    private PublishReport publish(Path content) {
        return new Publisher(List.of(new PublisherTest.ListingRenderer()))
                .publish(new PublishRequest(content, dir.resolve("out"), BuildContext.forTest(2), dir, false));
    }

    private Path content(String spec) {
        return ContentFixture.write(dir.resolve("content"), spec);
    }

    /** Each shape an editor, a version control tool or a merge leaves beside {@code real.md}. */
    @ParameterizedTest
    @ValueSource(strings = {".#real.md", "#real.md#", "real.md~", "real.md.swp", "real.md.swo", "real.md.swx",
            ".real.md.swp", "real.md.orig", "real.md.rej", "REAL.MD.SWP", ".hidden.md"})
    void editorAndHiddenFilesAreNotBriefings(String name) throws IOException {
        Path content = content("-- briefings/real.md --\n" + REAL + "-- briefings/" + name + " --\n" + OTHER);
        PublishReport report = publish(content);
        assertEquals(0, report.exitCode(false), report.diagnostics()::toString);
        assertEquals(1, report.briefings());
        assertEquals("real: Real\n", Files.readString(dir.resolve("out/index.txt")));
        assertEquals(List.of("content/briefings/" + name), report.skipped());
        assertTrue(report.summary().contains(", 1 file skipped (hidden or editor files); 0 errors"), report.summary());
    }

    @Test
    void anEmacsLockLinkToNowhereIsSkippedNotABrokenLink() throws IOException {
        Path content = content("-- briefings/real.md --\n" + REAL);
        // What Emacs makes while real.md has unsaved changes: a link to user@host.pid, which does not exist.
        Files.createSymbolicLink(content.resolve("briefings/.#real.md"), Path.of("editor@desk.4242:1700000000"));
        PublishReport report = publish(content);
        assertEquals(0, report.exitCode(false), report.diagnostics()::toString);
        assertEquals(List.of("content/briefings/.#real.md"), report.skipped());
    }

    @Test
    void hiddenFoldersAreNotWalkedIntoAndCountOnce() throws IOException {
        Path content = content("-- briefings/real.md --\n" + REAL
                + "-- briefings/.obsidian/notes.md --\n" + OTHER
                + "-- briefings/.git/x.md --\n" + OTHER
                + "-- briefings/2026/.trash/old.md --\n" + OTHER
                + "-- briefings/2026/later.md~ --\n" + OTHER
                + "-- briefings/2026/kept.md --\n---\ntitle: Kept\n---\nIn a folder of its own.\n");
        // A hidden folder Galley may not even open would fail the walk, were it walked into.
        Path closed = Files.createDirectories(content.resolve("briefings/.private"));
        closed.toFile().setReadable(false);
        closed.toFile().setExecutable(false);
        try {
            PublishReport report = publish(content);
            assertEquals(0, report.exitCode(false), report.diagnostics()::toString);
            assertEquals(2, report.briefings());
            assertEquals(List.of("content/briefings/.git/", "content/briefings/.obsidian/",
                    "content/briefings/.private/", "content/briefings/2026/.trash/",
                    "content/briefings/2026/later.md~"), report.skipped());
            assertTrue(report.summary().contains(", 5 files skipped (hidden or editor files); "), report.summary());
        } finally {
            closed.toFile().setReadable(true);
            closed.toFile().setExecutable(true);
        }
    }

    @Test
    void aDeskWithoutLeftoversSaysNothingOfSkipping() {
        PublishReport report = publish(content("-- briefings/real.md --\n" + REAL + "-- briefings/map.png --\nPNG\n"));
        assertEquals(List.of(), report.skipped(), "an image beside the briefings is content, not a leftover");
        assertFalse(report.summary().contains("skipped"), report.summary());
    }

    @Test
    void aBriefingLinkedFromOutsideIsAContentErrorSayingWhereItMayPoint() throws IOException {
        Path content = content("-- briefings/real.md --\n" + REAL + "-- briefings/inside.md --\n" + OTHER);
        Path outside = Files.writeString(dir.resolve("elsewhere.md"), OTHER);
        Files.createSymbolicLink(content.resolve("briefings/linked.md"), outside);
        Files.createSymbolicLink(content.resolve("briefings/alias.md"), Path.of("inside.md"));

        PublishReport report = publish(content);

        assertEquals(1, report.exitCode(false), report.diagnostics()::toString);
        Diagnostic d = only(report);
        assertEquals("content/briefings/linked.md:1:1: error: this is a symbolic link to " + outside.toRealPath()
                + ", outside the content folder " + content.toRealPath() + "; a link may point only to a file inside"
                + " that folder: move or copy the file into it and link to that [symlink-outside]", d.format());
        assertEquals(3, report.briefings(), "the other briefings, and the link inside the folder, are still read");
    }

    @Test
    void aBriefingLinkedToNothingIsAContentError() throws IOException {
        Path content = content("-- briefings/real.md --\n" + REAL);
        Files.createSymbolicLink(content.resolve("briefings/moved.md"), Path.of("../drafts/moved.md"));
        PublishReport report = publish(content);
        assertEquals(1, report.exitCode(false));
        assertEquals("content/briefings/moved.md:1:1: error: this is a symbolic link to ../drafts/moved.md, which"
                + " does not exist; point it at a file inside the content folder, or put the file here"
                + " [symlink-broken]", only(report).format());
    }

    @Test
    void siteSettingsLinkedFromOutsideAreReportedAndTheBriefingsStillChecked() throws IOException {
        Path content = content("-- briefings/real.md --\n---\ntitle: Real\ndate: someday\n---\nText.\n");
        Path outside = Files.writeString(dir.resolve("shared.yaml"), "title: Shared\n");
        Files.createSymbolicLink(content.resolve("galley.yaml"), outside);
        PublishReport report = publish(content);
        assertEquals(1, report.exitCode(false), report.diagnostics()::toString);
        assertEquals(List.of("content/briefings/real.md", "content/galley.yaml"),
                report.diagnostics().stream().map(Diagnostic::file).toList());
        Diagnostic settings = report.diagnostics().get(1);
        assertEquals("symlink-outside", settings.code());
        assertTrue(settings.format().startsWith("content/galley.yaml:1:1: error: this is a symbolic link to "),
                settings.format());
    }

    @Test
    void siteSettingsThatAreAFolderAreReported() throws IOException {
        Path content = content("-- briefings/real.md --\n" + REAL);
        Files.createDirectories(content.resolve("galley.yaml"));
        PublishReport report = publish(content);
        assertEquals(1, report.exitCode(false));
        assertEquals("content/galley.yaml:1:1: error: this is a folder, not a file; rename it or move the file"
                + " here [not-a-file]", only(report).format());
    }

    @Test
    void aFolderNamedLikeABriefingIsAFolder() throws IOException {
        Path content = content("-- briefings/real.md --\n" + REAL + "-- briefings/2026.md/inner.md --\n" + OTHER);
        PublishReport report = publish(content);
        assertEquals(0, report.exitCode(false), report.diagnostics()::toString);
        assertEquals(2, report.briefings());
    }

    @Test
    void aBriefingWithoutReadPermissionIsAContentError() throws IOException {
        Path content = content("-- briefings/real.md --\n" + REAL + "-- briefings/locked.md --\n" + OTHER);
        Path locked = content.resolve("briefings/locked.md");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
        try {
            assumeFalse(Files.isReadable(locked), "this user reads every file (root)");
            PublishReport report = publish(content);
            assertEquals(1, report.exitCode(false));
            assertEquals("content/briefings/locked.md:1:1: error: Galley may not read this file (permission"
                    + " denied); give it read permission, for example chmod a+r [unreadable]", only(report).format());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** The same refusal as above, for machines where the test runs as root and every file is readable. */
    @Test
    void permissionDeniedIsTheEditorsToFix() {
        ContentFolder.Refusal refusal = ContentFolder.unreadable(new AccessDeniedException("briefings/locked.md"));
        assertEquals("unreadable", refusal.code());
        assertFalse(PublishReport.ENVIRONMENT_CODES.contains(refusal.code()));
    }

    private static Diagnostic only(PublishReport report) {
        assertEquals(1, report.diagnostics().size(), report.diagnostics()::toString);
        return report.diagnostics().get(0);
    }
}
