package dev.galley.core.yaml;

import dev.galley.core.config.SiteConfigReader;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** YAML that asks a loader to run, include or look something up is refused where it asks. */
class YamlTagsTest {

    private static List<String> problems(String frontMatter) {
        return new BriefingReader(SiteConfig.defaults(), path -> false)
                .read("briefings/x.md", "x.md", ("---\n" + frontMatter + "---\n\nText.\n").getBytes(StandardCharsets.UTF_8))
                .diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.code()).toList();
    }

    @Test
    void tagsOutsideTheCoreSchemaAreErrorsAtTheTagAllInOneRun() {
        assertEquals(List.of("3:6 front-matter-tag", "4:9 front-matter-tag", "5:9 front-matter-tag", "5:9 front-matter-value"),
                problems("title: T\ndek: !!java.io.File \"/etc/passwd\"\ntopics: !include /etc/hostname\nstatus: !env HOME\n"));
    }

    @Test
    void tagsOnKeysAndInsideListsAreFoundToo() {
        assertEquals(List.of("3:1 front-matter-tag", "4:13 front-matter-tag"),
                problems("title: T\n!secret key: v\ntopics: [a, !x b]\n"));
    }

    @Test
    void coreTagsPassWhenTheirValueFitsAndAreErrorsWhenNot() {
        assertEquals(List.of(), problems("title: !!str 2026\nsummary: !!str \"fine\"\n"));
        assertEquals(List.of("3:8 front-matter-tag"), problems("title: T\ncount: !!int abc\n"));
    }

    @Test
    void theMessageSaysNothingIsRun() {
        Diagnostic error = new BriefingReader(SiteConfig.defaults(), path -> false).read("briefings/x.md", "x.md",
                "---\ntitle: !env HOME\n---\n".getBytes(StandardCharsets.UTF_8)).diagnostics().stream()
                .filter(d -> d.code().equals("front-matter-tag")).findFirst().orElseThrow();
        assertTrue(error.message().contains("'!env'") && error.message().contains("never runs"), error.message());
    }

    @Test
    void siteSettingsAreCheckedAlike() {
        List<Diagnostic> diagnostics = SiteConfigReader.read("title: !include other.yaml\n".getBytes(StandardCharsets.UTF_8),
                "galley.yaml").diagnostics();
        assertEquals("1:8 config-tag", diagnostics.get(0).pos().line() + ":" + diagnostics.get(0).pos().column()
                + " " + diagnostics.get(0).code());
    }

    @Test
    void anAliasBombIsPlacedAtTheAliasThatCrossedTheLimit() {
        StringBuilder yaml = new StringBuilder("title: Bomb\na: &a [x, x]\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("b").append(i).append(": *a\n"); // line 4 + i of the file
        }
        List<String> problems = problems(yaml.toString());
        assertEquals(List.of((4 + YamlReader.MAX_ALIASES) + ":6 yaml-syntax"), problems);
    }

    /** Found by the pipeline fuzzer: an emoji across snakeyaml-engine's 1,024-character buffer. */
    @Test
    void emojiAcrossTheParsersBufferAreRead() {
        for (int shift = 0; shift < 3; shift++) {
            String title = "x".repeat(1000 + shift) + "\uD83D\uDE00".repeat(100);
            assertEquals(List.of(), problems("title: \"" + title + "\"\n"));
        }
    }
}
