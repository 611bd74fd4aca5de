package dev.galley.core.check;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import dev.galley.core.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each content rule firing, not firing, and tuned from galley.yaml. */
class RulesTest {

    @TempDir
    Path dir;

    private List<String> check(String spec) throws IOException {
        Path content = ContentFixture.write(dir.resolve("content"), spec);
        Files.createDirectories(content.resolve("briefings"));
        Files.write(content.resolve("briefings/map.png"), new byte[] {1});
        PublishReport report = new Publisher(List.of()).check(new PublishRequest(content, dir.resolve("out"),
                BuildContext.forTest(1), content, false));
        return report.diagnostics().stream().map(d -> d.pos() + " " + d.severity().label() + " " + d.code()).toList();
    }

    private static final String BRIEFING = """
            -- briefings/a.md --
            ---
            title: A
            ---
            ![](map.png)

            ![A map](map.png)

            ## Fine

            Text.

            #### Skipped a level

            Text.

            ## Has only a child

            ### Third level under second is fine

            Text.

            ## Empty
            """;

    @Test
    void rulesFireWhereTheProblemIs() throws IOException {
        assertEquals(List.of(
                "4:1 error image-alt",
                "12:1 warning heading-skip",
                "22:1 warning section-empty"), check(BRIEFING));
    }

    @Test
    void aSectionWithOnlySubsectionsIsNotEmpty() throws IOException {
        List<String> problems = check(BRIEFING);
        assertEquals(1, problems.stream().filter(p -> p.contains("section-empty")).count(), problems.toString());
    }

    @Test
    void galleyYamlTurnsRulesOffOrChangesTheirLevel() throws IOException {
        List<String> problems = check("""
                -- galley.yaml --
                rules:
                  image-alt: warning
                  heading-skip: off
                  section-empty: error
                  no-such-rule: off
                """ + BRIEFING);
        assertEquals(List.of(
                "4:1 warning image-alt",
                "22:1 error section-empty",
                "5:3 warning config-key"), problems);
    }

    @Test
    void longParagraphsAreFlagged() throws IOException {
        List<String> problems = check("-- briefings/b.md --\n---\ntitle: B\n---\n" + "word ".repeat(260) + "\n\n"
                + "word ".repeat(200) + "\n");
        assertEquals(List.of("4:1 warning paragraph-length"), problems);
    }

    @Test
    void aCleanBriefingHasNoProblems() throws IOException {
        assertEquals(List.of(), check("-- briefings/c.md --\n---\ntitle: C\n---\nLead.\n\n## One\n\nText.\n\n### Two\n\nMore.\n"));
    }

    @Test
    void json() {
        List<Diagnostic> one = List.of(new Diagnostic(dev.galley.core.diagnostic.Severity.ERROR, "a \"b\".md",
                new dev.galley.core.model.SourcePos(2, 3), "x", "bad </script> here"));
        assertEquals("[\n  {\"file\": \"a \\\"b\\\".md\", \"line\": 2, \"column\": 3, \"severity\": \"error\","
                + " \"code\": \"x\", \"message\": \"bad \\u003c/script\\u003e here\"}\n]",
                dev.galley.core.diagnostic.DiagnosticJson.of(one));
    }
}
