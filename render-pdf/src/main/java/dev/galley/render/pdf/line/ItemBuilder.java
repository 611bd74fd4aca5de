package dev.galley.render.pdf.line;

import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;

/**
 * Second stage: runs to boxes, glue and penalties. Words become boxes, runs of spaces one glue,
 * and a line may also end after a hyphen, dash or slash (long compounds and URLs). Each word is
 * measured once, so the cost is linear in the text.
 */
public final class ItemBuilder {

    private ItemBuilder() {
    }

    /** Items of prose: spaces are glue, collapsed, and dropped at the start. */
    public static List<Item> prose(List<Run> runs, FontMetrics fonts) {
        List<Item> items = new ArrayList<>();
        Item.Glue glue = null;
        for (Run run : runs) {
            if (run.isBreak()) {
                dropTrailingGlue(items);
                items.add(Item.Penalty.FORCED);
                continue;
            }
            String text = run.text();
            Style style = run.style();
            int wordStart = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ') {
                    addBox(items, text, wordStart, i, style, fonts);
                    wordStart = i + 1;
                    Item last = items.isEmpty() ? null : items.get(items.size() - 1);
                    if (last != null && !(last instanceof Item.Glue) && last != Item.Penalty.FORCED) {
                        if (glue == null || !glue.style().equals(style)) {
                            glue = new Item.Glue(style, fonts.advance(style.face(), ' ', style.size()));
                        }
                        items.add(glue); // immutable, so one instance serves every space of a style
                    }
                } else if (isBreakAfter(c) && i + 1 < text.length() && text.charAt(i + 1) != ' '
                        && i > wordStart) {
                    addBox(items, text, wordStart, i + 1, style, fonts);
                    wordStart = i + 1;
                    items.add(Item.Penalty.ALLOWED);
                }
            }
            addBox(items, text, wordStart, text.length(), style, fonts);
        }
        dropTrailingGlue(items);
        return items;
    }

    /** Items of code: one box per run, spaces kept inside; lines break only in an emergency. */
    public static List<Item> preformatted(List<Run> runs, FontMetrics fonts) {
        List<Item> items = new ArrayList<>();
        for (Run run : runs) {
            if (run.isBreak()) {
                items.add(Item.Penalty.FORCED);
            } else if (!run.text().isEmpty()) {
                items.add(new Item.Box(run.text(), run.style(),
                        fonts.width(run.style().face(), run.text(), run.style().size())));
            }
        }
        return items;
    }

    private static boolean isBreakAfter(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '/';
    }

    private static void addBox(List<Item> items, String text, int from, int to, Style style,
                               FontMetrics fonts) {
        if (to > from) {
            String word = text.substring(from, to);
            items.add(new Item.Box(word, style, fonts.width(style.face(), word, style.size())));
        }
    }

    private static void dropTrailingGlue(List<Item> items) {
        while (!items.isEmpty() && items.get(items.size() - 1) instanceof Item.Glue) {
            items.remove(items.size() - 1);
        }
    }
}
