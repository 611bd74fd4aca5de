package dev.galley.render.html;

/**
 * Builds a fragment of HTML in which every piece of content is escaped. Tag and attribute names
 * come from this module's code; text and attribute values come from the content and go through
 * {@link #escape(String)}, so nothing an editor writes can become markup.
 */
final class HtmlWriter {

    private final StringBuilder out = new StringBuilder(1024);

    /** Opens {@code tag} with attributes given as name, value pairs; null values are left out. */
    HtmlWriter start(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** A void element such as {@code <img>}, {@code <br>} or {@code <hr>}. */
    HtmlWriter empty(String tag, String... attributes) {
        return start(tag, attributes);
    }

    HtmlWriter end(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Content text, escaped. */
    HtmlWriter text(String text) {
        escapeInto(text, out);
        return this;
    }

    HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    /** Markup that the {@link Sanitizer} let through. */
    HtmlWriter sanitized(String html) {
        out.append(html);
        return this;
    }

    /** Markup this module produced itself (never content). */
    HtmlWriter markup(HtmlWriter other) {
        out.append(other.out);
        return this;
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                continue;
            }
            out.append(' ').append(pairs[i]).append("=\"");
            escapeInto(pairs[i + 1], out);
            out.append('"');
        }
    }

    /** {@code text} escaped for use in HTML text or a quoted attribute value. */
    static String escape(String text) {
        int first = firstToChange(text, 0);
        if (first == text.length()) {
            return text; // most text has nothing to escape: no copy
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        escapeInto(text, sb);
        return sb.toString();
    }

    /**
     * Escapes the five characters that matter in HTML and drops what an HTML document may not
     * contain at all: control characters other than tab, newline and form feed (carriage returns
     * are folded away too), noncharacters, and lone surrogates (replaced by U+FFFD). Runs of
     * characters that stay as they are go in with one append each rather than one a character.
     */
    static void escapeInto(String text, StringBuilder sb) {
        int n = text.length();
        int i = firstToChange(text, 0);
        int copied = 0;
        while (i < n) {
            sb.append(text, copied, i);
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                            int cp = Character.toCodePoint(c, text.charAt(i + 1));
                            if (!isNonCharacter(cp)) {
                                sb.append(c).append(text.charAt(i + 1));
                            }
                            i++;
                        } else {
                            sb.append('\uFFFD');
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        sb.append('\uFFFD');
                    }
                    // else a control character or noncharacter, not allowed in HTML: left out
                }
            }
            copied = i + 1;
            i = firstToChange(text, copied);
        }
        sb.append(text, copied, n);
    }

    /** The index of the first character at or after {@code from} that escaping changes, or the length. */
    private static int firstToChange(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (!keptAsIs(text.charAt(i))) {
                return i;
            }
        }
        return n;
    }

    /** Whether {@code c} goes into HTML unchanged on its own (a surrogate never does). */
    private static boolean keptAsIs(char c) {
        if (c < 0x7F) {
            return c >= 0x20 ? c != '&' && c != '<' && c != '>' && c != '"' && c != '\''
                    : c == '\t' || c == '\n' || c == '\f';
        }
        if (c < 0xA0) {
            return false; // DEL and the C1 controls
        }
        return !Character.isSurrogate(c) && !isNonCharacter(c);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
