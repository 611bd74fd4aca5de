package dev.galley.core.text;

/** Counts words as readers do: runs of characters between spaces that hold a letter or digit. */
public final class WordCount {

    // Bits: the arithmetic in of() relies on these values.
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

    /** The words of {@code chars}. */
    public static int of(CharSequence chars) {
        char[] text = chars.toString().toCharArray();
        return of(text, 0, text.length);
    }

    /**
     * The words of {@code text} from {@code start} (inclusive) to {@code end} (exclusive), as if
     * the range were all there is: a paragraph's words within a whole briefing's text.
     */
    public static int of(char[] text, int start, int end) {
        // Read from a char array: on the first JIT tier, which publishes run on, a CharSequence's
        // charAt is an interface call per character and a String's is several checks; and
        // without branches on the kinds, which mispredict at nearly every word's edges.
        int words = 0;
        int inWord = 0;    // 1 inside a run of non-space characters
        int hasLetter = 0; // 1 once that run has a letter or digit
        for (int i = start; i < end; i++) {
            char c = text[i];
            int kind = c < 128 ? ASCII[c] : isSpace(c) ? SPACE : Character.isLetterOrDigit(c) ? LETTER : OTHER;
            int space = kind & SPACE;
            words += inWord & hasLetter & space;
            hasLetter = (hasLetter | kind >> 1) & (space ^ 1);
            inWord = space ^ 1;
        }
        return words + (inWord & hasLetter);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
