package dev.galley.core.read;

import dev.galley.core.model.Block;
import dev.galley.core.model.BodyCounts;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.Section;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.Walk;
import dev.galley.core.text.WordCount;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The counts made in one walk as a briefing is read give what the two walks they replaced gave
 * (the reader's word count, the paragraph-length rule's count of each paragraph), and the body's
 * line for the search index is the text its own flattening gave (each reimplemented here as it
 * was).
 */
class BodyCountsTest {

    private static final String EVERY_CONSTRUCT = """
            ---
            title: Every construct
            ---
            A lead with *emphasis*, **strong**, ~~struck~~, `code`, a [link](https://example.org) and
            a note.[^1] Words\u00A0with a no-break space, a tab\there, and Ümlaut café 2024.

            ![A chart of the front](img/chart.png "Caption")

            ## First section

            - one item
            - two items
              1. nested ordered
              2. and more

            > A quote with two
            > lines.

            > [!NOTE]
            > A callout's text.

            ### Deeper

            | Head | Other |
            |------|-------|
            | cell | more cells |

            ```
            code block  with   spaces
            ```

            #### Deepest

            ---

            ## Empty

            ## Last — with a dash

            Closing paragraph.

            [^1]: The note, with *its* words.

                A second paragraph in the note.
            """;

    @Test
    void everyConstructGivesTheCountsAndTextOfTheWalksTheyReplaced() {
        assertSameAsBefore(read(EVERY_CONSTRUCT));
    }

    @Test
    void theDeskBriefingGivesTheCountsAndTextOfTheWalksTheyReplaced() throws IOException {
        assertSameAsBefore(read(Files.readString(Path.of("../content/briefings/nato-after-ukraine.md"))));
    }

    @Test
    void withoutALeadTheLineStillHasNoSpaceAtEitherEnd() {
        Briefing briefing = read("---\ntitle: T\n---\n## Only\n\n  Text.  \n");
        assertEquals("Only Text.", PlainText.ofBody(briefing, 100));
        assertEquals(2, briefing.wordCount());
        assertEquals("Only", PlainText.ofBody(briefing, 4));
        assertSameAsBefore(briefing);
    }

    @Test
    void anEmptyBodyHasNoText() {
        Briefing briefing = read("---\ntitle: T\n---\n");
        assertEquals(BodyCounts.EMPTY, briefing.counts());
        assertEquals("", PlainText.ofBody(briefing, 100));
    }

    private static Briefing read(String markdown) {
        return new BriefingReader(SiteConfig.defaults(), path -> true)
                .read("briefings/test.md", "briefings/test.md", markdown.getBytes(StandardCharsets.UTF_8))
                .briefing().orElseThrow();
    }

    private static void assertSameAsBefore(Briefing briefing) {
        assertEquals(formerWordCount(briefing), briefing.wordCount());
        assertEquals(formerParagraphWords(briefing),
                briefing.counts().paragraphs().stream().map(BodyCounts.ParagraphWords::words).toList());
        for (int limit : new int[] {1, 7, 100, 20_000}) {
            assertEquals(formerSearchText(briefing, limit), PlainText.ofBody(briefing, limit));
        }
    }

    /** BriefingReader's count before: the body flattened with the headings on lines of their own. */
    private static int formerWordCount(Briefing briefing) {
        StringBuilder text = new StringBuilder(PlainText.ofBlocks(briefing.lead()));
        appendSections(briefing.sections(), text);
        for (Footnote note : briefing.footnotes()) {
            text.append(PlainText.ofBlocks(note.blocks()));
        }
        return WordCount.of(text);
    }

    private static void appendSections(List<Section> sections, StringBuilder text) {
        for (Section section : sections) {
            text.append(section.headingText()).append('\n').append(PlainText.ofBlocks(section.blocks()));
            appendSections(section.children(), text);
        }
    }

    /** ContentRules' count before: each paragraph flattened as the walk reached it. */
    private static List<Integer> formerParagraphWords(Briefing briefing) {
        List<Integer> words = new ArrayList<>();
        Walk.inlines(briefing, (block, inline) -> {
            if (block instanceof Block.Paragraph paragraph && paragraph.inlines().get(0) == inline) {
                words.add(WordCount.of(PlainText.of(paragraph.inlines())));
            }
        });
        return words;
    }

    /** render-html's search text before: the body flattened again, joined by spaces, squeezed. */
    private static String formerSearchText(Briefing briefing, int limit) {
        StringBuilder sb = new StringBuilder(PlainText.ofBlocks(briefing.lead()));
        for (Section s : briefing.allSections()) {
            sb.append(' ').append(PlainText.of(s.heading())).append(' ').append(PlainText.ofBlocks(s.blocks()));
        }
        for (Footnote f : briefing.footnotes()) {
            sb.append(' ').append(PlainText.ofBlocks(f.blocks()));
        }
        return PlainText.squeezed(sb, limit);
    }
}
