package dev.galley.render.pdf.hyphen;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Liang's algorithm on the shipped patterns, on words with known breaks. Each word's breaks are
 * all ones the language's dictionaries allow; where the patterns miss a break that would be
 * allowed, the comment says so. Wrong breaks the patterns give are listed in the comments, not
 * asserted.
 */
class HyphenatorTest {

    private static final Hyphenator EN = Hyphenator.forLanguage("en-US").orElseThrow();
    private static final Hyphenator DE = Hyphenator.forLanguage("de").orElseThrow();

    /** One tag for each shipped file. */
    private static final List<String> TAGS =
            List.of("en-US", "en-GB", "de", "fr", "es", "it", "nl", "pl", "pt-BR", "pt-PT", "ru", "uk");

    private static Hyphenator lang(String tag) {
        return Hyphenator.forLanguage(tag).orElseThrow();
    }

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
    void britishEnglish() {
        Hyphenator gb = lang("en-GB");
        assertEquals(2, gb.leftMin());
        assertEquals(3, gb.rightMin());
        assertEquals("hy-phen-a-tion", gb.show("hyphenation"));
        assertEquals("know-ledge", gb.show("knowledge"));
        assertEquals("gov-ern-ment", gb.show("government"));
        assertEquals("par-lia-ment", gb.show("parliament"));
        assertEquals("dif-fer-ent", gb.show("different"));
        // Not "pres-ent" or "pre-sent": noun and verb differ, so the patterns leave it whole.
        assertEquals("present", gb.show("present"));
    }

    @Test
    void french() {
        Hyphenator fr = lang("fr");
        // "con-sti-tu-tion" would be allowed too; the patterns keep "consti" whole.
        assertEquals("consti-tu-tion", fr.show("constitution"));
        assertEquals("gou-ver-ne-ment", fr.show("gouvernement"));
        assertEquals("dé-ve-lop-pe-ment", fr.show("développement"));
        assertEquals("dé-mo-cra-tie", fr.show("démocratie"));
        assertEquals("par-le-ment", fr.show("parlement"));
        assertEquals("in-ter-na-tio-nal", fr.show("international"));
        // An elided article is split off at the apostrophe before the word reaches the patterns.
        assertEquals("in-for-ma-tion", fr.show("information"));
    }

    @Test
    void spanish() {
        Hyphenator es = lang("es");
        assertEquals("uni-ver-si-dad", es.show("universidad"));
        assertEquals("de-sa-rro-llo", es.show("desarrollo"));
        assertEquals("cons-ti-tu-ción", es.show("constitución"));
        assertEquals("in-for-ma-ción", es.show("información"));
        assertEquals("pre-si-den-te", es.show("presidente"));
        assertEquals("par-la-men-to", es.show("parlamento"));
        // Wrong, not asserted: "su-bra-yar" and "su-bli-mi-nal" (sub-ra-yar, sub-li-mi-nal).
    }

    @Test
    void italian() {
        Hyphenator it = lang("it");
        assertEquals("uni-ver-si-tà", it.show("università"));
        assertEquals("go-ver-no", it.show("governo"));
        assertEquals("svi-lup-po", it.show("sviluppo"));
        assertEquals("co-sti-tu-zio-ne", it.show("costituzione"));
        assertEquals("cit-ta-di-no", it.show("cittadino"));
        assertEquals("par-la-men-to", it.show("parlamento"));
    }

    @Test
    void dutch() {
        Hyphenator nl = lang("nl");
        assertEquals("ont-wik-ke-ling", nl.show("ontwikkeling"));
        assertEquals("re-ge-ring", nl.show("regering"));
        assertEquals("sa-men-wer-king", nl.show("samenwerking"));
        assertEquals("ver-kie-zin-gen", nl.show("verkiezingen"));
        assertEquals("bui-ten-land-se", nl.show("buitenlandse"));
        assertEquals("grond-wet", nl.show("grondwet"));
        // Not asserted: "zee-ën" is offered, but Dutch drops the diaeresis at the break
        // ("zee-en"), a change of spelling the patterns cannot express.
    }

    @Test
    void polish() {
        Hyphenator pl = lang("pl");
        assertEquals("kon-sty-tu-cja", pl.show("konstytucja"));
        assertEquals("roz-wój", pl.show("rozwój"));
        assertEquals("in-for-ma-cja", pl.show("informacja"));
        assertEquals("go-spo-dar-ka", pl.show("gospodarka"));
        assertEquals("mię-dzy-na-ro-do-wy", pl.show("międzynarodowy"));
        assertEquals("bez-pie-czeń-stwo", pl.show("bezpieczeństwo"));
    }

