package dev.galley.render.pdf;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build cache as an editor meets it: a second run of the same desk gives the same PDFs and warnings. */
class PdfCacheTest {

    @TempDir
    Path dir;

    private static final String BRIEFING = """
            ---
            title: Grain corridor
            date: 2026-11-02
            ---
            Talks resumed in Istanbul. The delegation's name card read 漢 in error.
            """;

    private PublishReport publish() {
        PublishRequest request = new PublishRequest(dir.resolve("content"), dir.resolve("site"),
                BuildContext.forTest(1), dir, false).withCache(dir.resolve("cache"));
        return new Publisher(List.of(new PdfRenderer())).publish(request);
    }

    private Path pdf() {
        return dir.resolve("site/briefings/grain/grain.pdf");
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aSecondRunTakesThePdfAndItsWarningsFromTheCache() throws IOException {
        Files.createDirectories(dir.resolve("content/briefings"));
        Files.writeString(dir.resolve("content/briefings/grain.md"), BRIEFING, StandardCharsets.UTF_8);

        PublishReport first = publish();
        assertTrue(first.written(), first.diagnostics().toString());
        List<Diagnostic> warnings = first.diagnostics();
        assertTrue(warnings.stream().anyMatch(d -> d.message().contains("漢")), warnings.toString());
        byte[] made = Files.readAllBytes(pdf());
        assertEquals(1, entries().size());

        PublishReport second = publish();
        assertEquals(warnings, second.diagnostics(), "a cached PDF reports what setting it reported");
        assertArrayEquals(made, Files.readAllBytes(pdf()));

        // The entry really is what the second run used: plant a different one under its key.
        Path entry = entries().get(0);
        byte[] planted = "%PDF-planted".getBytes(StandardCharsets.US_ASCII);
        Files.write(entry, new CachedPdf(planted, 1, List.of()).toBytes());
        assertTrue(publish().written());
        assertArrayEquals(planted, Files.readAllBytes(pdf()));

        // Any change to the briefing is a new key: the PDF is set afresh.
        Files.writeString(dir.resolve("content/briefings/grain.md"), BRIEFING.replace("resumed", "restarted"));
        assertTrue(publish().written());
        byte[] remade = Files.readAllBytes(pdf());
        assertFalse(new String(remade, StandardCharsets.ISO_8859_1).startsWith("%PDF-planted"));
        assertEquals(1, entries().size(), "a full build keeps only the entries it used");
    }

    @Test
    void aTornEntryIsAMissNotAFailure() throws IOException {
        Files.createDirectories(dir.resolve("content/briefings"));
        Files.writeString(dir.resolve("content/briefings/grain.md"), BRIEFING, StandardCharsets.UTF_8);
        assertTrue(publish().written());
        byte[] made = Files.readAllBytes(pdf());
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertTrue(publish().written());
        assertArrayEquals(made, Files.readAllBytes(pdf()));
    }
}
