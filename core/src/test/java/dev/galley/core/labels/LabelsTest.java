package dev.galley.core.labels;

import dev.galley.core.config.SiteConfigReader;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelsTest {

    private static Labels of(String tag) {
        return LabelBook.shipped().forLanguage(tag);
    }

    @Test
    void everyShippedLanguageLoadsWithoutProblems() {
        // a problem in a shipped file throws; every key resolves (English fills pt-BR's gaps)
        for (String tag : LabelBook.SHIPPED) {
            Labels labels = of(tag);
            for (LabelKey key : LabelKey.values()) {
                assertFalse(labels.count(key, 2).isBlank(), tag + " " + key.key());
            }
        }
    }

    @Test
    void everyShippedLanguageButRegionalVariantsWritesEveryKeyItself() {
        // else a key would fall back to English in that language without anyone noticing
        for (String tag : LabelBook.SHIPPED) {
            if (!tag.contains("-")) {
                assertEquals(java.util.EnumSet.allOf(LabelKey.class), LabelBook.shippedKeys(tag), tag);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|30 January 2025|1 March 2025|January 2025",
        "de|30. Januar 2025|1. März 2025|Januar 2025",
        "fr|30 janvier 2025|1er mars 2025|Janvier 2025",
        "es|30 de enero de 2025|1 de marzo de 2025|Enero de 2025",
        "it|30 gennaio 2025|1º marzo 2025|Gennaio 2025",
        "nl|30 januari 2025|1 maart 2025|Januari 2025",
        "pl|30 stycznia 2025|1 marca 2025|Styczeń 2025",
        "pt|30 de janeiro de 2025|1 de março de 2025|Janeiro de 2025",
        "pt-BR|30 de janeiro de 2025|1 de março de 2025|Janeiro de 2025",
        "ru|30 января 2025|1 марта 2025|Январь 2025",
        "uk|30 січня 2025|1 березня 2025|Січень 2025",
    })
    void datesAndMonthsAsEachLanguageWritesThem(String tag, String day, String first, String month) {
        // Pinned: the JDK's CLDR data gives the month names; a JDK that changed them would change bytes.
        Labels labels = of(tag);
        assertEquals(day, labels.date(LocalDate.of(2025, 1, 30)));
        assertEquals(first, labels.date(LocalDate.of(2025, 3, 1)));
        assertEquals(month, labels.month(YearMonth.of(2025, 1)));
    }

    @Test
    void frenchTimeAndTheEmbargoLine() {
        Labels fr = of("fr");
        assertEquals("Sous embargo jusqu\u2019au 1er mars 2025 à 09 h 30 UTC", fr.text(LabelKey.EMBARGOED_UNTIL,
                "date", fr.date(LocalDate.of(2025, 3, 1)), "time", fr.time(LocalTime.of(9, 30))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|1|1 page", "en|3|3 pages", "en|0|0 pages",
        "fr|0|0 page", "fr|1|1 page", "fr|2|2 pages",
        "de|1|1 Seite", "de|21|21 Seiten",
        "ru|1|1 страница", "ru|3|3 страницы", "ru|5|5 страниц", "ru|11|11 страниц", "ru|21|21 страница",
        "ru|22|22 страницы", "ru|112|112 страниц",
        "uk|2|2 сторінки", "uk|25|25 сторінок",
        "pl|1|1 strona", "pl|4|4 strony", "pl|5|5 stron", "pl|22|22 strony", "pl|12|12 stron", "pl|21|21 stron",
    })
    void pageCountsInTheLanguagesPluralForms(String tag, long n, String expected) {
        assertEquals(expected, of(tag).count(LabelKey.PAGES, n));
    }

    @Test
    void readingTimeHasPluralFormsToo() {
        assertEquals("1 minute de lecture", of("fr").count(LabelKey.READING_TIME, 1));
        assertEquals("2 minutes de lecture", of("fr").count(LabelKey.READING_TIME, 2));
        assertEquals("Время чтения: 5 минут", of("ru").count(LabelKey.READING_TIME, 5));
        assertEquals("1 Minute Lesezeit", of("de").count(LabelKey.READING_TIME, 1));
    }

    @Test
    void pluralRulesFollowCldrForIntegers() {
        assertEquals(PluralCategory.ONE, PluralRules.category("pt-BR", 0));
        assertEquals(PluralCategory.OTHER, PluralRules.category("pt-PT", 0));
        assertEquals(PluralCategory.MANY, PluralRules.category("fr", 2_000_000));
        assertEquals(PluralCategory.FEW, PluralRules.category("cs", 3));
        assertEquals(PluralCategory.OTHER, PluralRules.category("ja", 1));
        assertEquals(PluralCategory.ONE, PluralRules.category("sv", 1));
        assertEquals(PluralCategory.OTHER, PluralRules.category("sv", 2));
    }

    @Test
    void listsJoinNamesAsTheLanguageDoes() {
        assertEquals("Von Jörg Weißmüller und Änne Großkopf", of("de").text(LabelKey.BYLINE, "authors",
                of("de").list(List.of("Jörg Weißmüller", "Änne Großkopf"))));
        assertEquals("A, B et C", of("fr").list(List.of("A", "B", "C")));
        assertEquals("A", of("ru").list(List.of("A")));
    }

    @Test
    void regionalTagsFallBackToTheirLanguageThenEnglish() {
        assertEquals("Inhalt", of("de-CH").text(LabelKey.CONTENTS));
        assertEquals("Sumário", of("pt-BR").text(LabelKey.CONTENTS));
        assertEquals("Índice", of("pt").text(LabelKey.CONTENTS));
        assertEquals("Índice", of("pt-PT").text(LabelKey.CONTENTS));
        assertEquals("Contents", of("sv").text(LabelKey.CONTENTS));
        assertTrue(LabelBook.shipped().knows("de-AT"));
        assertTrue(LabelBook.shipped().knows("en-GB"));
        assertFalse(LabelBook.shipped().knows("sv"));
    }

    @Test
    void aDeskOverridesAndAddsLabelsInGalleyYaml() {
        String yaml = """
                title: Desk
                labels:
                  de:
                    byline: "Text: {authors}"
                    contnets: Inhalt
                  sv:
                    contents: Innehåll
                    pages:
                      one: "{count} sida"
                      other: "{count} sidor"
                    page_of: "Sida {page} av {total}"
                """;
        SiteConfigReader.Result result = SiteConfigReader.read(yaml.getBytes(StandardCharsets.UTF_8), "galley.yaml");
        SiteConfig config = result.config();
        LabelBook book = config.labelBook();
        assertEquals("Text: A und B", book.forLanguage("de").text(LabelKey.BYLINE, "authors",
                book.forLanguage("de").list(List.of("A", "B"))));
        assertEquals("Inhalt", book.forLanguage("de").text(LabelKey.CONTENTS), "the rest stays Galley's");
        assertEquals("Innehåll", book.forLanguage("sv").text(LabelKey.CONTENTS));
        assertEquals("3 sidor", book.forLanguage("sv").count(LabelKey.PAGES, 3));
        assertEquals("Notes", book.forLanguage("sv").text(LabelKey.NOTES), "what the desk left out is English");
        assertTrue(book.knows("sv"));
        List<String> problems = result.diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("galley.yaml:5:5: warning: unknown label 'contnets'"), problems.get(0));
        assertTrue(problems.get(1).startsWith("galley.yaml:11:14: warning: {total} means nothing in page_of; it knows {page}, {pages}"),
                problems.get(1));
    }

    @Test
    void aPluralWithoutItsOtherFormIsAnError() {
        String yaml = """
                labels:
                  sv:
                    pages:
                      one: "{count} sida"
                """;
        List<Diagnostic> problems = SiteConfigReader.read(yaml.getBytes(StandardCharsets.UTF_8), "galley.yaml").diagnostics();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).format().startsWith("galley.yaml:3:5: error: pages needs its 'other' form"),
                problems.get(0).format());
    }
}