    @Test
    void portuguese() {
        for (String tag : List.of("pt-BR", "pt-PT")) {
            Hyphenator pt = lang(tag);
            assertEquals("de-sen-vol-vi-men-to", pt.show("desenvolvimento"), tag);
            assertEquals("go-ver-no", pt.show("governo"), tag);
            assertEquals("cons-ti-tui-ção", pt.show("constituição"), tag);
            assertEquals("in-for-ma-ção", pt.show("informação"), tag);
            assertEquals("mi-nis-té-rio", pt.show("ministério"), tag);
            assertEquals("pre-si-den-te", pt.show("presidente"), tag);
        }
        // Wrong in both, not asserted: "su-bli-nhar" (sub-li-nhar).
    }

    @Test
    void russian() {
        Hyphenator ru = lang("ru");
        assertEquals("го-су-дар-ство", ru.show("государство"));
        assertEquals("пра-ви-тель-ство", ru.show("правительство"));
        assertEquals("кон-сти-ту-ция", ru.show("конституция"));
        assertEquals("меж-ду-на-род-ный", ru.show("международный"));
        assertEquals("без-опас-ность", ru.show("безопасность"));
    }

    @Test
    void russianExceptionsFromTheFilesHyphenationList() {
        Hyphenator ru = lang("ru");
        // The patterns alone say "биз-не-смен"; the file's \hyphenation list says otherwise.
        assertEquals("биз-нес-мен", ru.show("бизнесмен"));
        assertEquals("Биз-нес-мен", ru.show("Бизнесмен"));
        assertEquals("взба-ла-муть-ся", ru.show("взбаламуться"));
        assertEquals("бездн", ru.show("бездн"));
    }

    @Test
    void russianYoIsMatchedAsYe() {
        Hyphenator ru = lang("ru");
        // The patterns have no "ё": without reading it as "е" these were "полёт", "самолёт".
        assertEquals("по-лёт", ru.show("полёт"));
        assertEquals("са-мо-лёт", ru.show("самолёт"));
        assertEquals("зе-лё-ный", ru.show("зелёный"));
        assertEquals("при-ём-ный", ru.show("приёмный"));
    }

    @Test
    void ukrainian() {
        Hyphenator uk = lang("uk");
        // Ukrainian lets a run of consonants split anywhere: де-ржава and дер-жава both stand.
        assertEquals("де-р-жа-ва", uk.show("держава"));
        assertEquals("роз-ви-ток", uk.show("розвиток"));
        assertEquals("пре-зи-дент", uk.show("президент"));
        assertEquals("без-пе-ка", uk.show("безпека"));
        assertEquals("по-лі-ти-ка", uk.show("політика"));
        assertEquals("гро-ма-дя-нин", uk.show("громадянин"));
    }

    @Test
    void ukrainianApostropheAsTheModifierLetterStaysWithTheLetterBefore() {
        Hyphenator uk = lang("uk");
        // U+02BC is a letter, so the word arrives whole; the patterns write the apostrophe as '.
        assertEquals("об\u02BC-єкт", uk.show("об\u02BCєкт"));
        assertEquals("роз\u02BC-єд-на-ний", uk.show("роз\u02BCєднаний"));
        assertEquals("від\u02BC-їзд", uk.show("від\u02BCїзд"));
        assertEquals("зв\u02BCя-зок", uk.show("зв\u02BCязок"));
    }

    @Test
    void regionsChooseTheEnglishAndPortuguesePatterns() {
        for (String tag : List.of("en-GB", "en-AU", "en-NZ", "en-IE", "en-ZA", "en-IN", "en-Latn-GB", "EN_gb",
                "en-GB-oxendict", "en-UK")) {
            assertSame(lang("en-GB"), lang(tag), tag);
            assertEquals("know-ledge", lang(tag).show("knowledge"), tag);
        }
        for (String tag : List.of("en", "en-US", "en-CA", "EN", "en-Latn")) {
            assertSame(EN, lang(tag), tag);
            assertEquals("knowl-edge", lang(tag).show("knowledge"), tag);
        }
        assertNotSame(lang("en-GB"), EN);

        for (String tag : List.of("pt-BR", "PT_br", "pt_BR", "pt-Latn-BR")) {
            assertSame(lang("pt-BR"), lang(tag), tag);
            assertEquals("sa-í-da", lang(tag).show("saída"), tag);
        }
        for (String tag : List.of("pt", "pt-PT", "pt-AO", "pt-MZ", "pt-Latn-PT")) {
            assertSame(lang("pt-PT"), lang(tag), tag);
            assertEquals("saí-da", lang(tag).show("saída"), tag);
        }
        assertNotSame(lang("pt-BR"), lang("pt-PT"));
    }

