package dev.galley.render.pdf.line;

import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;

/**
 * Third stage, for now: first-fit line breaking. Puts as many words on a line as fit, breaking
 * only at glue and penalties; a word wider than the whole measure is cut between characters (an
 * emergency break) so that nothing runs past the text block. One pass over the items: linear in
 * the length of the paragraph. The optimal (Knuth–Plass) breaker will replace this class and
 * keep its contract: items and a measure in, lines out.
 */
public final class GreedyLineBreaker {

    private final FontMetrics fonts;

    public GreedyLineBreaker(FontMetrics fonts) {
        this.fonts = fonts;
    }

    /** Breaks {@code items} into lines no wider than {@code measure} points. */
    public List<Line> breakLines(List<Item> items, float measure) {
        LineSink sink = new LineSink();
        List<Item.Box> word = new ArrayList<>();  // boxes since the last break opportunity
        float wordWidth = 0;
        Item.Glue glue = null;                    // the space before the pending word
        for (Item item : items) {
            if (item instanceof Item.Box box) {
                word.add(box);
                wordWidth += box.width();
                continue;
            }
            placeWord(sink, word, wordWidth, glue, measure);
            word.clear();
            wordWidth = 0;
            glue = null;
            if (item instanceof Item.Glue g) {
                glue = sink.isEmpty() ? null : g;
            } else if (((Item.Penalty) item).forced()) {
                sink.endLine(true);
            }
        }
        placeWord(sink, word, wordWidth, glue, measure);
        sink.endLine(false);
        return sink.lines;
    }

    private void placeWord(LineSink sink, List<Item.Box> word, float wordWidth, Item.Glue glue,
                           float measure) {
        if (word.isEmpty()) {
            return;
        }
        float glueWidth = glue == null ? 0 : glue.width();
        if (sink.width + glueWidth + wordWidth <= measure) {
            if (glue != null) {
                sink.appendSpace(glue);
            }
            for (Item.Box box : word) {
                sink.append(box.text(), box.style(), box.width());
            }
            return;
        }
        sink.endLine(false);
        if (wordWidth <= measure) {
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
            float pending = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                float w = fonts.advance(style.face(), cp, style.size());
                if (sink.width + pending + w > measure && (pending > 0 || !sink.isEmpty())) {
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

    /** Collects fragments of the line being filled, merging text of equal style. */
    private static final class LineSink {
        final List<Line> lines = new ArrayList<>();
        List<Fragment> fragments = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        Style style;
        float fragmentX;
        float fragmentWidth;
        float width;

        boolean isEmpty() {
            return fragments.isEmpty() && text.length() == 0;
        }

        void append(String s, Style st, float w) {
            if (s.isEmpty()) {
                return;
            }
            if (!st.equals(style)) {
                closeFragment();
                style = st;
                fragmentX = width;
            }
            text.append(s);
            fragmentWidth += w;
            width += w;
        }

        void appendSpace(Item.Glue glue) {
            append(" ", glue.style(), glue.width());
        }

        void closeFragment() {
            if (text.length() > 0) {
                fragments.add(new Fragment(fragmentX, text.toString(), style, fragmentWidth));
                text.setLength(0);
            }
            style = null;
            fragmentWidth = 0;
        }

        /** Ends the line; an empty line is kept only when {@code keepEmpty} (a hard break). */
        void endLine(boolean keepEmpty) {
            closeFragment();
            if (!fragments.isEmpty() || keepEmpty) {
                lines.add(new Line(fragments, width));
            }
            fragments = new ArrayList<>();
            width = 0;
        }
    }
}
