package dev.galley.render.pdf;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Briefings the pipeline fuzzer found the PDF renderer failing on, each set as any other. */
class FuzzFindingsTest {

    @TempDir
    Path out;

    private void setsWithoutError(String markdown) throws IOException {
        Briefing briefing = new BriefingReader(SiteConfig.defaults(), path -> false)
                .read("briefings/fuzzed.md", "fuzzed.md", markdown.getBytes(StandardCharsets.UTF_8))
                .briefing().orElseThrow();
        var diagnostics = Fixtures.render(Fixtures.site(PaperSize.A4, briefing), out, out, 1);
        assertTrue(diagnostics.stream().noneMatch(d -> d.isError()), diagnostics.toString());
        assertTrue(Files.size(out.resolve("briefings/fuzzed/fuzzed.pdf")) > 1000);
    }

    /**
     * A heading with no text at the very end of a briefing long enough for a table of contents:
     * its anchor was left pending, and the contents, set after the body, found it.
     */
    @Test
    void anEmptyHeadingAtTheEndOfALongBriefing() throws IOException {
        setsWithoutError("Text.\n\n" + "A paragraph of a long briefing.\n\n".repeat(400) + "# ");
    }

    /** The fuzzer's own input: a list in a list of thousands of lines, then an empty heading. */
    @Test
    void aNestedListItemOfThousandsOfLines() throws IOException {
        setsWithoutError("+- ++\n" + " ++\n".repeat(2_870) + "title = \"TOML\"\n+++\n\nBody.\n# ");
    }
}
