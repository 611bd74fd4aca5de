package dev.galley.render.pdf.hyphen;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Liang's algorithm on the shipped English and German patterns, on words with known breaks. */
class HyphenatorTest {

    private static final Hyphenator EN = Hyphenator.forLanguage("en-GB").orElseThrow();
    private static final Hyphenator DE = Hyphenator.forLanguage("de").orElseThrow();

    @Test
    void english() {
        assertEquals("hy-phen-ation", EN.show("hyphenation"));
        assertEquals("al-liance", EN.show("alliance"));
        assertEquals("am-mu-ni-tion", EN.show("ammunition"));
        assertEquals("gov-ern-ment", EN.show("government"));
        assertEquals("coun-terof-fen-sive", EN.show("counteroffensive"));
        assertEquals("ta-ble", EN.show("table"));
        assertEquals("Eu-ro-pean", EN.show("European"));
        assertEquals("dif-fer-ent", EN.show("different"));
    }

    @Test
    void englishKeepsTwoLettersLeftAndThreeRight() {
        assertEquals(2, EN.leftMin());
        assertEquals(3, EN.rightMin());
        assertEquals("be-fore", EN.show("before"));
        assertEquals("the", EN.show("the"));
    }

    @Test
    void german() {
        assertEquals("Sil-ben-tren-nung", DE.show("Silbentrennung"));
        assertEquals("Bun-des-re-gie-rung", DE.show("Bundesregierung"));
        assertEquals("Ver-tei-di-gungs-mi-nis-te-ri-um", DE.show("Verteidigungsministerium"));
        assertEquals("Do-nau-dampf-schiff-fahrt", DE.show("Donaudampfschifffahrt"));
        assertEquals("Bünd-nis-part-ner", DE.show("Bündnispartner"));
        assertEquals("Glaub-wür-dig-keit", DE.show("Glaubwürdigkeit"));
    }

    @Test
    void clustersOfOneLetterSyllablesAreNotOffered() {
        // The patterns alone say "Zu-sam-me-n-a-r-beit"; the cluster is dropped.
        assertEquals("Zu-sam-menarbeit", DE.show("Zusammenarbeit"));
        assertEquals("Si-cher-heits-po-li-tik", DE.show("Sicherheitspolitik"));
        assertEquals("Über-set-zung", DE.show("Übersetzung"));
    }

    @Test
    void acronymsNumbersAndShortWordsAreLeftWhole() {
        assertEquals("NATO", EN.show("NATO"));
        assertEquals("x86", EN.show("x86"));
        assertEquals("on", EN.show("on"));
    }

    @Test
    void languagesWithoutPatternsAreNotHyphenated() {
        assertTrue(Hyphenator.forLanguage("fr").isEmpty());
        assertTrue(Hyphenator.forLanguage("").isEmpty());
    }

    @Test
    void patternsAreParsedAsLiangDescribes() {
        Hyphenator h = Hyphenator.parse("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n1ba\nb1b\n");
        assertEquals("ab-ba", h.show("abba"));
    }
}
