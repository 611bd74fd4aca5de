package dev.galley.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Galley's command line and Maven, each run as a process in a folder, as a user runs them. */
final class Tools {

    static final String GALLEY_VERSION = System.getProperty("galley.version");

    private static final Path LOCAL_REPOSITORY = Path.of(System.getProperty("galley.it.localRepository"));

    private Tools() {
    }

    /** {@code galley ARGS}: the command line's main class, on this test's class path (galley-cli and its libraries). */
    static String galley(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "dev.galley.cli.GalleyCommand"));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    /**
     * The Maven that runs this build, on the test's local repository, with no settings of the
     * user's and every repository mirrored to the local repository of the build that runs this
     * test: no network (Maven's {@code -o} would refuse that mirror too), and what is not there
     * fails at once.
     */
    static String maven(Path dir, String... args) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("maven.home"));
        String mvn = home.resolve(System.getProperty("os.name").startsWith("Windows") ? "bin/mvn.cmd" : "bin/mvn")
                .toString();
        Path settings = dir.resolve("../settings.xml").normalize();
        if (!Files.exists(settings)) {
            String mirror = Path.of(System.getProperty("galley.it.mirror")).toUri().toString();
            Files.writeString(settings, """
                    <settings>
                      <mirrors>
                        <mirror>
                          <id>build-repository</id>
                          <mirrorOf>*</mirrorOf>
                          <url>%s</url>
                        </mirror>
                      </mirrors>
                    </settings>
                    """.formatted(mirror));
        }
        List<String> command = new ArrayList<>(List.of(mvn, "-B", "-ntp", "-s", settings.toString(),
                "-Dmaven.repo.local=" + LOCAL_REPOSITORY));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    private static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("SOURCE_DATE_EPOCH", NewDeskIT.SOURCE_DATE_EPOCH);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
