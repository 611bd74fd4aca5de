package dev.galley.core.read;

import java.util.Optional;

/**
 * The attribute block that Pandoc, kramdown and markdown-it-attrs let a heading end with:
 * {@code ## Installing {#installing .unnumbered lang=en}}. Galley keeps the id and ignores the
 * rest; the block itself is never heading text. Found by one scan back from the end of the line,
 * so a heading full of braces costs no more than its length.
 */
final class HeadingAttributes {

    /**
     * An attribute block found at the end of a heading's text.
     *
     * @param start   index of its {@code {}
     * @param id      the first {@code #id}'s text, possibly empty ({@code {#}}); absent when the
     *                block has no {@code #} item (only classes or key/value pairs)
     * @param idStart index of that item's {@code #}, or -1 without one
     */
    record Found(int start, Optional<String> id, int idStart) {
    }

    private HeadingAttributes() {
    }

    /** The attribute block {@code text} ends with (trailing spaces aside), if it ends with one. */
    static Optional<Found> find(CharSequence text) {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != '}') {
            return Optional.empty();
        }
        int open = end - 2;
        while (open >= 0 && text.charAt(open) != '{' && text.charAt(open) != '}') {
            open--;
        }
        if (open < 0 || text.charAt(open) != '{' || escaped(text, open)) {
            return Optional.empty();
        }
        return items(text, open, end - 1);
    }

    /**
     * Reads the items between {@code open} and {@code close}: {@code #id}, {@code .class},
     * {@code key=value} (the value optionally quoted) and Pandoc's {@code -}, separated by spaces.
     * Anything else means the braces were text, such as {@code {1}} or {@code {x, y}}.
     */
    private static Optional<Found> items(CharSequence text, int open, int close) {
        Optional<String> id = Optional.empty();
        int idStart = -1;
        int items = 0;
        int i = open + 1;
        while (true) {
            while (i < close && isSpace(text.charAt(i))) {
                i++;
            }
            if (i == close) {
                break;
            }
            int start = i;
            char first = text.charAt(i);
            if (first == '#' || first == '.') {
                i++;
                while (i < close && !isSpace(text.charAt(i))) {
                    i++;
                }
                if (first == '#' && id.isEmpty()) {
                    id = Optional.of(text.subSequence(start + 1, i).toString());
                    idStart = start;
                } else if (first == '.' && i == start + 1) {
                    return Optional.empty();
                }
            } else if (first == '-' && (i + 1 == close || isSpace(text.charAt(i + 1)))) {
                i++;
            } else {
                while (i < close && isKeyChar(text.charAt(i))) {
                    i++;
                }
                if (i == start || i == close || text.charAt(i) != '=') {
                    return Optional.empty();
                }
                i++;
                if (i < close && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                    char quote = text.charAt(i++);
                    while (i < close && text.charAt(i) != quote) {
                        i++;
                    }
                    if (i == close) {
                        return Optional.empty();
                    }
                    i++;
                } else {
                    while (i < close && !isSpace(text.charAt(i))) {
                        i++;
                    }
                }
            }
            items++;
        }
        return items == 0 ? Optional.empty() : Optional.of(new Found(open, id, idStart));
    }

    /**
     * Whether {@code id} may stand as an id in both outputs: letters, digits, {@code - _ . :}.
     * Anything else would need escaping in a URL fragment or could not be typed in a link.
     */
    static boolean isSafeId(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp) && cp != '-' && cp != '_' && cp != '.' && cp != ':') {
                return false;
            }
        }
        return true;
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Whether an odd number of backslashes stands before {@code at}: then the brace is text. */
    private static boolean escaped(CharSequence text, int at) {
        int slashes = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }
}
