package dev.galley.render.html;

import dev.galley.core.model.Site;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders the sample site into {@code target/sample-site/out-1} to look at in a browser:
 * {@code file://…/render-html/target/sample-site/out-1/index.html}.
 */
class SampleSiteTest {

    @Test
    void rendersTheSampleSite() throws IOException {
        Path dir = Path.of("target", "sample-site");
        Site site = new Site(Fixtures.CONFIG, List.of(Fixtures.seed(), Fixtures.kitchenSink(),
                Fixtures.minimal("baltic-exposure", "The Baltic states\u2019 exposure",
                        LocalDate.of(2026, 11, 12))));
        Rendered rendered = Rendered.render(site, dir, 1);
        assertTrue(Files.isRegularFile(rendered.out().resolve("briefings/if-ukraine-falls/index.html")));
    }
}
