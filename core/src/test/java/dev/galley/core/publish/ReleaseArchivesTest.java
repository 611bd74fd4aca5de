package dev.galley.core.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseArchivesTest {

    @TempDir
    Path dir;

    @Test
    void packsTheSiteAndThePdfsReproduciblyInAnyTimeZone() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("briefings/a"));
        Files.writeString(site.resolve("index.html"), "<!doctype html>");
        Files.writeString(site.resolve("briefings/a/index.html"), "page");
        Files.write(site.resolve("briefings/a/a.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Optional<Instant> date = Optional.of(Instant.parse("2026-11-28T00:00:00Z"));

        TimeZone zone = TimeZone.getDefault();
        ReleaseArchives.Archives first;
        ReleaseArchives.Archives second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            first = ReleaseArchives.write(site, dir.resolve("one"), "desk-1.0", date);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            second = ReleaseArchives.write(site, dir.resolve("two"), "desk-1.0", date);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(Files.readAllBytes(first.site()), Files.readAllBytes(second.site()));
        assertArrayEquals(Files.readAllBytes(first.pdfs()), Files.readAllBytes(second.pdfs()));
        assertEquals(Files.readString(first.checksums()), Files.readString(second.checksums()));
        try (ZipFile zip = new ZipFile(first.pdfs().toFile())) {
            assertEquals(List.of("briefings/a/a.pdf"), zip.stream().map(e -> e.getName()).toList());
        }
        try (ZipFile zip = new ZipFile(first.site().toFile())) {
            assertEquals(List.of("briefings/a/a.pdf", "briefings/a/index.html", "index.html"),
                    zip.stream().map(e -> e.getName()).toList());
        }
        assertTrue(Files.readString(first.checksums()).matches("(?s)[0-9a-f]{64}  desk-1.0-site.zip\n[0-9a-f]{64}  desk-1.0-pdf.zip\n"));
    }
}
