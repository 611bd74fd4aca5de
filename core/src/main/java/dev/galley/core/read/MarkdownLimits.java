package dev.galley.core.read;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.SourcePos;

/**
 * The limits a briefing's Markdown is checked against, line by line, before Flexmark reads it.
 * Flexmark's block parser does work in the square of the lists open at every blank line, and
 * keeps state per list item that grows with the list, so a document of thousands of nested lists
 * with blank lines between, or of a hundred thousand list items, takes minutes. Deep nesting by
 * itself costs only its own characters and is let through (the converter flattens it). No
 * briefing comes near these limits; one that crosses them is refused where it does, and not
 * parsed at all.
 */
final class MarkdownLimits {

    /**
     * The sum, over blank lines, of the square of how deeply lists are nested on the line before. A
     * briefing with a blank line after every line of a ten-deep list uses a thousandth of it.
     */
    static final long MAX_BLANK_LINE_WORK = 20_000_000;
    /** List items in the whole briefing. */
    static final int MAX_LIST_ITEMS = 20_000;

    /*
     * What reading costs, in microseconds on a 2-core machine of 2026 as measured on files of
     * each kind: a line 8, a block (a paragraph, heading, list item or table row) 25, a run of
     * marks that may open or close an inline (* _ ` [ ] < & ~ ! " ' | \) 10. A briefing that would cost
     * more than four seconds is refused; a briefing of 100,000 words costs a tenth of that.
     */
    private static final long LINE_COST = 8;
    private static final long BLOCK_COST = 25;
    private static final long MARK_COST = 10;
    static final long MAX_COST = 4_000_000;

    private MarkdownLimits() {
    }

    /** Reports the first line that crosses a limit; true when the text is within them all. */
    static boolean check(SourceText text, Diagnostics diagnostics) {
        String s = text.text();
        // the scans of every character (marks, pipes) read an array: faster than String.charAt on C1
        char[] chars = s.toCharArray();
        int items = 0;
        long blankLineWork = 0;
        int depth = 0; // of the last line with text
        long cost = 0;
        boolean blankBefore = true;
        char fence = 0;
        int fenceLength = 0;
        for (int line = 1; line <= text.lineCount(); line++) {
            int start = text.lineStart(line);
            int end = line < text.lineCount() ? text.lineStart(line + 1) - 1 : s.length();
            int i = start;
            int columns = 0;
            int markers = 0; // list markers: a blank line closes quotes, and they cost nothing there
            boolean item = false;
            while (i < end) {
                char c = s.charAt(i);
                if (c == ' ') {
                    columns++;
                    i++;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                    i++;
                } else if (c == '>') {
                    columns = 0; // lists nest by indentation within the quote
                    i++;
                } else if (listMarkerEnd(s, i, end) > i) {
                    markers++;
                    item = true;
                    i = listMarkerEnd(s, i, end);
                } else {
                    break;
                }
            }
            int run = run(s, i, end);
            if (fence != 0) {
                cost += LINE_COST;
                if (cost > MAX_COST) {
                    return tooLarge(line, diagnostics);
                }
                if (run >= fenceLength && s.charAt(i) == fence && s.substring(i + run, end).isBlank()) { // short: a fence line
                    fence = 0;
                }
                continue;
            }
            if (run >= 3 && (s.charAt(i) == '`' || s.charAt(i) == '~')) {
                fence = s.charAt(i);
                fenceLength = run;
            }
            cost += LINE_COST + MARK_COST * marks(chars, i, end);
            if (i < end && (blankBefore || item || run > 0 || s.charAt(i) == '#' || s.charAt(i) == '='
                    || hasPipe(chars, i, end))) {
                cost += BLOCK_COST;
            }
            blankBefore = i == end;
            if (cost > MAX_COST) {
                return tooLarge(line, diagnostics);
            }
            if (i == end) {
                blankLineWork += (long) depth * depth;
                if (blankLineWork > MAX_BLANK_LINE_WORK) {
                    diagnostics.error(new SourcePos(line, 1), "too-complex", "lists are nested " + depth
                            + " levels deep around blank lines here; no reader can follow that. Flatten them");
                    return false;
                }
            } else {
                depth = markers + columns / 2;
            }
            if (item && ++items > MAX_LIST_ITEMS) {
                diagnostics.error(new SourcePos(line, 1), "too-complex", "this briefing has more than "
                        + MAX_LIST_ITEMS + " list items; split it into several briefings");
                return false;
            }
        }
        return true;
    }

    /** Where a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) and its space end; {@code i} if none. */
    private static int listMarkerEnd(String s, int i, int end) {
        int j = i;
        char c = s.charAt(j);
        if (c == '-' || c == '*' || c == '+') {
            j++;
        } else {
            while (j < end && j - i < 9 && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) {
                j++;
            }
            if (j == i || j >= end || (s.charAt(j) != '.' && s.charAt(j) != ')')) {
                return i;
            }
            j++;
        }
        return j == end || s.charAt(j) == ' ' || s.charAt(j) == '\t' ? j : i;
    }

    private static boolean tooLarge(int line, Diagnostics diagnostics) {
        diagnostics.error(new SourcePos(line, 1), "too-large", "this briefing is too large to read:"
                + " by this line it holds more lines, paragraphs, list items and inline marks (* _ ` [ ] …)"
                + " than Galley reads in a few seconds. Split it into several briefings");
        return false;
    }

    private static boolean hasPipe(char[] s, int i, int end) {
        for (int j = i; j < end; j++) {
            if (s[j] == '|') {
                return true;
            }
        }
        return false;
    }

    /**
     * How many runs of characters that may open or close an inline {@code s[i, end)} holds: the
     * parser takes {@code ***} or a run of backticks as one delimiter, so a run counts once.
     */
    private static int marks(char[] s, int i, int end) {
        int marks = 0;
        char previous = 0;
        for (int j = i; j < end; j++) {
            char c = s[j];
            switch (c) {
                case '*', '_', '`', '[', ']', '<', '&', '~', '!', '"', '\'', '|', '\\' -> {
                    if (c != previous) {
                        marks++;
                    }
                }
                default -> { }
            }
            previous = c;
        }
        return marks;
    }

    /** The length of the run of backticks or tildes at {@code i}. */
    private static int run(String s, int i, int end) {
        if (i >= end || (s.charAt(i) != '`' && s.charAt(i) != '~')) {
            return 0;
        }
        int j = i;
        while (j < end && s.charAt(j) == s.charAt(i)) {
            j++;
        }
        return j - i;
    }
}
