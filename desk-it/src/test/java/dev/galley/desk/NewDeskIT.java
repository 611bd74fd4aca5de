package dev.galley.desk;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(Files.isExecutable(byArchetype.resolve("mvnw")));
    }

    @Test
    void theDeskBuildsWithMavenAndAgainWithANewBriefing() throws Exception {
        Path desk = work.resolve("built/harbour-desk");
        Tools.galley(work, "new", "desk", desk.toString(), "--title", "The Harbour Desk");
        Tools.maven(desk, "package");
        assertPublished(desk, List.of("welcome"));

        String made = Tools.galley(desk, "new", "briefing", "Grain After the Strike");
        assertTrue(made.contains("grain-after-the-strike.md"), made);
        Tools.maven(desk, "package");
        assertPublished(desk, List.of("grain-after-the-strike", "welcome"));
    }

    /** The site, a page and a PDF for each briefing, and the release zips with their checksums. */
    private static void assertPublished(Path desk, List<String> briefings) throws Exception {
        Path site = desk.resolve("target/site");
        String index = Files.readString(site.resolve("index.html"));
        for (String slug : briefings) {
            assertTrue(index.contains("briefings/" + slug + "/"), "the front page links " + slug);
            assertTrue(Files.readString(site.resolve("briefings/" + slug + "/index.html")).contains("<h1"), slug);
            byte[] pdf = Files.readAllBytes(site.resolve("briefings/" + slug + "/" + slug + ".pdf"));
            assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), slug);
        }
        String base = "harbour-desk-1.0-SNAPSHOT";
        Path siteZip = desk.resolve("target/" + base + "-site.zip");
        Path pdfZip = desk.resolve("target/" + base + "-pdf.zip");
        List<String> pdfs = new ArrayList<>();
        try (ZipFile zip = new ZipFile(pdfZip.toFile())) {
            zip.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".pdf")).forEach(pdfs::add);
        }
        assertEquals(briefings.size(), pdfs.size(), pdfs::toString);
        try (ZipFile zip = new ZipFile(siteZip.toFile())) {
            for (String slug : briefings) {
                assertTrue(zip.stream().anyMatch(e -> e.getName().endsWith(slug + "/index.html")), slug);
            }
        }
        String sums = Files.readString(desk.resolve("target/" + base + ".sha256"));
        for (Path zip : List.of(siteZip, pdfZip)) {
            String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip)));
            assertTrue(sums.contains(sum + "  " + zip.getFileName()), sums);
        }
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
