package dev.galley.core.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordCountTest {

    /** The definition, character class by character class, without the ASCII table. */
    private static int reference(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                words += inWord && hasLetter ? 1 : 0;
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= Character.isLetterOrDigit(c);
            }
        }
        return inWord && hasLetter ? words + 1 : words;
    }

    @Test
    void aRangeCountsAsItsSubsequenceWould() {
        String text = "One two, three\u00A0four — five\tsix 7 ";
        char[] chars = text.toCharArray();
        for (int start = 0; start <= text.length(); start++) {
            for (int end = start; end <= text.length(); end++) {
                assertEquals(reference(text.substring(start, end)), WordCount.of(chars, start, end), start + ".." + end);
            }
        }
    }

    @Test
    void countsWordsAsReadersDo() {
        assertEquals(0, WordCount.of(""));
        assertEquals(0, WordCount.of(" \t\n "));
        assertEquals(3, WordCount.of("Three short words"));
        assertEquals(2, WordCount.of("dash — between"), "a lone dash is no word");
        assertEquals(4, WordCount.of("NATO’s 2024 summit,\u00A0Vilnius"), "a no-break space parts words");
    }

    @Test
    void everyCharacterIsClassedAsTheDefinitionSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : new String[] {"ab" + c + "cd", String.valueOf(c), c + " x"}) {
                if (WordCount.of(text) != reference(text)) {
                    assertEquals(reference(text), WordCount.of(text), "U+" + Integer.toHexString(c));
                }
            }
        }
    }
}
