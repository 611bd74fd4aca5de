package dev.galley.core.text;

/** Counts words as readers do: runs of characters between spaces that hold a letter or digit. */
public final class WordCount {

    private WordCount() {
    }

    public static int of(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (inWord && hasLetter) {
                    words++;
                }
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= Character.isLetterOrDigit(c);
            }
        }
        return inWord && hasLetter ? words + 1 : words;
    }
}
