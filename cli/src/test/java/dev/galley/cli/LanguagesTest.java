package dev.galley.cli;

import dev.galley.core.testing.ContentFixture;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.galley.cli.Run.galley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishes a desk whose site is in English and whose briefings are in German, Russian, French,
 * British English and Swedish, and reads both outputs as each language's reader would: the words
 * Galley adds, its dates and plurals in the briefing's language, the site's own furniture in the
 * site's, and the language marked wherever a screen reader or feed reader looks for it.
 */
class LanguagesTest {

    private static final String DESK = "cli/src/test/resources/desks/languages";

    @TempDir
    static Path dir;

    private static PublishedSite site;
    private static Path out;
    private static Run run;

    @BeforeAll
    static void publish() {
        site = PublishedSite.publish(ContentFixture.repositoryRoot().resolve(DESK), dir.resolve("site"), "--threads", "2");
        out = site.out();
        run = site.run();
    }

    private static String pdfText(String slug) throws IOException {
        return site.pdfText(slug);
    }

    private static String pdfLanguage(String slug) throws IOException {
        try (PDDocument pdf = site.pdf(slug)) {
            return pdf.getDocumentCatalog().getLanguage();
        }
    }

    private static Document page(String path) throws IOException {
        return site.page(path);
    }

    /** The page's text as a reader sees it, with runs of white space (not no-break spaces) as one. */
    private static String text(Element element) {
        return element.text().replaceAll("[ \\t\\n]+", " ");
    }

    @Test
    void theGermanBriefingSpeaksGermanInBothOutputs() throws IOException {
        String pdf = pdfText("hafen-bilanz");
        assertTrue(pdf.contains("Von Jörg Weißmüller (Wirtschaftsredaktion) und Annegret Schäfer-Lüdtke"), pdf);
        assertTrue(pdf.contains("30. Januar 2025 · Aktualisiert am 3. Februar 2025"), pdf);
        assertTrue(pdf.contains("Seite 1 von 3") && pdf.contains("Seite 3 von 3"), pdf);
        assertFalse(pdf.contains("Page 1") || pdf.contains("January"), pdf);
        assertEquals("de", pdfLanguage("hafen-bilanz"));

        Document page = page("briefings/hafen-bilanz/index.html");
        assertEquals("de", page.selectFirst("html").attr("lang"));
        String body = text(page.body());
        assertTrue(body.contains("Veröffentlicht am 30. Januar 2025 · Aktualisiert am 3. Februar 2025 · 4 Minuten Lesezeit"), body);
        assertEquals(List.of("2025-01-30", "2025-02-03"), page.select("time").eachAttr("datetime"),
                "machine-readable dates stay ISO 8601");
        assertTrue(body.contains("Inhalt"), body);
        // The desk's own label in galley.yaml wins over Galley's "Druckfassung"; the plural is German.
        Element print = page.selectFirst("a[href$=.pdf]");
        assertTrue(text(print.parent()).matches("(?s).*PDF zum Ausdrucken \\(PDF, \\d+ KB, 3 Seiten\\).*"),
                text(print.parent()));
    }

    @Test
    void theRussianBriefingHasRussianFurnitureAndPluralForms() throws IOException {
        String pdf = pdfText("tramvai");
        assertTrue(pdf.contains("Текст: Алексей Журавлёв (Отдел городской жизни) и Ольга Сёмина"), pdf);
        assertTrue(pdf.contains("6 марта 2025"), "genitive month, no 'г.': " + pdf);
        assertTrue(pdf.contains("Страница 1 из 3"), pdf);
        assertEquals("ru", pdfLanguage("tramvai"));

        String body = text(page("briefings/tramvai/index.html").body());
        assertTrue(body.contains("Опубликовано 6 марта 2025 · Время чтения: 4 минуты"), body);
        // 3 and 4 take the "few" form in Russian: "3 страницы", "4 минуты", not "страниц"/"минут".
        assertTrue(body.matches("(?s).*Версия для печати \\(PDF, \\d+ КБ, 3 страницы\\).*"), body);
        assertTrue(body.contains("Содержание"), body);
    }

