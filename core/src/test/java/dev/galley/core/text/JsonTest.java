package dev.galley.core.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {

    private static String string(String s) {
        StringBuilder sb = new StringBuilder();
        Json.string(s, sb);
        return sb.toString();
    }

    @Test
    void escapesWhatJsonAndHtmlScriptsNeed() {
        assertEquals("\"plain text, copied as it is\"", string("plain text, copied as it is"));
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\"", string("a\"b\\c\nd\re\tf"));
        assertEquals("\"\\u003c/script\\u003e \\u0026 \\u2028\\u2029\"", string("</script> & \u2028\u2029"));
        assertEquals("\"\\u0000\\u001f\"", string("\u0000\u001f"));
        assertEquals("\"\uD83D\uDE00 kept, \\uFFFD lone\"", string("\uD83D\uDE00 kept, \uD83D lone"));
        assertEquals("\"\\uFFFD\"", string("\uDE00"), "a lone low surrogate");
    }

    @Test
    void everyOtherCharacterIsCopied() {
        for (char c = 0x20; c < Character.MIN_SURROGATE; c++) {
            if ("\"\\<>&\u2028\u2029".indexOf(c) < 0) {
                assertEquals("\"x" + c + "y\"", string("x" + c + "y"), "U+" + Integer.toHexString(c));
            }
        }
    }
}
