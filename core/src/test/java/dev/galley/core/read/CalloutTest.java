package dev.galley.core.read;

import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GitHub's alerts ({@code > [!NOTE]}) read as callouts, with Obsidian's titles. */
class CalloutTest {

    private static BriefingReader.Result read(String body) {
        return new BriefingReader(SiteConfig.defaults(), path -> false).read("briefings/test.md",
                "briefings/test.md", ("---\ntitle: T\n---\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Block> lead(String body) {
        BriefingReader.Result result = read(body);
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        return result.briefing().orElseThrow().lead();
    }

    @Test
    void everyKindInAnyCaseWithTheDefaultTitle() {
        List<Block> blocks = lead("""
                > [!NOTE]
                > Useful information.

                > [!tip]
                > A tip.

                > [!Important]
                > Crucial.

                > [!WARNING]
                > Urgent.

                > [!caution]
                > Risky.
                """);
        assertEquals(List.of(Block.Callout.Kind.NOTE, Block.Callout.Kind.TIP, Block.Callout.Kind.IMPORTANT,
                        Block.Callout.Kind.WARNING, Block.Callout.Kind.CAUTION),
                blocks.stream().map(b -> ((Block.Callout) b).kind()).toList());
        Block.Callout note = (Block.Callout) blocks.get(0);
        assertEquals(Optional.empty(), note.title());
        assertEquals("Useful information.\n", PlainText.ofBlocks(note.blocks()));
        assertEquals(4, note.pos().line());
    }

    @Test
    void aTitleAfterTheMarkerAndBlocksAfterIt() {
        Block.Callout callout = (Block.Callout) lead("""
                > [!WARNING] Sanctions *take* time
                > The first paragraph,
                > two lines.
                >
                > - a list
                >
                > > a quote
                """).get(0);
        assertEquals("Sanctions take time", PlainText.of(callout.title().orElseThrow()));
        assertEquals(3, callout.blocks().size());
        assertEquals("The first paragraph, two lines.\n", PlainText.ofBlocks(callout.blocks().subList(0, 1)));
        assertEquals(5, callout.blocks().get(0).pos().line());
        assertInstanceOf(Block.BulletList.class, callout.blocks().get(1));
        assertInstanceOf(Block.BlockQuote.class, callout.blocks().get(2));
    }

    @Test
    void aMarkerAloneIsAnEmptyCallout() {
        Block.Callout callout = (Block.Callout) lead("> [!TIP]\n").get(0);
        assertTrue(callout.blocks().isEmpty());
        assertEquals(Optional.empty(), callout.title());
    }

    @Test
    void anUnknownKindStaysAQuoteWithAWarning() {
        BriefingReader.Result result = read("> [!DANGER]\n> Hot.\n\n> [!NOTE]text without a space\n\n> Plain [!NOTE]\n");
        List<Block> blocks = result.briefing().orElseThrow().lead();
        assertEquals(3, blocks.size());
        blocks.forEach(b -> assertInstanceOf(Block.BlockQuote.class, b));
        assertEquals(List.of("4:3 callout-kind"), result.diagnostics().stream()
                .map(d -> d.pos() + " " + d.code()).toList());
        assertTrue(PlainText.ofBlocks(blocks).startsWith("[!DANGER] Hot."), PlainText.ofBlocks(blocks));
    }
}
