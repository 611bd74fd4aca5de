package dev.galley.cli;

import dev.galley.core.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged {@code galley.jar}, run as its own process the way the README says. */
class GalleyJarIT {

    @TempDir
    Path dir;

    record Result(int code, String out) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target/galley.jar").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "galley.jar did not finish");
        return new Result(process.exitValue(), out);
    }

    @Test
    void publishesTheDesksContent() throws Exception {
        Path content = ContentFixture.repositoryRoot().resolve("content");
        Result result = run("publish", content.toString(), "--out", dir.resolve("site").toString());
        assertEquals(0, result.code(), result.out());
        assertTrue(Files.size(dir.resolve("site/briefings/nato-after-ukraine/nato-after-ukraine.pdf")) > 1000);
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
    }

    @Test
    void reportsContentErrorsWithExitCodeOne() throws Exception {
        Path content = ContentFixture.write(dir.resolve("bad"), "-- briefings/a.md --\n---\ntitle: A\ndate: never\n---\nText.\n");
        Result result = run("publish", content.toString(), "--out", dir.resolve("site").toString());
        assertEquals(1, result.code(), result.out());
        assertTrue(result.out().contains("briefings/a.md:3:7: error:"), result.out());
        assertTrue(!result.out().contains("\tat "), result.out());
    }

    @Test
    void versionAndUsage() throws Exception {
        assertTrue(run("--version").out().startsWith("galley "));
        assertEquals(2, run("publish", "--bogus").code());
    }
}
