package dev.galley.desk;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A desk as a new user makes it, from outside Galley's tree: with {@code galley new desk} and with
 * {@code mvn archetype:generate}, which must give the same files. Maven runs as a separate
 * process, offline, on a local repository of this test's own that holds Galley's artifacts.
 */
class NewDeskIT {

    /** 2026-03-04T05:06:07Z: the day both ways of making a desk date its welcome briefing. */
    static final String SOURCE_DATE_EPOCH = "1772600767";

    static final String TITLE = "The Harbour \"Desk\" & Co <North>";

    static Path work;

    @BeforeAll
    static void clean() throws IOException {
        work = Path.of(System.getProperty("galley.it.work"));
        Tools.delete(work);
        Files.createDirectories(work);
    }

    @Test
    void theArchetypeWritesWhatGalleyNewDeskWrites() throws Exception {
        Path byCommand = work.resolve("command/harbour-desk");
        Tools.galley(work, "new", "desk", byCommand.toString(), "--title", TITLE, "--lang", "en-GB");

        Path generated = work.resolve("archetype");
        Files.createDirectories(generated);
        Tools.maven(generated, System.getProperty("galley.it.archetypePlugin") + ":generate",
                "-DarchetypeGroupId=dev.galley", "-DarchetypeArtifactId=galley-desk-archetype",
                "-DarchetypeVersion=" + Tools.GALLEY_VERSION, "-DgroupId=desk", "-DartifactId=harbour-desk",
                "-Dtitle=" + TITLE, "-Dlang=en-GB");
        Path byArchetype = generated.resolve("harbour-desk");

        Map<String, byte[]> expected = files(byCommand);
        Map<String, byte[]> actual = files(byArchetype);
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertArrayEquals(expected.get(file), actual.get(file), file);
            assertEquals(Files.isExecutable(byCommand.resolve(file)), Files.isExecutable(byArchetype.resolve(file)),
                    file + " is executable in one desk only");
        }
        assertEquals(true, Files.isExecutable(byArchetype.resolve("mvnw")));
    }

    /** Every file below {@code dir}, by its path relative to it. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(found::add);
        }
        for (Path file : found) {
            files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        return files;
    }
}
