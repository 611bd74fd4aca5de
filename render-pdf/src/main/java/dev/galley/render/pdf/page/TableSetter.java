package dev.galley.render.pdf.page;

import dev.galley.core.model.Block;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.line.Item;
import dev.galley.render.pdf.line.ItemBuilder;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.line.Sp;
import dev.galley.render.pdf.text.GlyphFallback;
import dev.galley.render.pdf.text.Reporter;
import dev.galley.render.pdf.text.Run;
import dev.galley.render.pdf.text.RunBuilder;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets tables: columns as wide as their content allows, rows between rules, header rows repeated
 * on every page the body runs on to; a table too wide for columns as a paragraph per row.
 */
final class TableSetter {

    private final LayoutContext c;
    private final Measures m;

    TableSetter(LayoutContext c) {
        this.c = c;
        this.m = c.m();
    }

    void table(Column column, Block.Table table) {
        column.flushInlineMarker();
        column.space(column.text.blockSpace());
        int columns = table.columns().size();
        for (Block.TableRow row : table.header()) {
            columns = Math.max(columns, row.cells().size());
        }
        for (Block.TableRow row : table.body()) {
            columns = Math.max(columns, row.cells().size());
        }
        if (columns == 0) {
            return;
        }
        Frame frame = column.frame;
        if (frame.width() / columns < m.minColumn) {
            asText(column, table);
            return;
        }
        float[] widths = columnWidths(table, columns, frame.width());
        float tableWidth = 0;
        for (float w : widths) {
            tableWidth += w;
        }
        Style plain = cellStyle();
        Style bold = plain.withFace(plain.face().bold());
        int headerStart = column.items().size();
        column.rule(frame.left(), tableWidth, m.tableRule, c.colours().strongRule().rgb(), true);
        for (Block.TableRow row : table.header()) {
            column.within(Origin.Kind.TABLE_HEADER_ROW, row, () -> row(column, row, table.columns(), widths, bold, true));
        }
        if (!table.header().isEmpty()) {
            column.rule(frame.left(), tableWidth, m.thinRule, c.colours().strongRule().rgb(), true);
        }
        List<VItem> header = new ArrayList<>();
        for (VItem item : column.items().subList(headerStart, column.items().size())) {
            if (!(item instanceof VItem.Space)) {
                header.add(item);
            }
        }
        int bodyStart = column.items().size();
        for (int r = 0; r < table.body().size(); r++) {
            if (r > 0) {
                column.rule(frame.left(), tableWidth, m.hairline, c.colours().rowRule().rgb(), false);
            }
            Block.TableRow row = table.body().get(r);
            column.within(Origin.Kind.TABLE_ROW, row, () -> row(column, row, table.columns(), widths, plain, false));
        }
        column.rule(frame.left(), tableWidth, m.tableRule, c.colours().strongRule().rgb(), false);
        if (!table.header().isEmpty()) {
            column.repeatHeader(bodyStart, header);
        }
    }

    /**
     * Cells' text: the body face with tabular figures, whatever the house style's {@code figures}
     * sets in text, so that a column of numbers aligns digit under digit.
     */
    private Style cellStyle() {
        return c.styleOf(c.faces().body().tabular(), m.tables.size());
    }

    /**
     * Column widths from content: each column's natural width (its widest cell on one line); when
     * the table is wider than {@code measure}, the narrow columns keep theirs and the wide ones wrap.
     */
    private float[] columnWidths(Block.Table table, int columns, float measure) {
        float[] natural = new float[columns];
        List<Block.TableRow> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Style plain = cellStyle();
        Style style = plain.withFace(plain.face().bold());
        for (Block.TableRow row : rows) {
            for (int col = 0; col < row.cells().size(); col++) {
                float width = 0;
                for (Item item : ItemBuilder.prose(RunBuilder.build(row.cells().get(col).inlines(), style,
                        new GlyphFallback(c.fonts(), Reporter.SILENT, c.faces()), c.typography(), c.pages()), c.fonts())) {
                    if (item instanceof Item.Box box) {
                        width += Sp.toPoints(box.width());
                    } else if (item instanceof Item.Glue glue && !glue.fil()) {
                        width += Sp.toPoints(glue.width());
                    }
                }
                // A point of slack: the line setter works in rounded scaled points, and a cell set
                // exactly at its natural width could otherwise break its last word.
                natural[col] = Math.max(natural[col], width + 2 * m.cellPad + 1f);
            }
        }
        float total = 0;
        for (int col = 0; col < columns; col++) {
            natural[col] = Math.max(natural[col], m.minColumn);
            total += natural[col];
        }
        if (total <= measure) {
            return natural;
        }
        // Too wide: columns that fit in an equal share keep their natural width (a number, a short
        // header), and the wide ones share what is left in proportion to their natural widths.
        float fair = measure / columns;
        float narrowSum = 0;
        float wideSum = 0;
        for (int col = 0; col < columns; col++) {
            if (natural[col] <= fair) {
                narrowSum += natural[col];
            } else {
                wideSum += natural[col];
            }
        }
        float left = measure - narrowSum;
        float[] widths = new float[columns];
        for (int col = 0; col < columns; col++) {
            widths[col] = natural[col] <= fair ? natural[col] : natural[col] * left / wideSum;
        }
        return widths;
    }

