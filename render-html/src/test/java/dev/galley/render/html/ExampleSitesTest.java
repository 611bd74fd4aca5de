package dev.galley.render.html;

import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The example desks of {@code ../examples}, each in its own house style, rendered by this module
 * alone: every page passes the Nu checker and every link resolves (the browser tests run axe on
 * them too).
 */
class ExampleSitesTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final List<String> DESKS = List.of("default", "harbour-report", "vellmar-post");

    private static Map<String, Rendered> rendered;

    /** Each example's site, rendered once per test run. */
    static synchronized Map<String, Rendered> get() {
        if (rendered == null) {
            Map<String, Rendered> sites = new LinkedHashMap<>();
            for (String desk : DESKS) {
                Path out = Path.of("target", "examples", desk);
                try {
                    PublishReport report = publish(EXAMPLES.resolve(desk), out);
                    assertEquals(List.of(), report.diagnostics().stream()
                            .map(Object::toString).toList(), desk);
                    sites.put(desk, new Rendered(out, report.diagnostics()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            rendered = sites;
        }
        return rendered;
    }

    /** Reads the content folder {@code content} with core and renders its site alone into {@code out}, emptied first. */
    static PublishReport publish(Path content, Path out) throws IOException {
        TestSite.deleteTree(out);
        BuildContext build = new BuildContext(Instant.parse("2026-12-01T12:00:00Z"),
                Optional.of(Instant.parse("2026-12-01T00:00:00Z")), 2, false, "test");
        return new Publisher(List.of(new HtmlRenderer())).publish(new PublishRequest(content, out, build, content, false));
    }

    @Test
    void everyExampleSiteValidatesAndEveryLinkResolves() throws Exception {
        NuValidator nu = new NuValidator();
        List<String> errors = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, Rendered> site : get().entrySet()) {
            for (String page : site.getValue().pages()) {
                pages++;
                nu.checkHtml(site.getValue().out().resolve(page).toFile()).forEach(e -> errors.add(site.getKey() + ": " + e));
            }
            // rendered without the PDF renderer: the links to PDFs have nothing to reach here
            LinkChecker links = new LinkChecker().check(site.getValue(), "https://briefings.example.org/", true);
            links.broken.forEach(b -> broken.add(site.getKey() + ": " + b));
        }
        System.out.println("[examples] " + pages + " pages of " + get().size() + " example sites: " + errors.size()
                + " validator errors, " + broken.size() + " broken links");
        assertEquals(List.of(), errors, String.join("\n", errors));
        assertEquals(List.of(), broken, String.join("\n", broken));
    }
}
