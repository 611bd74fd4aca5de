package dev.galley.core.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LocalTypographyTest {

    private static final LocalTypography FR = LocalTypography.defaultsFor("fr");
    private static final LocalTypography DE = LocalTypography.defaultsFor("de-CH");

    /** Spaces made visible: '~' a no-break space, '^' a narrow one. */
    private static String shown(String text) {
        return text.replace('\u00A0', '~').replace('\u202F', '^');
    }

    @Test
    void numbersStayWithTheirGroupsAndUnits() {
        assertEquals("41~600 habitants, 4~800 emplois, 62~%, 2,10~€ et 12~km",
                shown(DE.apply("41 600 habitants, 4 800 emplois, 62 %, 2,10 € et 12 km")));
        assertEquals("1~250~000 Einwohner", shown(DE.apply("1 250 000 Einwohner")));
        assertEquals("€~2,10 each", shown(DE.apply("€ 2,10 each")));
        assertEquals("3,5~Mrd. Euro und 40~Prozent", shown(DE.apply("3,5 Mrd. Euro und 40 Prozent")));
        assertEquals("в 2019 году, 300~млн рублей", shown(DE.apply("в 2019 году, 300 млн рублей")));
    }

    @Test
    void ordinaryNumbersBreakAsBefore() {
        // a year then a word, and four digits after a number, are not groups or units
        assertEquals("In 2019 the port had 1234 ships", DE.apply("In 2019 the port had 1234 ships"));
        assertEquals("page 12 1234", DE.apply("page 12 1234"));
        assertEquals("2 many", DE.apply("2 many"));
    }

    @Test
    void frenchPunctuationGetsItsSpacesTypedOrNot() {
        assertEquals("Pourquoi^? Parce que^! Ainsi^; voici~: «~oui~»",
                shown(FR.apply("Pourquoi? Parce que ! Ainsi; voici : «oui »")));
        assertEquals("Vraiment^?!", shown(FR.apply("Vraiment ?!")));
    }

    @Test
    void aSpacedDashStaysAtTheEndOfItsLine() {
        LocalTypography ru = LocalTypography.defaultsFor("ru");
        assertEquals("23 депутата из 37~— больше, чем", shown(ru.apply("23 депутата из 37 — больше, чем")));
        assertEquals("ein Hafen~– im Umbau", shown(DE.apply("ein Hafen – im Umbau")));
        assertEquals("~– after an emphasis", shown(DE.apply(" – after an emphasis")));
        // dialogue, ranges and compounds are left as written
        assertEquals("— Да, — сказал он.", ru.apply("— Да, — сказал он.").replace('\u00A0', ' '));
        assertEquals("— Да,", ru.apply("— Да,"));
        assertEquals("1990–2000 and well-known", DE.apply("1990–2000 and well-known"));
        assertEquals("A — B", new LocalTypography(true, false, false, '\u202F').apply("A — B"));
    }

    @Test
    void frenchSpacingLeavesAddressesTimesAndQueriesAlone() {
        String text = "Voir https://example.org/a?b=c à 12:30, le ratio 3:1 et (?) ici.";
        assertEquals("Voir https://example.org/a?b=c à 12:30, le ratio 3:1 et (?) ici.", FR.apply(text));
    }

    @Test
    void aMarkAtTheStartOfARunFollowsTheWordBeforeIt() {
        // "*vraiment*?": the question mark is a text run of its own after the emphasis
        assertEquals("^?", shown(FR.apply("?")));
    }

    @Test
    void typedNoBreakSpacesAreKeptAndNothingElseChanges() {
        String typed = "4\u202F800 et 62\u00A0%";
        assertEquals(typed, FR.apply(typed));
        String plain = "Nothing to do here, really.";
        assertSame(plain, FR.apply(plain));
        assertEquals("Pourquoi? 62 %", new LocalTypography(false, false, false, '\u202F').apply("Pourquoi? 62 %"));
        assertEquals("Pourquoi? 62~%", shown(LocalTypography.defaultsFor("en").apply("Pourquoi? 62 %")),
                "English keeps numbers, not French spacing");
    }

    @Test
    void textWithoutADigitDashOrCurrencyIsLeftAsTheRulesWouldLeaveIt() {
        // every line of up to five characters of this alphabet: a space beside what the rules
        // for numbers and dashes look at, and beside what they do not
        String alphabet = " a1\u2013\u2014€$%k.";
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(""));
        for (int from = 0, length = 1; length <= 5; length++) {
            int to = lines.size();
            for (int k = from; k < to; k++) {
                for (char c : alphabet.toCharArray()) {
                    lines.add(lines.get(k) + c);
                }
            }
            from = to;
        }
        for (String line : lines) {
            assertEquals(DE.everySpace(line), DE.apply(line), line);
        }
        assertSame("plain words, with spaces", DE.apply("plain words, with spaces"));
    }
}
