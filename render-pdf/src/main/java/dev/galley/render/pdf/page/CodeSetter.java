package dev.galley.render.pdf.page;

import dev.galley.core.model.Block;
import dev.galley.core.model.SourcePos;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.GlyphFallback;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;

/** Sets code blocks: their lines as written, tabs expanded, wrapped where too long, on a shaded ground. */
final class CodeSetter {

    private final LayoutContext c;

    CodeSetter(LayoutContext c) {
        this.c = c;
    }

    void code(Column column, Block.CodeBlock code) {
        Measures m = c.m();
        Frame frame = column.frame;
        column.flushInlineMarker();
        column.space(column.text.blockSpace());
        Style style = c.styleOf(c.faces().mono(), m.code.size());
        float baseline = c.lines().baseline(style, m.code.leading());
        float textWidth = Math.max(frame.width() - 2 * m.codeInset, 1);
        Rect padding = new Rect(frame.left(), 0, frame.width(), m.codePadding, c.colours().codeBackground().rgb());
        Rect background = new Rect(frame.left(), 0, frame.width(), m.code.leading(), c.colours().codeBackground().rgb());
        column.emitLine(m.codePadding, 0, List.of(), List.of(padding), false);
        String[] sourceLines = code.code().split("\r?\n|\r", -1);
        for (int i = 0; i < sourceLines.length; i++) {
            // Columns after a tab are near enough, not exact.
            SourcePos pos = new SourcePos(code.contentPos().line() + i, i == 0 ? code.contentPos().column() : 1);
            List<Run> runs = new ArrayList<>();
            GlyphFallback.RunList list = new GlyphFallback.RunList(runs);
            c.fallback().append(expandTabs(sourceLines[i]), pos, style, true, list);
            List<Line> lines = c.lines().preformatted(list.flush(), textWidth);
            if (lines.isEmpty()) {
                lines = List.of(new Line(List.of(), 0));
            }
            for (Line line : lines) {
                column.emitLine(m.code.leading(), baseline, Lines.shift(line.fragments(), frame.left() + m.codeInset),
                        List.of(background), false);
            }
        }
        column.emitLine(m.codePadding, 0, List.of(), List.of(padding), false);
    }

    /** Tabs to the next multiple of four columns. */
    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % 4 != 0);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
