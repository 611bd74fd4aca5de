package dev.galley.render.pdf;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.page.BriefingLayout;
import dev.galley.render.pdf.page.ImageCatalog;
import dev.galley.render.pdf.page.LayoutDump;
import dev.galley.render.pdf.page.PageGeometry;
import dev.galley.render.pdf.text.Reporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden files of the laid-out structure (every line's position and text, page by page) for the
 * seed and the every-construct briefing, on A4 and Letter, with the real fonts. When layout
 * changes on purpose, run with {@code -Dgalley.updateGolden=true} and review the diff of
 * {@code src/test/resources/golden/} like code.
 */
class GoldenLayoutTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({
        "../content/briefings/nato-after-ukraine.md, A4, seed-a4.txt",
        "src/test/resources/briefings/every-construct.md, A4, every-construct-a4.txt",
        "src/test/resources/briefings/every-construct.md, LETTER, every-construct-letter.txt",
    })
    void layoutMatchesTheGoldenFile(String source, PaperSize paper, String golden) throws IOException {
        SiteConfig config = new SiteConfig("The Desk", Optional.empty(), "en", Optional.empty(), paper,
                SiteConfig.DEFAULT_TOC_MIN_PAGES, Map.of());
        String path = "briefings/" + Path.of(source).getFileName();
        Briefing briefing = new BriefingReader(config, p -> true)
                .read(path, path, Files.readAllBytes(Path.of(source))).briefing().orElseThrow();
        ImageCatalog images = s -> Optional.of(s.endsWith(".png") ? new ImageCatalog.Size(600, 300)
                : new ImageCatalog.Size(800, 500));
        String dump = LayoutDump.dump(BriefingLayout.layout(config, briefing, FontLibrary.get(), Reporter.SILENT,
                PageGeometry.of(paper), images));
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("galley.updateGolden") || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, dump, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), dump, "layout of " + source + " on " + paper);
    }
}
