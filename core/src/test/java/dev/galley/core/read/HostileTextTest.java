package dev.galley.core.read;

import dev.galley.core.config.SiteConfigReader;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.SiteConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text that is not what it seems: other encodings, NUL characters, script inside a paragraph. */
class HostileTextTest {

    private static final String BRIEFING = "---\ntitle: Größe und Время\n---\n\nEin Absatz über den Hafen.\n";

    private static BriefingReader.Result read(byte[] bytes) {
        return new BriefingReader(SiteConfig.defaults(), path -> false).read("briefings/x.md", "x.md", bytes);
    }

    private static byte[] encoded(String charset, boolean mark) {
        byte[] text = BRIEFING.getBytes(Charset.forName(charset));
        if (!mark) {
            return text;
        }
        byte[] bom = "\uFEFF".getBytes(Charset.forName(charset));
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);
        return both;
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void wideEncodingsAreReadWithAWarningNamingThem(String charset) {
        for (boolean mark : new boolean[] {true, false}) {
            BriefingReader.Result result = read(encoded(charset, mark));
            Briefing briefing = result.briefing().orElseThrow();
            assertEquals("Größe und Время", briefing.meta().title(), charset + " mark " + mark);
            assertEquals("Ein Absatz über den Hafen.", PlainText.ofBlocks(briefing.lead()).strip());
            Diagnostic warning = result.diagnostics().get(0);
            assertEquals("1:1 encoding-utf16", warning.pos().line() + ":" + warning.pos().column() + " " + warning.code());
            assertTrue(warning.message().contains(charset), warning.message());
            assertFalse(result.hasErrors(), result.diagnostics().toString());
        }
    }

    @Test
    void utf8IsNotMistakenForAWideEncoding() {
        BriefingReader.Result result = read(BRIEFING.getBytes(StandardCharsets.UTF_8));
        assertTrue(result.diagnostics().isEmpty(), result.diagnostics().toString());
    }

    @Test
    void nulCharactersAreReportedWhereTheyStandAndNeverKept() {
        BriefingReader.Result result = read("---\ntitle: T\n---\n\nab\u0000c and \u0000\n".getBytes(StandardCharsets.UTF_8));
        Diagnostic error = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("5:3", error.pos().line() + ":" + error.pos().column());
        assertTrue(error.message().startsWith("2 NUL characters"), error.message());
        assertFalse(PlainText.ofBlocks(result.briefing().orElseThrow().lead()).contains("\u0000"));
    }

    @Test
    void siteSettingsInUtf16AreRead() {
        SiteConfigReader.Result result = SiteConfigReader.read("title: Die Größe\n".getBytes(StandardCharsets.UTF_16LE), "galley.yaml");
        assertEquals("Die Größe", result.config().title());
        assertEquals("encoding-utf16", result.diagnostics().get(0).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"script", "style", "noscript", "template", "textarea", "title", "SCRIPT"})
    void theContentOfScriptAndKinIsNeverText(String element) {
        BriefingReader.Result result = read(("---\ntitle: T\n---\n\nBefore <" + element + " type=\"x\">alert(2)</"
                + element + "> after, and <" + element + ">alert(4)\n").getBytes(StandardCharsets.UTF_8));
        List<Block> lead = result.briefing().orElseThrow().lead();
        String text = PlainText.ofBlocks(lead);
        assertFalse(text.contains("alert"), text);
        assertTrue(text.contains("Before") && text.contains("after"), text);
        List<Inline> inlines = ((Block.Paragraph) lead.get(0)).inlines();
        assertTrue(inlines.stream().anyMatch(i -> i instanceof Inline.RawHtml raw
                && raw.html().equals("<" + element + " type=\"x\">alert(2)</" + element + ">")), inlines.toString());
    }

    @Test
    void tomlFrontMatterIsRefusedAtItsFirstLineAndNeverShownAsText() {
        BriefingReader.Result result = read("+++\ntitle = \"Hugo\"\ndate = 2024-05-01\n+++\n\nBody text.\n"
                .getBytes(StandardCharsets.UTF_8));
        Diagnostic error = result.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("1:1 front-matter-toml", error.pos().line() + ":" + error.pos().column() + " " + error.code());
        assertTrue(error.message().contains("TOML"), error.message());
        String text = PlainText.ofBlocks(result.briefing().orElseThrow().lead());
        assertEquals("Body text.", text.strip());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.code().equals("front-matter-missing")));
    }
}