    @Test
    void regionalVariantsShareTheLanguagesPatterns() {
        for (String tag : List.of("de-CH", "de-AT", "de-LI", "DE-de", "de_CH")) {
            assertSame(DE, lang(tag), tag);
        }
        assertEquals("Sil-ben-tren-nung", lang("de-CH").show("Silbentrennung"));
        assertSame(lang("fr"), lang("fr-CA"));
        assertSame(lang("fr"), lang("fr-BE"));
        assertSame(lang("es"), lang("es-MX"));
        assertSame(lang("es"), lang("es-419"));
        assertSame(lang("it"), lang("it-CH"));
        assertSame(lang("nl"), lang("nl-BE"));
        assertSame(lang("pl"), lang("pl-PL"));
        assertSame(lang("ru"), lang("ru-RU"));
        assertSame(lang("uk"), lang("uk-UA"));
    }

    @Test
    void languagesWithoutPatternsAreNotHyphenated() {
        for (String tag : new String[] {"sv", "nb", "fi", "cs", "ja", "x", "", "und", "english", null}) {
            assertTrue(Hyphenator.forLanguage(tag).isEmpty(), tag);
            assertFalse(Hyphenator.hasPatterns(tag), tag);
        }
        for (String tag : TAGS) {
            assertTrue(Hyphenator.hasPatterns(tag), tag);
        }
        assertTrue(Hyphenator.hasPatterns("pt_br"));
    }

    /**
     * Every file in the resource folder decodes cleanly in the charset its first line names (no
     * byte is read as a replacement character), is the file of one of {@link #TAGS}, and loads;
     * and every tag's file is there.
     */
    @Test
    void everyShippedFileDecodesAndLoads() throws IOException, URISyntaxException {
        // Found by a file in it: the folder's own name also finds the test classes' package.
        Path dir = Path.of(Hyphenator.class.getResource(
                "/dev/galley/render/pdf/hyphen/hyph_en_US.dic").toURI()).getParent();
        Set<String> shipped = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".dic"))
                    .forEach(f -> shipped.add(f.getFileName().toString()));
        }
        Set<String> mapped = new HashSet<>();
        for (String tag : TAGS) {
            mapped.add(Hyphenator.fileFor(tag));
        }
        assertEquals(shipped, mapped);
        for (String file : shipped) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            int newline = 0;
            while (bytes[newline] != '\n') {
                newline++;
            }
            String charsetName = new String(bytes, 0, newline, StandardCharsets.US_ASCII).trim();
            assertTrue(Charset.isSupported(charsetName), file + ": " + charsetName);
            try {
                Charset.forName(charsetName).newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError(file + " is not " + charsetName, e);
            }
        }
        for (String tag : TAGS) {
            Hyphenator h = lang(tag);
            assertTrue(h.leftMin() >= 1 && h.rightMin() >= 1, tag);
        }
    }

    @Test
    void patternsAreParsedAsLiangDescribes() {
        Hyphenator h = Hyphenator.parse("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n1ba\nb1b\n");
        assertEquals("ab-ba", h.show("abba"));
    }

    @Test
    void texHyphenationListsAreExceptionsAndItsBracesNoPatterns() {
        Hyphenator h = Hyphenator.parse("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n1b\n}\n"
                + "\\hyphenation{\nab-ba cdbd\nbb-b-b}\n1c\n");
        assertEquals("ab-ba", h.show("abba"));
        assertEquals("Ab-ba", h.show("Abba"));
        assertEquals("cdbd", h.show("cdbd"));
        assertEquals("bb-b-b", h.show("bbbb"));
        assertEquals("a-ca-b", h.show("acab")); // patterns again after the closing brace
        // Exceptions keep to the minimums too, as in TeX.
        Hyphenator wide = Hyphenator.parse(
                "UTF-8\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 2\n\\hyphenation{\na-b-ba\n}\n");
        assertEquals("ab-ba", wide.show("abba"));
    }

    @Test
    void aLeadingNextLevelLeavesOneLevel() {
        Hyphenator h = Hyphenator.parse("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nNEXTLEVEL\n1b\n");
        assertEquals("a-ba", h.show("aba"));
    }

    @Test
    void yoIsReadAsYeOnlyWhenThePatternsLackIt() {
        String head = "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n";
        assertEquals("пё-лё", Hyphenator.parse(head + "е1л\n").show("пёлё"));
        assertEquals("пёлё", Hyphenator.parse(head + "е1л\nё2л\n").show("пёлё"));
    }
}