    @Test
    void theFrenchBriefingHasFrenchFurnitureAndSpacing() throws IOException {
        String pdf = pdfText("energie");
        assertTrue(pdf.contains("Par Hélène Lefèvre (Service économie) et Mathieu Bérard-Lécuyer"), pdf);
        assertTrue(pdf.contains("1er mars 2025 · Mis à jour le 5 mars 2025"), pdf);
        assertTrue(pdf.contains("Page 1 sur 3"), pdf);
        assertEquals("fr", pdfLanguage("energie"));

        Document page = page("briefings/energie/index.html");
        String body = text(page.body());
        assertTrue(body.contains("Publié le 1er mars 2025 · Mis à jour le 5 mars 2025 · 4 minutes de lecture"), body);
        assertTrue(body.contains("Sommaire"), body);
        // The author typed ordinary spaces; the reader gets no-break ones where French sets them.
        // (jsoup's text() turns U+00A0 into a space, so these read the page's whole text.)
        String raw = page.body().wholeText();
        assertTrue(raw.contains("annoncée\u202F; elle"), "narrow no-break space before ';'");
        assertTrue(raw.contains("41\u00A0600 habitants") && raw.contains("9\u00A0%"), "numbers and % kept together");
        assertTrue(raw.contains("«\u00A0trahison\u00A0»"), "no-break spaces inside guillemets");
    }

    @Test
    void britishEnglishKeepsEnglishWordsAndADayFirstDate() throws IOException {
        String pdf = pdfText("harbour-year");
        assertTrue(pdf.contains("By Siobhán O’Rourke (Political correspondent) and Gareth Pryce-Whitfield"), pdf);
        assertTrue(pdf.contains("12 November 2024"), pdf);
        assertTrue(pdf.contains("Page 1 of"), pdf);
        assertEquals("en-GB", pdfLanguage("harbour-year"));
    }

    @Test
    void theSiteKeepsItsOwnLanguageAroundEachBriefing() throws IOException {
        Document german = page("briefings/hafen-bilanz/index.html");
        // The header, skip link and footer are the English site's; a screen reader switches voice for them.
        for (String furniture : List.of("header.site-header", "footer.site-footer", "a.skip-link")) {
            Element element = german.selectFirst(furniture);
            assertEquals("en", element.attr("lang"), furniture);
        }
        assertEquals("Skip to content", german.selectFirst("a.skip-link").text());

        Document index = page("index.html");
        assertEquals("en", index.selectFirst("html").attr("lang"));
        Map<String, String> langs = new TreeMap<>();
        for (Element item : index.select("li[lang]")) {
            langs.put(item.selectFirst("a[href]").attr("href"), item.attr("lang"));
        }
        assertEquals(Map.of("briefings/energie/index.html", "fr", "briefings/hafen-bilanz/index.html", "de",
                "briefings/harbour-year/index.html", "en-GB", "briefings/kort-om-hamnen/index.html", "sv",
                "briefings/tramvai/index.html", "ru"),
                langs);

        Document feed = Jsoup.parse(Files.readString(out.resolve("feed.xml")), "", Parser.xmlParser());
        assertEquals("en", feed.selectFirst("feed").attr("xml:lang"));
        assertEquals(List.of("de", "en-GB", "fr", "ru", "sv"),
                feed.select("entry").eachAttr("xml:lang").stream().sorted().toList());
    }

    @Test
    void aLanguageWithoutLabelsOrPatternsFallsBackWithOneWarningEach() throws IOException {
        String pdf = pdfText("kort-om-hamnen");
        assertTrue(pdf.contains("By Åsa Lindqvist"), "English words stand in for Swedish: " + pdf);
        assertEquals("sv", pdfLanguage("kort-om-hamnen"));

        List<String> warnings = run.err().lines().filter(line -> line.contains(": warning: ")).toList();
        assertEquals(3, warnings.size(), run.err());
        // Paths are printed as given, relative to where the build runs.
        String swedish = "desks/languages/briefings/kort-om-hamnen.md:9:7: ";
        assertTrue(warnings.stream().anyMatch(w -> w.contains(swedish) && w.contains("no labels for 'sv'")
                && w.endsWith("[labels-missing]")), run.err());
        assertTrue(warnings.stream().anyMatch(w -> w.contains(swedish) && w.contains("no hyphenation patterns for 'sv'")
                && w.contains("ragged right") && w.endsWith("[hyphenation-missing]")), run.err());
        // The misspelt override is named at its place, with the key the editor meant.
        assertTrue(warnings.stream().anyMatch(w -> w.contains("desks/languages/galley.yaml:9:5: warning: unknown label 'contnets'; did you mean 'contents'?")),
                run.err());
    }
}
