package dev.galley.render.pdf.line;

import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;

/**
 * First-fit line breaking, for text that is not a paragraph: code (whose lines break only where
 * they must) and one-line labels. Puts as much on a line as fits, breaking at glue and penalties;
 * a box wider than the whole measure is cut between characters (an emergency break) so that
 * nothing runs past the text block. Linear in the length of the text.
 */
public final class GreedyLineBreaker {

    private final FontMetrics fonts;

    public GreedyLineBreaker(FontMetrics fonts) {
        this.fonts = fonts;
    }

    /** Breaks {@code items} into lines no wider than {@code measure} points. */
    public List<Line> breakLines(List<Item> items, float measure) {
        long limit = measure >= Float.MAX_VALUE / 2 ? Long.MAX_VALUE / 4 : Sp.of(measure);
        LineSink sink = new LineSink();
        List<Item.Box> word = new ArrayList<>();
        long wordWidth = 0;
        Item.Glue glue = null;
        for (Item item : items) {
            if (item instanceof Item.Box box) {
                word.add(box);
                wordWidth += box.width();
                continue;
            }
            placeWord(sink, word, wordWidth, glue, limit);
            word.clear();
            wordWidth = 0;
            glue = null;
            if (item instanceof Item.Glue g) {
                glue = sink.isEmpty() || g.fil() || !g.space() ? null : g;
            } else if (((Item.Penalty) item).forced()) {
                sink.endLine(true);
            }
        }
        placeWord(sink, word, wordWidth, glue, limit);
        sink.endLine(false);
        return sink.lines;
    }

    private void placeWord(LineSink sink, List<Item.Box> word, long wordWidth, Item.Glue glue, long limit) {
        if (word.isEmpty()) {
            return;
        }
        long glueWidth = glue == null ? 0 : glue.width();
        if (sink.width + glueWidth + wordWidth <= limit) {
            if (glue != null) {
                sink.space();
            }
            sink.width += glueWidth;
            for (Item.Box box : word) {
                sink.append(box.text(), box.style(), box.width());
            }
            return;
        }
        sink.endLine(false);
        if (wordWidth <= limit) {
            for (Item.Box box : word) {
                sink.append(box.text(), box.style(), box.width());
            }
            return;
        }
        // Emergency: cut the word wherever the next character would not fit.
        for (Item.Box box : word) {
            String text = box.text();
            Style style = box.style();
            int start = 0;
            long pending = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                long w = Sp.of(fonts.advance(style.face(), cp, style.size()));
                if (sink.width + pending + w > limit && (pending > 0 || !sink.isEmpty())) {
                    sink.append(text.substring(start, i), style, pending);
                    sink.endLine(false);
                    start = i;
                    pending = 0;
                }
                pending += w;
                i += Character.charCount(cp);
            }
            sink.append(text.substring(start), style, pending);
        }
    }

    /** Collects the fragments of the line being filled, one per box. */
    private static final class LineSink {
        final List<Line> lines = new ArrayList<>();
        List<Fragment> fragments = new ArrayList<>();
        long width;

        boolean isEmpty() {
            return fragments.isEmpty();
        }

        /** Ends the last fragment with a space character (see {@link LineSetter}). */
        void space() {
            if (!fragments.isEmpty() && !fragments.get(fragments.size() - 1).text().endsWith(" ")) {
                Fragment last = fragments.remove(fragments.size() - 1);
                fragments.add(new Fragment(last.x(), last.text() + " ", last.style(), last.width()));
            }
        }

        void append(String s, Style st, long w) {
            if (!s.isEmpty()) {
                fragments.add(new Fragment(Sp.toPoints(width), s, st, Sp.toPoints(w)));
            }
            width += w;
        }

        /** Ends the line; an empty line is kept only when {@code keepEmpty} (a hard break). */
        void endLine(boolean keepEmpty) {
            if (!fragments.isEmpty() || keepEmpty) {
                lines.add(new Line(fragments, Sp.toPoints(width)));
            }
            fragments = new ArrayList<>();
            width = 0;
        }
    }
}
