package dev.galley.core.read;

import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

class FieldTypographyTest {

    private static Briefing briefing(String markdown) {
        BriefingReader.Result result = new BriefingReader(SiteConfig.defaults(), path -> false)
                .read("briefings/test.md", "content/briefings/test.md", markdown.getBytes(StandardCharsets.UTF_8));
        assertFalse(result.hasErrors(), () -> "unexpected errors: " + result.diagnostics());
        return result.briefing().orElseThrow();
    }

    @Test
    void titleDekSummaryAndAuthorsGetTheBodysPunctuation() {
        Meta meta = briefing("""
                ---
                title: The Port of Vellmar's Difficult Year
                dek: "\\"Not again\\" -- the harbour master's 'last' word..."
                summary: Cranes idle---for now. . . Traffic 2024--2025.
                authors:
                  - name: Aoife O'Brien
                    role: Editor's "desk" -- Europe
                  - Sam D'Arcy
                topics: [Vellmar's port, "a--b"]
                slug: vellmar-s--year
                aliases: [old/vellmar--2024/]
                ---
                Body.
                """).meta();
        assertEquals("The Port of Vellmar\u2019s Difficult Year", meta.title());
        assertEquals("\u201CNot again\u201D \u2013 the harbour master\u2019s \u2018last\u2019 word\u2026",
                meta.dek().orElseThrow());
        assertEquals("Cranes idle\u2014for now\u2026 Traffic 2024\u20132025.", meta.summary().orElseThrow());
        assertEquals("Aoife O\u2019Brien", meta.authors().get(0).name());
        assertEquals("Editor\u2019s \u201Cdesk\u201D \u2013 Europe", meta.authors().get(0).role().orElseThrow());
        assertEquals("Sam D\u2019Arcy", meta.authors().get(1).name());
        // names of pages and topics are used in addresses: as written
        assertEquals(List.of("Vellmar's port", "a--b"), meta.topics());
        assertEquals("vellmar-s--year", meta.slug().orElseThrow());
        assertEquals(List.of("old/vellmar--2024/"), meta.aliases());
    }

    /** One set of rules: a title comes out as the same words in a paragraph of the body do. */
    @Test
    void aFieldReadsAsTheSameTextInTheBody() {
        for (String text : List.of("It's \"quoted\" -- and 'single' --- then...", "<<guillemets>> 'n' \"nested 'one'\"",
                "rock 'n' roll, the '90s", "\"unmatched", "O'Brien's 'x'--y")) {
            Briefing b = briefing("---\ntitle: '" + text.replace("'", "''") + "'\n---\n" + text + "\n");
            Block.Paragraph body = (Block.Paragraph) b.lead().get(0);
            assertEquals(PlainText.of(body.inlines()), b.meta().title(), text);
        }
    }

    @Test
    void aFieldIsNotMarkdown() {
        // marks that would be emphasis, code, an entity, an escape or a list in the body are kept
        assertEquals("*Ports* & `cranes` &amp; \u201Cfees\u201D \\", FieldTypography.apply("*Ports* & `cranes` &amp; \"fees\" \\"));
        // as in the body, a quote after a backslash or in backticks stays straight
        assertEquals("\\\"a\" `'b'` \u2018c\u2019", FieldTypography.apply("\\\"a\" `'b'` 'c'"));
        assertEquals("1. Vellmar\u2019s year", FieldTypography.apply("1. Vellmar's year"));
        assertEquals("# \u201CHeading\u201D", FieldTypography.apply("# \"Heading\""));
        assertEquals("---", FieldTypography.apply("---")); // a rule in the body, left alone there too
        assertEquals("a\u2019b\n\u201Cc\u201D", FieldTypography.apply("a'b\n\"c\""));
        String plain = "Nothing to change here";
        assertSame(plain, FieldTypography.apply(plain));
    }

    @Test
    void aFrenchFieldGetsWhatFrenchBodyCountsGets() {
        // The body's pass makes « » from << >> in every language, and the renderers add the
        // French spaces per language afterwards, to the body and the fields alike.
        Briefing b = briefing("---\ntitle: <<L'année du port>> -- bilan...\nlang: fr\n---\n"
                + "<<L'année du port>> -- bilan...\n");
        assertEquals("\u00ABL\u2019ann\u00E9e du port\u00BB \u2013 bilan\u2026", b.meta().title());
        assertEquals(PlainText.of(((Block.Paragraph) b.lead().get(0)).inlines()), b.meta().title());
    }

    @Test
    void aLineWithoutTheMarksItLooksForIsWhatTheParserWouldGive() {
        // every line of up to four characters of this alphabet: the marks but the quotes (a line
        // with a quote is always parsed) alone and beside each other, with characters that
        // change what they mean
        String alphabet = ".-<> a\\`";
        List<String> lines = new java.util.ArrayList<>(List.of(""));
        for (int length = 1; length <= 4; length++) {
            List<String> longer = new java.util.ArrayList<>();
            for (String line : lines) {
                if (line.length() == length - 1) {
                    for (char c : alphabet.toCharArray()) {
                        longer.add(line + c);
                    }
                }
            }
            lines.addAll(longer);
        }
        for (String line : lines) {
            assertEquals(FieldTypography.parsed(line), FieldTypography.apply(line), line);
        }
    }
}
