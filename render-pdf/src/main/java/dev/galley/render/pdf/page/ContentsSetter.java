package dev.galley.render.pdf.page;

import dev.galley.core.labels.LabelKey;
import dev.galley.core.model.Section;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sets the table of contents, and gives the one-line section titles it shares with the outline and running heads. */
final class ContentsSetter {

    private final LayoutContext c;
    private final TextSetter text;

    ContentsSetter(LayoutContext c, TextSetter text) {
        this.c = c;
        this.text = text;
    }

    /** Sections down to this level are listed in the table of contents. */
    static final int TOC_DEPTH = 3;

    /**
     * The table of contents: each section to {@link #TOC_DEPTH}, indented by level, its page
     * number set flush right, the whole line a link to the section.
     */
    void set(Column column, List<Section> sections, Map<String, Integer> numbers) {
        Measures m = c.m();
        Style heading = c.styleOf(c.faces().headings().bold(), m.contentsHeading.size());
        // Its heading stands before the TOC element, not in it (a TOC holds only its entries).
        Origin toc = column.origin;
        column.origin = toc.parent();
        String title = c.labels().text(LabelKey.CONTENTS);
        column.within(Origin.Kind.HEADING, title, () -> text.textBlock(column, title, heading, m.contentsHeading.leading(), true));
        column.origin = toc;
        column.lockSpace(m.contentsTitleSpace);
        entries(column, sections, numbers);
        column.space(m.contentsEndSpace);
        column.rule(column.frame.left(), column.frame.width(), m.thinRule, c.colours().rule().rgb());
        column.space(m.contentsAfterRule);
    }

    private void entries(Column column, List<Section> sections, Map<String, Integer> numbers) {
        Measures m = c.m();
        for (Section section : sections) {
            if (section.level() > TOC_DEPTH) {
                continue;
            }
            Style style = c.styleOf(c.faces().body(), m.contentsEntry.size())
                    .withLink("#" + section.id());
            float indent = (section.level() - 2) * m.contentsIndent;
            String number = Integer.toString(numbers.getOrDefault(section.id(), 0));
            Line page = c.lines().first(number, style, Float.MAX_VALUE);
            float textWidth = column.frame.width() - indent - m.contentsPageRoom;
            String title = title(section);
            List<Line> lines = c.setter().set(c.lines().generated(title, style), textWidth, style.size(), null, false);
            float baseline = c.lines().baseline(style, m.contentsEntry.leading());
            column.within(Origin.Kind.TOC_ENTRY, section, () -> {
                for (int i = 0; i < lines.size(); i++) {
                    List<Fragment> fragments = new ArrayList<>(Lines.shift(lines.get(i).fragments(), column.frame.left() + indent));
                    if (i == lines.size() - 1) {
                        fragments.addAll(Lines.shift(page.fragments(), column.frame.right() - page.width()));
                    }
                    column.emitLine(m.contentsEntry.leading(), baseline, fragments, List.of(), i < lines.size() - 1);
                }
            });
            entries(column, section.children(), numbers);
        }
    }

    /** A section's title on one line, for the outline and the contents; never empty. */
    String title(Section section) {
        String title = section.headingText().codePoints()
                .map(cp -> Character.isISOControl(cp) || Character.isWhitespace(cp) ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().trim().replaceAll(" {2,}", " ");
        return title.isEmpty() ? c.labels().text(LabelKey.UNTITLED_SECTION) : title;
    }
}
