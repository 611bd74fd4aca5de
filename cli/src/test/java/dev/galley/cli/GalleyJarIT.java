package dev.galley.cli;

import dev.galley.core.testing.ContentFixture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * The launcher beside the jar: after its first publish or check a training run makes a
     * class-data sharing archive next to it (in a temporary folder it leaves nothing in), later
     * runs use it, and both pass the command's exit code on.
     */
    @Test
    void theLauncherMakesItsArchiveOnceAndPassesExitCodesOn() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.copy(Path.of("target/galley.jar"), bin.resolve("galley.jar"));
        Files.copy(Path.of("target/galley"), bin.resolve("galley"));
        Path content = ContentFixture.repositoryRoot().resolve("content");
        // An archive made by --version would hold the command line's classes alone and be kept for good.
        assertEquals(0, launch(bin, "--version").code());
        assertEquals(0, launch(bin, "publish", "--help").code());
        assertEquals(2, launch(bin, "check", "--bogus").code());
        try (var files = Files.list(bin)) {
            assertEquals(2, files.count(), "no archive after --version, publish --help or a wrong option");
        }
        for (String site : List.of("first", "second")) {
            Result result = launch(bin, "publish", content.toString(), "--out", dir.resolve(site).toString(), "--no-cache");
            assertEquals(0, result.code(), result.out());
            try (var files = Files.list(bin)) {
                assertEquals(java.util.Set.of("galley", "galley.jar", "jsa"), files.map(p -> p.getFileName().toString())
                        .map(name -> name.matches("galley-[0-9]+\\.jsa") ? "jsa" : name)
                        .collect(java.util.stream.Collectors.toSet()),
                        "the archive and nothing left over after the " + site + " run");
            }
        }
        // called as ./galley from its own folder: the same archive, not a second one
        Result relative = launch(bin, bin, Path.of(System.getProperty("java.home")), "publish", content.toString(),
                "--out", dir.resolve("third").toString(), "--no-cache");
        assertEquals(0, relative.code(), relative.out());
        try (var archives = Files.list(bin)) {
            assertEquals(1, archives.filter(p -> p.getFileName().toString().endsWith(".jsa")).count());
        }
        try (var left = Files.list(Files.createDirectories(dir.resolve("tmp")))) {
            assertEquals(0, left.count(), "the training run's folder is gone");
        }
        String pdf = "briefings/nato-after-ukraine/nato-after-ukraine.pdf";
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("first").resolve(pdf)),
                Files.readAllBytes(dir.resolve("second").resolve(pdf))), "the archive changes nothing made");
        Path bad = ContentFixture.write(dir.resolve("bad"), "-- briefings/a.md --\n---\ntitle: A\ndate: never\n---\nText.\n");
        assertEquals(1, launch(bin, "publish", bad.toString(), "--out", dir.resolve("bad-site").toString()).code());
        assertEquals(2, launch(bin, "publish", "--bogus").code());
    }

    /**
     * On Java 25 (when the machine has one beside the Java running the tests) the launcher's first
     * publish leaves an AOT cache instead, later runs use it, the output is the same, and the JVM's
     * AOT messages never reach standard output, which {@code --format json} owns.
     */
    @Test
    void onJava25TheLauncherMakesAnAotCacheAndKeepsStandardOutputClean() throws Exception {
        Optional<Path> java25 = javaAtLeast(25);
        Assumptions.assumeTrue(java25.isPresent(), "no Java 25 or newer on this machine");
        Path bin = Files.createDirectories(dir.resolve("bin25"));
        Files.copy(Path.of("target/galley.jar"), bin.resolve("galley.jar"));
        Files.copy(Path.of("target/galley"), bin.resolve("galley"));
        Path content = ContentFixture.repositoryRoot().resolve("content");
        for (String site : List.of("first", "second")) {
            Result result = launch(bin, java25.get(), "publish", content.toString(), "--out",
                    dir.resolve("aot-" + site).toString(), "--no-cache");
            assertEquals(0, result.code(), result.out());
            assertFalse(result.out().contains("AOT"), result.out());
            try (var files = Files.list(bin)) {
                assertEquals(java.util.Set.of("galley", "galley.jar", "aot"), files.map(p -> p.getFileName().toString())
                        .map(name -> name.matches("galley-[0-9]+\\.aot") ? "aot" : name)
                        .collect(java.util.stream.Collectors.toSet()),
                        "the cache and nothing left over after the " + site + " run");
            }
        }
        String pdf = "briefings/nato-after-ukraine/nato-after-ukraine.pdf";
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("aot-first").resolve(pdf)),
                Files.readAllBytes(dir.resolve("aot-second").resolve(pdf))), "the cache changes nothing made");
        Result json = launch(bin, java25.get(), "check", content.toString(), "--format", "json");
        assertTrue(json.out().strip().startsWith("["), json.out());
    }

    /** A JDK of at least {@code feature} among the machine's JVMs, by its release file. */
    private static Optional<Path> javaAtLeast(int feature) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (var homes = Files.list(jvms)) {
            return homes.filter(home -> {
                try {
                    String release = Files.readString(home.resolve("release"));
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(release);
                    return m.find() && Integer.parseInt(m.group(1)) >= feature && Files.isExecutable(home.resolve("bin/java"));
                } catch (IOException | RuntimeException e) {
                    return false;
                }
            }).sorted().findFirst();
        }
    }

    private static Result launch(Path bin, String... args) throws IOException, InterruptedException {
        return launch(bin, Path.of(System.getProperty("java.home")), args);
    }

    private static Result launch(Path bin, Path javaHome, String... args) throws IOException, InterruptedException {
        return launch(bin, null, javaHome, args);
    }

    /** From {@code workingDir} as {@code sh ./galley} when given, else as {@code sh BIN/galley}. */
    private static Result launch(Path bin, Path workingDir, Path javaHome, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", workingDir != null ? "./galley" : bin.resolve("galley").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("TMPDIR", Files.createDirectories(bin.getParent().resolve("tmp")).toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        return new Result(process.exitValue(), out);
    }
}
