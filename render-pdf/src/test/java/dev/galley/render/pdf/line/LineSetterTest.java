package dev.galley.render.pdf.line;

import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.text.Style;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Setting a broken line: where font expansion and letter-spacing take a loose line's room. */
class LineSetterTest {

    private static final Style BODY = Style.of(FontFace.SERIF, 10);
    private static final int SPACE = Sp.of(2.5f);

    /** Six 30 pt words with 2.5 pt spaces that stretch by half their width, broken after the last. */
    private static List<Item> words() {
        List<Item> items = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            if (w > 0) {
                items.add(new Item.Glue(SPACE, SPACE / 2, SPACE / 3, true));
            }
            items.add(new Item.Box(Sp.of(30f), "word", BODY));
        }
        items.add(Item.Penalty.FORCE);
        return items;
    }

    private static List<Float> spaces(Line line) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < line.fragments().size(); i++) {
            Fragment f = line.fragments().get(i);
            gaps.add((line.fragments().get(i + 1).x() - (f.x() + f.width())) / Sp.toPoints(SPACE));
        }
        return gaps;
    }

    @Test
    void aLineTheBreakerSetLooserThanTheLoosestSpaceGetsTheRestBetweenItsLetters() {
        List<Item> items = words();
        // natural 192.5 pt; at ratio 1.26 (TeX's tolerance of 200), expansion of 2 % gives 3.6 pt
        // and the spaces' stretch 6.25 pt the rest: spaces 1.63 times their width without more
        float natural = 6 * 30 + 5 * 2.5f;
        float target = natural + 3.6f + 1.26f * 6.25f;
        double ratio = (Sp.of(target) - Sp.of(natural)) / (double) (5 * (SPACE / 2) + Sp.of(180f) * 20 / 1000);
        List<KnuthPlassBreaker.Break> breaks = List.of(new KnuthPlassBreaker.Break(items.size() - 1, ratio, false));

        Line line = LineSetter.set(items, breaks, true, Protrusion.NONE, 20).get(0);
        assertEquals(target, line.width(), 0.01f, "still set to its measure");
        for (float space : spaces(line)) {
            assertTrue(space <= LineSetter.LOOSEST_SPACE && space > 1.5f, "space " + space);
        }
        for (Fragment f : line.fragments()) {
            assertTrue(f.tracking() > 0 && f.tracking() <= 0.005f * 10, "tracking " + f.tracking());
            assertEquals(1.02f, f.scale(), 1e-6f);
        }
        assertEquals("word word word word word word", line.text());

        // Without expansion (the desk turned it off) nothing is letter-spaced.
        Line plain = LineSetter.set(items, breaks, true, Protrusion.NONE, 0).get(0);
        plain.fragments().forEach(f -> assertEquals(0f, f.tracking()));
    }

    @Test
    void aLineWithinTheLoosestSpaceIsNotLetterSpaced() {
        List<Item> items = words();
        List<KnuthPlassBreaker.Break> breaks = List.of(new KnuthPlassBreaker.Break(items.size() - 1, 1.1, false));
        Line line = LineSetter.set(items, breaks, true, Protrusion.NONE, 20).get(0);
        line.fragments().forEach(f -> assertEquals(0f, f.tracking()));
        for (float space : spaces(line)) {
            assertTrue(space < LineSetter.LOOSEST_SPACE, "space " + space);
        }
    }
}
