package dev.galley.core.text;

/** Counts words as readers do: runs of characters between spaces that hold a letter or digit. */
public final class WordCount {

    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte LETTER = 2;
    /**
     * ASCII's answers to {@link #isSpace} and {@link Character#isLetterOrDigit}, looked up once:
     * every briefing and every paragraph is counted, and most of their text is ASCII.
     */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = isSpace(c) ? SPACE : Character.isLetterOrDigit(c) ? LETTER : OTHER;
        }
    }

    private WordCount() {
    }

    public static int of(CharSequence chars) {
        // Read through a String: on the first JIT tier, which publishes run on, a CharSequence's
        // charAt is an interface call per character, several times the cost of a copy.
        String text = chars.toString();
        int words = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            byte kind = c < 128 ? ASCII[c] : isSpace(c) ? SPACE : Character.isLetterOrDigit(c) ? LETTER : OTHER;
            if (kind == SPACE) {
                if (inWord && hasLetter) {
                    words++;
                }
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= kind == LETTER;
            }
        }
        return inWord && hasLetter ? words + 1 : words;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
