package dev.galley.core.style;

import dev.galley.core.config.SiteConfigReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontsStyleTest {

    private static SiteConfigReader.Result read(String yaml) {
        return SiteConfigReader.read(yaml.getBytes(StandardCharsets.UTF_8), "galley.yaml");
    }

    @Test
    void familiesByRoleWithTheNearestStyleForOnesNotGiven() {
        Fonts fonts = read("""
                style:
                  fonts:
                    body: {regular: fonts/B-R.ttf, bold: fonts/B-B.ttf, italic: fonts/B-I.ttf}
                    headings: fonts/H.ttf
                    monospace: {file: fonts/Mono.ttc, index: 2}
                    fallback: [fonts/Noto.ttf]
                    figures: tabular
                """).config().style().fonts();
        FontFamily body = fonts.body().orElseThrow();
        assertEquals("fonts/B-B.ttf", body.face(true, true).file(), "bold italic falls back to bold");
        assertEquals("fonts/B-I.ttf", body.face(false, true).file());
        assertEquals("fonts/H.ttf", fonts.headings().orElseThrow().face(true, false).file());
        assertEquals(2, fonts.monospace().orElseThrow().regular().index());
        assertTrue(fonts.notes().isEmpty(), "notes follow the body");
        assertEquals(List.of("fonts/Noto.ttf"), fonts.fallback().stream().map(FontFile::file).toList());
        assertEquals(Fonts.Figures.TABULAR, fonts.figures());
        assertEquals(3, body.regular().pos().line(), "placed at the value");
    }

    @Test
    void mistakesArePlaced() {
        SiteConfigReader.Result result = read("""
                style:
                  fonts:
                    body: {italic: fonts/B-I.ttf}
                    headline: fonts/H.ttf
                    monospace: ../outside.ttf
                    figures: oldstyle
                """);
        List<String> problems = result.diagnostics().stream().map(d -> d.pos().line() + ":" + d.pos().column()
                + " " + d.code() + " " + d.message()).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("3:5 style-key") && p.contains("regular")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("4:5 style-key") && p.contains("headings")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("5:16 config-value")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("6:14 config-value")), problems::toString);
    }

    @Test
    void onlyTrueTypeOutlinesAreAccepted() throws IOException {
        byte[] charis = Files.readAllBytes(Path.of("../examples/harbour-report/fonts/CharisSIL-Regular.ttf"));
        assertEquals(Optional.empty(), FontFormat.problem(charis, 0));
        assertTrue(FontFormat.problem(charis, 1).orElseThrow().contains("not a collection"));
        byte[] cff = charis.clone();
        System.arraycopy("OTTO".getBytes(StandardCharsets.US_ASCII), 0, cff, 0, 4);
        assertTrue(FontFormat.problem(cff, 0).orElseThrow().contains("CFF"));
        byte[] woff2 = Files.readAllBytes(Path.of("../examples/harbour-report/fonts/CharisSIL-Regular.woff2"));
        assertTrue(FontFormat.problem(woff2, 0).orElseThrow().contains("web font"));
        assertTrue(FontFormat.problem(Arrays.copyOf(charis, 40), 0).orElseThrow().contains("damaged"));
        assertTrue(FontFormat.problem("not a font".getBytes(StandardCharsets.US_ASCII), 0).isPresent());
        byte[] collection = new byte[16 + charis.length];
        System.arraycopy("ttcf".getBytes(StandardCharsets.US_ASCII), 0, collection, 0, 4);
        collection[11] = 1; // one font
        collection[15] = 16; // at offset 16, but its table offsets are relative to the file: enough for the directory
        System.arraycopy(charis, 0, collection, 16, charis.length);
        assertEquals(Optional.empty(), FontFormat.problem(collection, 0));
        assertTrue(FontFormat.problem(collection, 3).orElseThrow().contains("from 0 to 0"));
    }
}
