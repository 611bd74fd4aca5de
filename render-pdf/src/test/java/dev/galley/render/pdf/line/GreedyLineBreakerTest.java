package dev.galley.render.pdf.line;

import dev.galley.render.pdf.FakeMetrics;
import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The breaker on item lists: with 10 pt fake metrics a character is 5 pt, a space 2.5 pt. */
class GreedyLineBreakerTest {

    private static final Style STYLE = Style.of(FontFace.SERIF, 10);
    private final GreedyLineBreaker breaker = new GreedyLineBreaker(FakeMetrics.INSTANCE);

    private List<String> lines(String text, float measure) {
        List<Item> items = ItemBuilder.prose(List.of(Run.text(text, STYLE)), FakeMetrics.INSTANCE);
        return breaker.breakLines(items, measure).stream()
                .map(Line::text)
                .collect(Collectors.toList());
    }

    @Test
    void putsAsManyWordsOnALineAsFit() {
        // "aaaa bbbb" is 20 + 2.5 + 20 = 42.5 pt.
        assertEquals(List.of("aaaa bbbb", "cccc dd"), lines("aaaa bbbb cccc dd", 42.5f));
        assertEquals(List.of("aaaa", "bbbb", "cccc dd"), lines("aaaa bbbb cccc dd", 42.4f));
    }

    @Test
    void collapsesSpacesAndDropsThemAtLineEnds() {
        assertEquals(List.of("aa bb"), lines("  aa    bb  ", 100));
    }

    @Test
    void breaksAfterHyphensAndSlashes() {
        assertEquals(List.of("well-", "known", "a/b/", "cc"), lines("well-known a/b/cc", 26));
    }

    @Test
    void cutsAWordWiderThanTheMeasureBetweenCharacters() {
        String word = "x".repeat(1000);
        List<Line> broken = breaker.breakLines(
                ItemBuilder.prose(List.of(Run.text("a " + word + " b", STYLE)), FakeMetrics.INSTANCE), 100);
        StringBuilder all = new StringBuilder();
        for (Line line : broken) {
            assertTrue(line.width() <= 100, "line width " + line.width());
            line.fragments().forEach(f -> all.append(f.text()).append('|'));
        }
        // The last piece fills its line exactly, so "b" starts the next one.
        assertEquals("a|" + ("x".repeat(20) + "|").repeat(50) + "b|", all.toString());
    }

    @Test
    void aForcedBreakEndsTheLine() {
        List<Item> items = ItemBuilder.prose(List.of(Run.text("one ", STYLE), Run.lineBreak(STYLE),
                Run.lineBreak(STYLE), Run.text("two", STYLE)), FakeMetrics.INSTANCE);
        List<Line> broken = breaker.breakLines(items, 100);
        assertEquals(3, broken.size());
        assertEquals(0, broken.get(1).fragments().size(), "two breaks leave an empty line");
    }

    @Test
    void fragmentsOfDifferentStylesArePlacedSideBySide() {
        Style bold = STYLE.withFace(FontFace.SERIF_BOLD);
        List<Line> broken = breaker.breakLines(ItemBuilder.prose(
                List.of(Run.text("ab ", STYLE), Run.text("cd", bold), Run.text("ef", STYLE)),
                FakeMetrics.INSTANCE), 100);
        List<Fragment> fragments = broken.get(0).fragments();
        assertEquals(List.of("ab ", "cd", "ef"), fragments.stream().map(Fragment::text).collect(Collectors.toList()));
        assertEquals(12.5f, fragments.get(1).x());
        assertEquals(22.5f, fragments.get(2).x());
    }
}
