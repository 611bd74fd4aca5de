package bench;

import bench.PageLines.Line;
import bench.PageLines.Paragraph;
import bench.PageLines.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What print typography judges, counted over the laid-out briefings of one set: widows, orphans,
 * stranded headings, hyphen ladders, loose, tight and overfull lines, the word spaces' mean and
 * spread, and short last lines. Each fault is kept as a {@link Finding} for {@code --list}. The
 * definitions are {@link Typography#DEFINITIONS}'; the shared ones are {@link SpacingRules}'.
 */
final class Findings {

    /** Past its measure's edge by more than this (points), a line is overfull. */
    static final float OVERFULL = 0.1f;
    /** A paragraph's last line shorter than this share of the measure is short. */
    static final float SHORT_LAST = 0.25f;

    /** One fault, where a reader can look at it. */
    record Finding(String kind, String briefing, int page, String text) {
    }

    int briefings;
    int pages;
    int lines;
    int bodyLines;
    int paragraphs;
    int counted;
    int hyphenated;
    int hyphenEndsPage;
    int widows;
    int orphans;
    int noteWidows;
    int noteOrphans;
    int stranded;
    int loose;
    int tight;
    int stretchedShort;
    int stretchedShortLoose;
    int overfull;
    int shortLast;
    int oneWordLast;
    int shortPages;
    int veryShortPages;
    int longPages;
    double layoutMillis = Double.NaN;
    final SpacingRules.HyphenRuns runs = new SpacingRules.HyphenRuns();
    private final List<Double> spaceRatios = new ArrayList<>();
    private final List<Double> lineRatios = new ArrayList<>();
    final List<Finding> found = new ArrayList<>();

    void add(PageLines.Briefing briefing) {
        briefings++;
        pages += briefing.pages();
        lines += briefing.lines().size();
        for (Line line : briefing.lines()) {
            if (line.role() == Role.BODY) {
                bodyLines++;
            }
            if (line.role() == Role.HEADING && line.endsPage()) {
                stranded++;
                found(briefing, "stranded heading", line, "");
            }
            if (line.right() > line.edge() + OVERFULL) {
                overfull++;
                found(briefing, "overfull", line, String.format(Locale.ROOT, "%.2f pt past the edge",
                        line.right() - line.edge()));
            }
        }
        for (PageLines.Fill fill : briefing.fills()) {
            if (fill.runsLong()) {
                longPages++;
            }
            if (fill.emptyLines() >= 1 - 0.01f) {
                shortPages++;
                veryShortPages += fill.emptyLines() >= 2 - 0.01f ? 1 : 0;
                found.add(new Finding(fill.emptyLines() >= 2 - 0.01f ? "page 2+ lines short" : "page short",
                        briefing.name(), fill.page(), String.format(Locale.ROOT, "%.1f lines of room left",
                        fill.emptyLines())));
            }
        }
        for (Paragraph paragraph : briefing.paragraphs()) {
            if (paragraph.role() == Role.BODY) {
                paragraphs++;
                body(briefing, paragraph);
            }
            pageBreaks(briefing, paragraph);
        }
    }

    /** Widows and orphans: a paragraph of two lines or more broken across pages next to its ends. */
    private void pageBreaks(PageLines.Briefing briefing, Paragraph paragraph) {
        List<Line> own = paragraph.lines();
        if (own.size() < 2) {
            return;
        }
        boolean note = paragraph.role() == Role.NOTE;
        if (own.get(0).page() < own.get(1).page()) {
            if (note) {
                noteOrphans++;
            } else {
                orphans++;
            }
            found(briefing, note ? "note orphan" : "orphan", own.get(0), "");
        }
        Line last = paragraph.last();
        if (own.get(own.size() - 2).page() < last.page()) {
            if (note) {
                noteWidows++;
            } else {
                widows++;
            }
            found(briefing, note ? "note widow" : "widow", last, "");
        }
    }

    /** Hyphens, spacing and short last lines of a paragraph of the running text. */
    private void body(PageLines.Briefing briefing, Paragraph paragraph) {
        List<Line> own = paragraph.lines();
        runs.paragraph();
        for (int i = 0; i < own.size(); i++) {
            Line line = own.get(i);
            boolean last = i == own.size() - 1;
            boolean hyphen = line.hyphen() && !last;
            hyphenated += hyphen ? 1 : 0;
            if (hyphen && line.endsPage()) {
                hyphenEndsPage++;
                found(briefing, "hyphen ends page", line, "");
            }
            runs.line(hyphen);
            if (runs.ladderReached()) {
                found(briefing, "hyphen ladder", line, "third hyphen in a row");
            }
            if (last || line.spaces().isEmpty()) {
                continue;
            }
            double ratio = line.ratio();
            if (paragraph.justified() && line.full() && line.spaces().size() >= SpacingRules.MIN_SPACES) {
                counted++;
                lineRatios.add(ratio);
                line.spaces().forEach(space -> spaceRatios.add(space.ratio()));
                if (ratio > SpacingRules.LOOSE) {
                    loose++;
                    found(briefing, "loose", line, String.format(Locale.ROOT, "ratio %.3f", ratio));
                } else if (ratio < SpacingRules.TIGHT) {
                    tight++;
                    found(briefing, "tight", line, String.format(Locale.ROOT, "ratio %.2f", ratio));
                }
            } else if (!line.full() && line.right() < line.edge() && ratio > 1 + SpacingRules.STRETCHED) {
                stretchedShort++;
                stretchedShortLoose += ratio > SpacingRules.LOOSE ? 1 : 0;
                found(briefing, "stretched short", line, String.format(Locale.ROOT,
                        "ratio %.2f, %.1f pt short", ratio, line.edge() - line.right()));
            }
        }
        if (own.size() >= 2) {
            Line last = paragraph.last();
            if (last.spaces().isEmpty()) {
                oneWordLast++;
                found(briefing, "one-word last line", last, "");
            }
            if (last.right() - last.left() < SHORT_LAST * paragraph.measure()) {
                shortLast++;
                found(briefing, "short last line", last, String.format(Locale.ROOT, "%.0f%% of the measure",
                        100 * (last.right() - last.left()) / paragraph.measure()));
            }
        }
    }

    private void found(PageLines.Briefing briefing, String kind, Line line, String detail) {
        found.add(new Finding(kind, briefing.name(), line.page(), line.text() + (detail.isEmpty() ? "" : "  [" + detail + "]")));
    }

    double spaceMean() {
        return SpacingRules.mean(array(spaceRatios));
    }

    double spaceSd() {
        return SpacingRules.sd(array(spaceRatios));
    }

    double lineSd() {
        return SpacingRules.sd(array(lineRatios));
    }

    int spaces() {
        return spaceRatios.size();
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
