package dev.galley.core.read;

import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Map;
import java.util.TreeMap;

/**
 * The body's typographic punctuation (curly quotes, apostrophes, dashes, ellipses, « » from
 * {@code << >>}) for a front-matter text such as the title. So that there is one set of rules, the
 * text is read by the body's own parser, and only what its typographic pass replaced is taken
 * from the result: the field is not Markdown, so every other character (an asterisk, a
 * backslash, an entity, a leading "1.") is kept as written; as in the body, a quote after a
 * backslash or between backticks stays straight. The language's no-break spaces are
 * not added here: the renderers add them to fields as to the body, per language.
 */
final class FieldTypography {

    /**
     * What the typographic pass replaces starts with one of these: a quote, or a run of dots,
     * hyphens or angle brackets ({@code ...}, {@code . . .}, {@code --}, {@code <<}). A lone full
     * stop or hyphen stays as it is, and most titles and summaries hold nothing else: parsing
     * them with Flexmark (two or three parses a briefing) only to learn that took about 2 % of
     * an HTML-only publish's CPU.
     */
    private static final String[] MARKS = {"'", "\"", "..", ". .", "--", "<<", ">>"};

    private FieldTypography() {
    }

    /** {@code text} with the body's typographic punctuation; the same string when there is none. */
    static String apply(String text) {
        if (!mayChange(text)) {
            return text;
        }
        // Line by line: a field is one line or a few, and a line by itself never opens a block
        // that could take the body's limits (MarkdownLimits) to check; quotes pair within a line.
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            out.append(line(text.substring(start, end < 0 ? text.length() : end)));
            if (end < 0) {
                return out.toString();
            }
            out.append('\n');
            start = end + 1;
        }
    }

    private static String line(String line) {
        return mayChange(line) ? parsed(line) : line;
    }

    /** {@code line} with the typographic punctuation the body's parser finds in it. */
    static String parsed(String line) {
        Node document;
        try {
            document = FlexmarkParser.parse(line);
        } catch (TooComplex e) {
            return line; // thousands of marks on a line of front matter: kept as written
        }
        // The replacements by where they start in the line, with where each ends.
        Map<Integer, Replacement> replacements = new TreeMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof TypographicSmarts smarts) {
                put(replacements, node.getChars(), smarts.getTypographicText());
            } else if (node instanceof TypographicQuotes quotes) {
                put(replacements, quotes.getOpeningMarker(), quotes.getTypographicOpening());
                put(replacements, quotes.getClosingMarker(), quotes.getTypographicClosing());
            }
        }
        StringBuilder out = new StringBuilder(line.length());
        int at = 0;
        for (Map.Entry<Integer, Replacement> r : replacements.entrySet()) {
            out.append(line, at, r.getKey()).append(r.getValue().text());
            at = r.getValue().end();
        }
        return out.append(line, at, line.length()).toString();
    }

    private static void put(Map<Integer, Replacement> replacements, BasedSequence source, String text) {
        if (source.isNotNull() && text != null) {
            replacements.put(source.getStartOffset(),
                    new Replacement(source.getEndOffset(), Escaping.unescapeString(text)));
        }
    }

    /** Whether the typographic pass has anything to work on: it only ever replaces these marks. */
    private static boolean mayChange(String text) {
        for (String mark : MARKS) {
            if (text.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    private record Replacement(int end, String text) {
    }
}
