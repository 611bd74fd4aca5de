package dev.galley.core.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of an SVG's CSS that {@link SvgSanitizer} keeps. A declaration survives when its
 * property is a presentation property and its value calls only colour, transform, filter and
 * arithmetic functions, with {@code url()} only to {@code #id}: there is then nothing left that
 * fetches a file ({@code url(http…)}, {@code image-set("…")}, {@code @import}, {@code @font-face})
 * or runs code ({@code expression()}, {@code behavior}, {@code -moz-binding}). Backslash escapes
 * and comments, which could spell either in disguise, are not accepted in values at all.
 */
public final class SvgCss {

    /** Presentation attributes of SVG, which are also the properties a style may set. */
    static final Set<String> PROPERTIES = Set.of(
            "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color",
            "color-interpolation", "color-interpolation-filters", "direction", "display", "dominant-baseline",
            "fill", "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity",
            "font", "font-family", "font-size", "font-size-adjust", "font-stretch", "font-style", "font-variant",
            "font-weight", "image-rendering", "isolation", "letter-spacing", "lighting-color",
            "marker", "marker-end", "marker-mid", "marker-start", "mask", "mix-blend-mode", "opacity",
            "overflow", "paint-order", "shape-rendering", "stop-color", "stop-opacity",
            "stroke", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin",
            "stroke-miterlimit", "stroke-opacity", "stroke-width", "text-anchor", "text-decoration",
            "text-rendering", "transform", "transform-box", "transform-origin", "unicode-bidi",
            "vector-effect", "visibility", "white-space", "word-spacing", "writing-mode");

    /** Functions a kept value may call: none of them fetches anything ({@code url} is checked apart). */
    private static final Set<String> FUNCTIONS = Set.of(
            "url", "rgb", "rgba", "hsl", "hsla", "hwb", "var", "calc", "min", "max", "clamp",
            "matrix", "translate", "translatex", "translatey", "scale", "scalex", "scaley",
            "rotate", "skew", "skewx", "skewy", "rect",
            "blur", "brightness", "contrast", "drop-shadow", "grayscale", "hue-rotate", "invert",
            "saturate", "sepia");

    /** Properties that ran code in old browsers, worth telling the editor about even though they are not kept. */
    private static final Set<String> CODE = Set.of("behavior", "-moz-binding");

    private static final Pattern FRAGMENT = Pattern.compile("#[\\p{L}\\p{N}_.:-]+");
    /** What a kept selector may be made of: no strings, escapes, at-signs or braces. */
    private static final Pattern SELECTOR = Pattern.compile("[\\p{L}\\p{N}_\\s.#,>+~*:\\[\\]=^$|()%-]+");

    private SvgCss() {
    }

    /**
     * CSS as it may be published, and what was left out of it that could have fetched or run
     * something, by property or at-rule ({@code "fill"}, {@code "@import"}). Properties that are
     * merely not presentation properties (an editor's {@code -inkscape-font-specification}) are
     * left out without a word.
     */
    record Cleaned(String css, List<String> removed) {
        Cleaned {
            removed = List.copyOf(removed);
        }
    }

    /** Whether {@code reference} points into the same image: {@code #id} and nothing else. */
    static boolean isFragment(String reference) {
        return FRAGMENT.matcher(reference).matches();
    }

    /** Whether a property's value may be kept (see the class comment). */
    static boolean isSafeValue(String value) {
        if (value.contains("/*")) {
            return false;
        }
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '"' || c == '\'') {
                int close = value.indexOf(c, i + 1);
                if (close < 0 || hasAny(value.substring(i + 1, close), "\\\n\r\f")) {
                    return false; // an unclosed string would swallow what follows it
                }
                i = close + 1;
                continue;
            }
            if (c == '\\' || c == '@' || c == '<' || c == '{' || c == '}' || c == ';'
                    || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                return false;
            }
            if (c == '(') {
                String function = functionBefore(value, i);
                if (!function.isEmpty() && !FUNCTIONS.contains(function)) {
                    return false;
                }
                if (function.equals("url")) {
                    int close = value.indexOf(')', i);
                    if (close < 0 || !isFragment(unquote(value.substring(i + 1, close).strip()))) {
                        return false;
                    }
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return true;
    }

    /** The declarations of a {@code style} attribute (or of one rule) that may be kept, joined by {@code ;}. */
    static Cleaned declarations(String style) {
        List<String> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String declaration : splitDeclarations(style)) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                if (!declaration.isBlank() && !isSafeValue(declaration)) {
                    removed.add("style");
                }
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            if (CODE.contains(property) || !isSafeValue(value)) {
                removed.add(property);
            } else if (PROPERTIES.contains(property) && !value.isEmpty()) {
                kept.add(property + ":" + value);
            }
        }
        return new Cleaned(String.join(";", kept), removed);
    }

    /**
     * The rules of a {@code <style>} element that may be kept, one per line: every at-rule is
     * left out ({@code @import} and {@code @font-face} fetch files; the others are no loss to a
     * chart), as is a rule whose selector has anything odd in it.
     */
    static Cleaned sheet(String css) {
        String text = withoutComments(css);
        StringBuilder kept = new StringBuilder();
        List<String> removed = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            if (text.charAt(i) == '@') {
                int name = i + 1;
                while (name < text.length() && (Character.isLetterOrDigit(text.charAt(name)) || text.charAt(name) == '-')) {
                    name++;
                }
                removed.add("@" + text.substring(i + 1, name).toLowerCase(Locale.ROOT));
                i = endOfAtRule(text, name);
                continue;
            }
            int open = text.indexOf('{', i);
            if (open < 0) {
                break; // a selector without rules: nothing to keep
            }
            int close = closingBrace(text, open);
            String selector = text.substring(i, open).strip();
            String block = text.substring(open + 1, close);
            i = close + 1;
            if (!SELECTOR.matcher(selector).matches() || block.indexOf('{') >= 0) {
                removed.add("selector");
                continue;
            }
            Cleaned declarations = declarations(block);
            removed.addAll(declarations.removed());
            if (!declarations.css().isEmpty()) {
                if (kept.length() > 0) {
                    kept.append('\n');
                }
                kept.append(selector).append('{').append(declarations.css()).append('}');
            }
        }
        return new Cleaned(kept.toString(), removed);
    }

    /**
     * One rule of a cleaned {@code <style>}: its selector as written (a list, comma-separated, of
     * selectors) and its declarations.
     */
    public record Rule(String selector, Map<String, String> properties) {
        public Rule {
            properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    /**
     * The declarations of a {@code style} attribute, by property (lower case) in the order
     * written, a later one of a property replacing an earlier; for drawing what
     * {@link SvgSanitizer} kept.
     */
    public static Map<String, String> properties(String style) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String declaration : splitDeclarations(style)) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                String value = declaration.substring(colon + 1).strip();
                if (value.regionMatches(true, Math.max(0, value.length() - 10), "!important", 0, 10)) {
                    value = value.substring(0, value.length() - 10).strip();
                }
                if (!value.isEmpty()) {
                    properties.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return properties;
    }

    /** The rules of a {@code <style>} element's text, in order, as {@link SvgSanitizer} wrote them or as written. */
    public static List<Rule> rules(String css) {
        String text = withoutComments(css);
        List<Rule> rules = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                break;
            }
            int close = closingBrace(text, open);
            String selector = text.substring(i, open).strip();
            if (selector.startsWith("@")) {
                i = endOfAtRule(text, i + 1);
                continue;
            }
            rules.add(new Rule(selector, properties(text.substring(open + 1, Math.min(close, text.length())))));
            i = close + 1;
        }
        return rules;
    }

    /** {@code style} cut at the semicolons that end declarations, not those in strings or brackets. */
    private static List<String> splitDeclarations(String style) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ';' && depth == 0) {
                parts.add(style.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(style.substring(start));
        return parts;
    }

    private static String functionBefore(String value, int paren) {
        int start = paren;
        while (start > 0 && (Character.isLetterOrDigit(value.charAt(start - 1))
                || value.charAt(start - 1) == '-' || value.charAt(start - 1) == '_')) {
            start--;
        }
        return value.substring(start, paren).toLowerCase(Locale.ROOT);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String withoutComments(String css) {
        StringBuilder text = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            int comment = css.indexOf("/*", i);
            if (comment < 0) {
                text.append(css, i, css.length());
                break;
            }
            text.append(css, i, comment).append(' ');
            int end = css.indexOf("*/", comment + 2);
            i = end < 0 ? css.length() : end + 2;
        }
        return text.toString();
    }

    /** Where an at-rule starting before {@code from} ends: after its {@code ;} or its block. */
    private static int endOfAtRule(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i + 1;
            }
            if (c == '{') {
                return closingBrace(text, i) + 1;
            }
        }
        return text.length();
    }

    /** The brace closing the one at {@code open}, or the end of the text when it is never closed. */
    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }
}
