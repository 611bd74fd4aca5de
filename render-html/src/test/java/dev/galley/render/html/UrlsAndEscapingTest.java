package dev.galley.render.html;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlsAndEscapingTest {

    @Test
    void escapesMarkupCharactersAndDropsWhatHtmlForbids() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", HtmlWriter.escape("<a href=\"x\">&'"));
        assertEquals("ab\tc\nd", HtmlWriter.escape("a\u0000b\tc\nd\u0007"));
        assertEquals("x\uFFFDy", HtmlWriter.escape("x\uD800y"));
        assertEquals("\uD83D\uDE00 ok", HtmlWriter.escape("\uD83D\uDE00 ok"));
        assertEquals("${x} <#assign>".replace("<", "&lt;").replace(">", "&gt;"),
                HtmlWriter.escape("${x} <#assign>"));
    }

    @Test
    void writerEscapesAttributesAndSkipsAbsentOnes() {
        String html = new HtmlWriter().start("a", "href", "?a=1&b=\"2\"", "title", null)
                .text("<x>").end("a").toString();
        assertEquals("<a href=\"?a=1&amp;b=&quot;2&quot;\">&lt;x&gt;</a>", html);
    }

    @Test
    void pathsToTheRoot() {
        assertEquals("", Urls.toRoot("index.html"));
        assertEquals("../../", Urls.toRoot("briefings/x/index.html"));
    }

    @Test
    void contentPathsAreNormalizedAndKeptInside() {
        assertEquals(Optional.of("images/a.png"), Urls.normalizeContentPath("./images//a.png"));
        assertEquals(Optional.of("a.png"), Urls.normalizeContentPath("images/../a.png"));
        assertEquals(Optional.empty(), Urls.normalizeContentPath("../secret.png"));
        assertEquals(Optional.empty(), Urls.normalizeContentPath(""));
    }

    @Test
    void pathsArePercentEncoded() {
        assertEquals("media/chart%20one%C3%A9.png", Urls.encodePath("media/chart one\u00E9.png"));
        assertEquals("media/a%23b%3Fc.png", Urls.encodePath("media/a#b?c.png"));
    }

    @Test
    void linksThatRunCodeAreRefused() {
        assertTrue(Urls.isSafeLink("https://example.org/"));
        assertTrue(Urls.isSafeLink("mailto:desk@example.org"));
        assertTrue(Urls.isSafeLink("#section"));
        assertFalse(Urls.isSafeLink("javascript:alert(1)"));
        assertFalse(Urls.isSafeLink(" JaVa\tScript:alert(1)"));
        assertFalse(Urls.isSafeLink("data:text/html,<script>"));
        assertTrue(Urls.isAbsolute("https://x"));
        assertTrue(Urls.isAbsolute("//x"));
        assertFalse(Urls.isAbsolute("images/a.png"));
    }
}