    private void row(Column column, Block.TableRow row, List<Block.Alignment> alignments, float[] widths,
                     Style style, boolean keep) {
        List<List<Line>> cells = new ArrayList<>();
        int height = 0;
        for (int col = 0; col < row.cells().size() && col < widths.length; col++) {
            float inner = Math.max(widths[col] - 2 * m.cellPad, 1);
            List<Line> lines = c.setter().set(c.runs(row.cells().get(col).inlines(), style),
                    inner, style.size(), c.hyphenator(), false);
            cells.add(lines);
            height = Math.max(height, lines.size());
        }
        float baseline = c.lines().baseline(style, m.tables.leading());
        List<Origin> cellOrigins = new ArrayList<>();
        for (Block.TableCell cell : row.cells()) {
            cellOrigins.add(column.origin.within(Origin.Kind.TABLE_CELL, cell));
        }
        // A row's lines stay together; a body row may end a page, a header row may not.
        column.emitLine(m.cellPadDown, 0, List.of(), List.of(), true);
        for (int k = 0; k < Math.max(height, 1); k++) {
            List<Fragment> fragments = new ArrayList<>();
            List<Origin> parts = new ArrayList<>();
            float x = column.frame.left();
            for (int col = 0; col < cells.size(); col++) {
                List<Line> lines = cells.get(col);
                if (k < lines.size()) {
                    Line line = lines.get(k);
                    float inner = widths[col] - 2 * m.cellPad;
                    Block.Alignment alignment = row.cells().get(col).alignment();
                    if (alignment == Block.Alignment.DEFAULT && col < alignments.size()) {
                        alignment = alignments.get(col);
                    }
                    float offset = switch (alignment) {
                        case RIGHT -> Math.max(0, inner - line.width());
                        case CENTER -> Math.max(0, (inner - line.width()) / 2);
                        default -> 0;
                    };
                    fragments.addAll(Lines.shift(line.fragments(), x + m.cellPad + offset));
                    for (int f = 0; f < line.fragments().size(); f++) {
                        parts.add(cellOrigins.get(col));
                    }
                }
                x += widths[col];
            }
            column.emitLine(m.tables.leading(), baseline, fragments, parts, List.of(), true, !fragments.isEmpty());
        }
        column.emitLine(m.cellPadDown, 0, List.of(), List.of(), keep);
    }

    /** A table too wide for columns: each row becomes a paragraph, cells separated by bars. */
    private void asText(Column column, Block.Table table) {
        List<Block.TableRow> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        Style style = cellStyle();
        // Not a table to a reader either: a division of one paragraph per row.
        column.origin = column.origin.parent().within(Origin.Kind.DIVISION, table);
        for (Block.TableRow row : rows) {
            column.within(Origin.Kind.PARAGRAPH, row, () -> {
                List<Run> runs = new ArrayList<>();
                for (int col = 0; col < row.cells().size(); col++) {
                    if (col > 0) {
                        runs.add(Run.text(" | ", style));
                    }
                    runs.addAll(c.runs(row.cells().get(col).inlines(), style));
                }
                column.emitLines(c.setter().set(runs, column.frame.width(), style.size(), c.hyphenator(), false),
                        style, m.tables.leading(), Column.Align.LEFT, false, List.of());
            });
            column.space(m.tightSpace);
        }
    }
}
