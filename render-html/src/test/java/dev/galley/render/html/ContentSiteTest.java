package dev.galley.render.html;

import dev.galley.core.diagnostic.Severity;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk's real content folder ({@code ../content}), read by core and rendered by this module
 * alone (render-pdf has its own tests): the validator and the link check pass on it too.
 */
class ContentSiteTest {

    static final Path CONTENT = Path.of("..", "content");
    static final Path OUT = Path.of("target", "content-site");

    private static Rendered rendered;

    static synchronized Rendered get() {
        if (rendered == null) {
            try {
                TestSite.deleteTree(OUT);
                BuildContext build = new BuildContext(Instant.parse("2026-11-28T12:00:00Z"),
                        Optional.of(Instant.parse("2026-11-28T00:00:00Z")), 2, false, "test");
                PublishReport report = new Publisher(List.of(new HtmlRenderer())).publish(
                        new PublishRequest(CONTENT, OUT, build, CONTENT, false));
                assertEquals(0, report.count(Severity.ERROR), report.diagnostics().toString());
                rendered = new Rendered(OUT, report.diagnostics());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rendered;
    }

    @Test
    void theDesksSiteValidatesAndEveryLinkResolves() throws Exception {
        Rendered site = get();
        assertTrue(Files.isRegularFile(OUT.resolve("briefings/nato-after-ukraine/index.html")));
        NuValidator nu = new NuValidator();
        List<String> errors = new ArrayList<>();
        for (String page : site.pages()) {
            errors.addAll(nu.checkHtml(site.out().resolve(page).toFile()));
        }
        LinkChecker links = new LinkChecker().check(site, "https://briefings.example.org/", true);
        System.out.println("[content] " + site.pages().size() + " pages: " + errors.size()
                + " validator errors; " + links.checked + " links checked, " + links.broken.size() + " broken");
        assertEquals(List.of(), errors, String.join("\n", errors));
        assertEquals(List.of(), links.broken, String.join("\n", links.broken));
        assertFalse(site.page("briefings/nato-after-ukraine/index.html").select("nav.toc a").isEmpty());
        assertTrue(site.read("sitemap.xml").contains("<loc>https://briefings.example.org/briefings/nato-after-ukraine/</loc>"));
    }
}
