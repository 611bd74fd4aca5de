package dev.galley.render.html;

import freemarker.cache.ClassTemplateLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplatesTest {

    private final Templates bad = new Templates(
            new ClassTemplateLoader(TemplatesTest.class, "/dev/galley/render/html/bad-templates"));

    @Test
    void anErrorWhileRenderingNamesTemplateLineAndColumn() {
        IOException e = assertThrows(IOException.class,
                () -> bad.render("runtime.ftlh", Map.of("title", "T")));
        assertTrue(e.getMessage().startsWith("runtime.ftlh:3:6: template error: "), e.getMessage());
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line for the build log: " + e.getMessage());
    }

    @Test
    void aSyntaxErrorNamesTemplateLineAndColumn() {
        IOException e = assertThrows(IOException.class, () -> bad.render("syntax.ftlh", Map.of()));
        assertTrue(e.getMessage().startsWith("syntax.ftlh:"), e.getMessage());
        assertTrue(e.getMessage().contains("template syntax error"), e.getMessage());
    }

    @Test
    void aSyntaxErrorFoundAheadOfRenderingStillNamesLineAndColumn() {
        bad.load(java.util.List.of("syntax.ftlh")); // as HtmlRenderer.prepare does on its own thread
        IOException e = assertThrows(IOException.class, () -> bad.render("syntax.ftlh", Map.of()));
        assertTrue(e.getMessage().matches("syntax\\.ftlh:[1-9][0-9]*:[1-9][0-9]*: template syntax error: .*"),
                e.getMessage());
    }

    @Test
    void aRendererWithABrokenTemplateFailsWithAnIOException(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // the built-in templates of a renderer swapped for broken ones: no raw stack trace, an IOException
        HtmlRenderer renderer = new HtmlRenderer(new Templates(new ClassTemplateLoader(
                TemplatesTest.class, "/dev/galley/render/html/bad-templates")));
        try (var context = new dev.galley.core.publish.TestRenderContext(dir.resolve("out"), dir, 1)) {
            IOException e = assertThrows(IOException.class, () -> renderer.render(
                    new dev.galley.core.model.Site(Fixtures.CONFIG, java.util.List.of()), context.context()));
            assertTrue(e.getMessage().startsWith("index.ftlh:3:"), e.getMessage());
        }
    }

    @Test
    void templatesCannotInstantiateClasses() {
        IOException e = assertThrows(IOException.class, () -> bad.render("new-builtin.ftlh", Map.of()));
        assertTrue(e.getMessage().startsWith("new-builtin.ftlh:1:"), e.getMessage());
    }

    @Test
    void templatesSeeOnlyPlainData() {
        IOException e = assertThrows(IOException.class,
                () -> bad.render("object.ftlh", Map.of("thing", new StringBuilder("x"))));
        assertTrue(e.getMessage().contains("templates see only strings"), e.getMessage());
    }

    @Test
    void textIsEscapedMarkupIsNotNumbersAreLocaleFree() throws IOException {
        String html = bad.render("escaping.ftlh", Map.of("raw", "<b>${x}</b> & 'q'",
                "markup", Templates.markup("<b>bold</b>"), "n", 1234567));
        assertEquals("<p>&lt;b&gt;${x}&lt;/b&gt; &amp; &#39;q&#39;</p><p><b>bold</b></p><p>1234567</p>\n", html);
    }
}
