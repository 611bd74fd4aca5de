package dev.galley.cli;

import dev.galley.core.testing.ContentFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static dev.galley.cli.Run.galley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GitHub's alerts published: a named note on the site, a titled box in the PDF, titled in the
 * briefing's language unless the author gave a title; an unknown kind stays a quote, with a warning.
 */
class CalloutsTest {

    static final String DESK = """
            -- galley.yaml --
            title: Desk
            -- briefings/hafen.md --
            ---
            title: Der Hafen
            lang: de
            ---
            Vorweg.

            > [!NOTE]
            > Die Zahlen sind vorläufig.

            > [!caution] Nicht verwechseln
            > Umschlag ist nicht Umsatz.

            > [!DANGER]
            > Bleibt ein Zitat.
            """;

    @TempDir
    static Path dir;
    private static PublishedSite site;
    private static Run run;

    @BeforeAll
    static void publish() {
        Path content = ContentFixture.write(dir.resolve("content"), DESK);
        site = PublishedSite.publish(content, dir.resolve("site"));
        run = site.run();
    }

    @Test
    void theSiteShowsNamedNotesTitledInTheBriefingsLanguage() throws IOException {
        Document page = site.briefing("hafen");
        List<Element> callouts = page.select("aside.callout");
        assertEquals(2, callouts.size());
        Element note = callouts.get(0);
        assertEquals("callout callout-note", note.className());
        assertEquals("note", note.attr("role"));
        Element title = page.getElementById(note.attr("aria-labelledby"));
        assertEquals("Hinweis", title.text(), "the accessible name is the German label");
        assertEquals("Die Zahlen sind vorläufig.", note.select("p").get(1).text());
        assertEquals("Nicht verwechseln", page.getElementById(callouts.get(1).attr("aria-labelledby")).text());
        assertEquals("callout callout-caution", callouts.get(1).className());
        assertEquals("[!DANGER] Bleibt ein Zitat.", page.selectFirst("blockquote").text());
    }

    @Test
    void thePdfReadsTheTitleThenTheContent() throws IOException {
        String text = site.pdfText("hafen");
        assertTrue(text.contains("Vorweg.\nHinweis\nDie Zahlen sind vorläufig.\nNicht verwechseln\n"
                + "Umschlag ist nicht Umsatz."), text);
    }

    @Test
    void anUnknownKindIsWarnedAboutWhereItStands() {
        assertTrue((run.out() + run.err()).contains("briefings/hafen.md:13:3: warning: “[!DANGER]” is not a kind of callout"
                + " (NOTE, TIP, IMPORTANT, WARNING or CAUTION); it stays a quote [callout-kind]"), run.out() + run.err());
    }
}
