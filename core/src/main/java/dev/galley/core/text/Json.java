package dev.galley.core.text;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the JSON-LD and the search index, safe to put inside a
 * {@code <script>} element: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as
 * {@code \\u} escapes, so no content can close the element ({@code </script>}) or open a comment.
 * Maps keep their order, so output is deterministic.
 */
public final class Json {

    private Json() {
    }

    /** {@code value} (a map, list, string, number, boolean or null) as JSON. */
    public static String of(Object value) {
        StringBuilder sb = new StringBuilder(256);
        write(value, sb);
        return sb.toString();
    }

    private static void write(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(s, sb);
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(list.get(i), sb);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not JSON data: " + value.getClass().getName());
        }
    }

    public static void string(String s, StringBuilder sb) {
        sb.append('"');
        int unchanged = 0; // start of the run of characters copied as they are, in one append
        // read as an array, which is faster than String.charAt on the first JIT tier: the search
        // index passes every briefing's text through here
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
                    && c != '\u2028' && c != '\u2029' && (!Character.isSurrogate(c) || validPair(s, i))) {
                continue;
            }
            sb.append(s, unchanged, i);
            unchanged = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isSurrogate(c)) {
                        sb.append("\\uFFFD");
                    } else {
                        unicode(c, sb);
                    }
                }
            }
        }
        sb.append(s, unchanged, s.length()).append('"');
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static void unicode(char c, StringBuilder sb) {
        sb.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
            sb.append(Character.forDigit((c >> shift) & 0xF, 16));
        }
    }
}
