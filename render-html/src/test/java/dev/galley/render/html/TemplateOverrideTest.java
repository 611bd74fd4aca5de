package dev.galley.render.html;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Site;
import dev.galley.core.publish.TestRenderContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates in the content folder's {@code templates/} replace the built-in ones. */
class TemplateOverrideTest {

    static final Site SITE = new Site(Fixtures.CONFIG, List.of(
            Fixtures.minimal("one", "One", LocalDate.of(2026, 11, 1))));

    private static Path content(Path dir, String name, String template) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("templates"));
        Files.writeString(content.resolve("templates").resolve(name), template);
        return content;
    }

    private static TestRenderContext context(Path dir, Path content) {
        return new TestRenderContext(dir.resolve("out"), content, 1);
    }

    @Test
    void aTemplateOfTheSameNameReplacesTheBuiltInOne(@TempDir Path dir) throws IOException {
        Path content = content(dir, "index.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page data=.data_model isHome=true>
                <p class="custom">Our own front page: <#list briefings as b>${b.title}</#list> ${"<b>"}</p>
                </@layout.page>
                """);
        try (TestRenderContext context = context(dir, content)) {
            new HtmlRenderer().render(SITE, context.context());
        }
        String index = Files.readString(dir.resolve("out/index.html"));
        assertTrue(index.contains("<p class=\"custom\">Our own front page: One &lt;b&gt;</p>"), index);
        // the others stay built in
        assertTrue(Files.readString(dir.resolve("out/briefings/one/index.html")).contains("class=\"masthead\""));
    }

    @Test
    void aSyntaxErrorNamesTheContentTemplateLineAndColumn(@TempDir Path dir) throws IOException {
        Path content = content(dir, "briefing.ftlh", "<p>fine</p>\n<p>${b.title</p>\n");
        try (TestRenderContext context = context(dir, content)) {
            Diagnostic d = problem(context);
            assertEquals("templates/briefing.ftlh", d.file());
            assertEquals(2, d.pos().line());
            assertTrue(d.message().startsWith("template syntax error"), d.message());
            assertTrue(!d.message().contains("\n"), d.message());
        }
    }

    @Test
    void anErrorWhileRenderingNamesTheContentTemplate(@TempDir Path dir) throws IOException {
        Path content = content(dir, "topics.ftlh", "<p>\n  ${no.such.thing}</p>\n");
        try (TestRenderContext context = context(dir, content)) {
            Diagnostic d = problem(context);
            assertEquals("templates/topics.ftlh:2:5: error: ", d.format().substring(0, 34));
            assertTrue(d.message().startsWith("template error: "), d.message());
        }
    }

    @Test
    void contentTemplatesAreAsHardenedAsBuiltInOnes(@TempDir Path dir) throws IOException {
        Path content = content(dir, "search.ftlh",
                "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        try (TestRenderContext context = context(dir, content)) {
            assertEquals("templates/search.ftlh", problem(context).file());
        }
        Path api = content(dir, "archive.ftlh", "${title?api}\n");
        Files.delete(api.resolve("templates/search.ftlh"));
        try (TestRenderContext context = context(dir, api)) {
            assertEquals("templates/archive.ftlh", problem(context).file());
        }
    }

    /** Renders, expecting exactly one error: in the desk's template, reported as content, not thrown. */
    private static Diagnostic problem(TestRenderContext context) throws IOException {
        new HtmlRenderer().render(SITE, context.context());
        List<Diagnostic> problems = context.diagnostics();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Severity.ERROR, problems.get(0).severity());
        assertEquals("template", problems.get(0).code());
        return problems.get(0);
    }
}
