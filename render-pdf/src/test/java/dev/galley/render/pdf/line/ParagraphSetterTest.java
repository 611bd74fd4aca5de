package dev.galley.render.pdf.line;

import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.hyphen.Hyphenator;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole paragraphs with the real fonts: spacing stays even, and narrow measures go ragged. */
class ParagraphSetterTest {

    private static final Style BODY = Style.of(FontFace.SERIF, 10);
    private final ParagraphSetter setter = new ParagraphSetter(FontLibrary.get());
    private final Hyphenator english = Hyphenator.forLanguage("en").orElseThrow();

    /** The seed briefing's paragraphs, its headings left out. */
    private static List<String> seedParagraphs() throws IOException {
        return Files.readAllLines(Path.of("/work/shared/seed/briefing-source.txt")).stream()
                .filter(line -> line.length() >= 80).toList();
    }

    @Test
    void theSeedSetsJustifiedWithinTolerance() throws IOException {
        int lines = 0;
        int hyphens = 0;
        for (String paragraph : seedParagraphs()) {
            List<Line> set = setter.set(List.of(Run.text(paragraph, BODY)), 451.3f, 10, english, true);
            for (int i = 0; i < set.size(); i++) {
                Line line = set.get(i);
                assertTrue(line.width() <= 451.3f + 0.01f, line.text());
                if (i < set.size() - 1) {
                    // Stretched or shrunk by no more than TeX's tolerance allows (badness 200).
                    assertTrue(line.ratio() >= -1 && line.ratio() <= 1.26, line.ratio() + ": " + line.text());
                    assertEquals(451.3f, line.width(), 0.05f, "justified: " + line.text());
                }
                hyphens += line.hyphenated() ? 1 : 0;
                lines++;
            }
        }
        assertTrue(lines > 40, "lines: " + lines);
        assertTrue(hyphens < lines / 4, "hyphens: " + hyphens + " of " + lines);
    }

    @Test
    void aNarrowMeasureIsSetRaggedRight() {
        String text = "Narrow table cells and deep list indents would leave justified lines full of holes.";
        List<Line> set = setter.set(List.of(Run.text(text, BODY)), 120f, 10, english, true);
        assertTrue(set.size() > 3);
        for (Line line : set) {
            assertEquals(0f, Math.max(0, line.ratio()), "ragged lines keep natural spaces");
            assertTrue(line.width() <= 120.01f, line.text());
        }
    }

    @Test
    void aWebAddressBreaksAfterItsSeparatorsWithoutAHyphenAndWithoutLooseLines() {
        String address = "https://data.vellmar-harbour.example/statistics/tonnage_by_month?year=2019&format=csv";
        String text = "The figures for 2019, and those of every year since, are at " + address
                + " for anyone who wants to check them.";
        for (float measure : new float[] {260f, 300f, 340f}) {
            List<Line> set = setter.set(List.of(Run.text(text, BODY)), measure, 10, english, true);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < set.size(); i++) {
                Line line = set.get(i);
                joined.append(line.text());
                if (i < set.size() - 1) {
                    assertTrue(line.ratio() <= 1.26, measure + ": no line set loose to keep the address whole: "
                            + line.ratio() + " " + line.text());
                }
            }
            String all = joined.toString();
            assertTrue(all.replace(" ", "").contains(address.replace(" ", "")), measure + ": " + all);
            assertTrue(!all.contains("-\n") && set.stream().noneMatch(l -> l.hyphenated() && l.text().contains("vellmar")),
                    measure + ": no hyphen added inside the address: " + all);
            assertTrue(set.stream().anyMatch(l -> l.text().contains("https://") && !l.text().contains("csv")),
                    measure + ": the address is broken across lines: " + all);
        }
    }

    @Test
    void aShortMeasureIsJustifiedWhereItCanBeWellAndElseRaggedAsAWhole() throws IOException {
        int justified = 0;
        int ragged = 0;
        for (String paragraph : seedParagraphs()) {
            for (int step = 0; step < 8; step++) {
                float measure = 220f + 10f * step;
                List<Line> set = setter.set(List.of(Run.text(paragraph, BODY)), measure, 10, english, true);
                List<Line> full = set.subList(0, set.size() - 1);
                if (full.stream().allMatch(l -> l.ratio() <= 0 && l.width() <= measure + 0.01f)
                        && full.stream().anyMatch(l -> l.width() < measure - 1)) {
                    ragged++;
                    continue;
                }
                for (Line line : full) {
                    // within the tolerances, never the emergency pass's loose lines
                    assertTrue(line.ratio() >= -1 && line.ratio() <= 1.26, measure + ": " + line.ratio() + " "
                            + line.text());
                    assertEquals(measure, line.width(), 0.05f, "justified: " + line.text());
                }
                justified++;
            }
        }
        assertTrue(justified > 3 * ragged, "most paragraphs justify: " + justified + " against " + ragged);
        assertTrue(ragged > 0, "some cannot, and go ragged: " + ragged);
    }
}
