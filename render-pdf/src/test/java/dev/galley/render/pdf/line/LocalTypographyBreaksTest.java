package dev.galley.render.pdf.line;

import dev.galley.core.text.LocalTypography;
import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.hyphen.Hyphenator;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A French paragraph set at every measure from 120 to 450 points, so that line ends fall at or
 * next to each number, unit, high punctuation mark and spaced dash: none may be split from what it
 * belongs to.
 */
class LocalTypographyBreaksTest {

    private static final Style BODY = Style.of(FontFace.SERIF, 10);
    private static final String PARAGRAPH = "Le ticket de tram coûte désormais 2,10 € et la régie compte "
            + "4 800 emplois directs dans une agglomération de 41 600 habitants ; 62 % des trajets se font aux "
            + "heures de pointe. Pourquoi ? Parce que la ligne de 12 km relie le port : les dockers, disait-on, "
            + "«vivent au rythme des marées». Qui paiera? Le constat est simple: la facture atteint 3,5 millions "
            + "— et personne ne veut la régler seul.";
    /** What may never start a line: the second half of each tied pair. */
    private static final List<String> NEVER_FIRST = List.of("€", "%", "800", "600", "km", "millions", ";", ":",
            "?", "!", "»", "—");

    // plain TeX-like spacing, no microtypography: the breaks compared are the spaces' alone
    private final ParagraphSetter setter = new ParagraphSetter(FontLibrary.get(), KnuthPlassBreaker.Settings.DEFAULT,
            false, 0);
    private final Hyphenator french = Hyphenator.forLanguage("fr").orElseThrow();

    private List<String> violations(LocalTypography typography) {
        List<String> found = new ArrayList<>();
        String text = typography.apply(PARAGRAPH);
        for (float measure = 100f; measure <= 600f; measure += 0.75f) {
            List<Line> lines = setter.set(List.of(Run.text(text, BODY)), measure, 10, french, true);
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).text().strip();
                String previous = lines.get(i - 1).text().strip();
                for (String first : NEVER_FIRST) {
                    if (line.startsWith(first)) {
                        found.add(measure + " pt: “" + previous + "” / “" + line + "”");
                    }
                }
                if (previous.endsWith("«")) {
                    found.add(measure + " pt: “" + previous + "” / “" + line + "”");
                }
            }
        }
        return found;
    }

    @Test
    void numbersUnitsAndFrenchPunctuationStayWithTheirWords() {
        assertEquals(List.of(), violations(LocalTypography.defaultsFor("fr")));
    }

    @Test
    void withoutTheRulesTheSameMeasuresBreakThem() {
        // the control: the sweep does reach breaks at each tie, so the test above can fail
        List<String> untied = violations(LocalTypography.NONE);
        for (String first : List.of("€", "800", "%", "?", ":", "—")) {
            assertTrue(untied.stream().anyMatch(v -> v.contains("” / “" + first)), first + " never began a line: " + untied);
        }
    }
}
