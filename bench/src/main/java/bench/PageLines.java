package bench;

import dev.galley.core.model.Block;
import dev.galley.render.pdf.font.FontFace;
import dev.galley.render.pdf.font.FontMetrics;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.line.Protrusion;
import dev.galley.render.pdf.page.LaidOutBriefing;
import dev.galley.render.pdf.page.Origin;
import dev.galley.render.pdf.page.Page;
import dev.galley.render.pdf.page.VItem;
import dev.galley.render.pdf.text.Shaper;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A laid-out briefing's lines as typography judges them: which are running text, headings or
 * footnotes, which paragraph each belongs to, where it ends against its measure, and its word
 * spaces as multiples of the normal space. Read from {@link LaidOutBriefing}'s pages, before
 * anything is drawn, so the figures are those of the pages themselves and need no guessing
 * from a PDF's glyphs (what {@link Spacing} has to do).
 */
final class PageLines {

    /** What a line is, for the counts. */
    enum Role {
        /** A line of a paragraph of the briefing's running text (lists, quotes and callouts included). */
        BODY,
        /** A line of a paragraph of a footnote, at the foot of a page. */
        NOTE,
        /** A line of a section heading or of the contents' heading (not the masthead's title). */
        HEADING,
        /** Anything else of content: the masthead, contents entries, code, tables, captions, labels alone. */
        OTHER
    }

    /** A word space: from the end of one word's box to the start of the next, and the normal space. */
    record Space(float gap, float normal) {
        double ratio() {
            return gap / normal;
        }
    }

    /**
     * One line of content.
     *
     * @param page      page number, from 1
     * @param paragraph the model element's origin, compared by identity: one per paragraph
     * @param left      start of its first fragment, a list label left out
     * @param right     end of its last fragment (a breaker's hyphen included)
     * @param edge      the right edge of the measure it was set to: the text block's, or its callout's
     * @param hyphen    whether it ends with a hyphen: the breaker's, or one of the text's
     * @param endsPage  whether it is the last thing of the body (footnotes aside) on a page that
     *                  is not the briefing's last page of body
     */
    record Line(int page, Role role, Origin paragraph, String text, float left, float right, float edge,
                List<Space> spaces, boolean hyphen, boolean endsPage) {

        /** The mean of its spaces' ratios, NaN without spaces. */
        double ratio() {
            return spaces.stream().mapToDouble(Space::ratio).average().orElse(Double.NaN);
        }

        /** Ends within {@link SpacingRules#EDGE_TOLERANCE} of its measure's edge. */
        boolean full() {
            return Math.abs(edge - right) <= SpacingRules.EDGE_TOLERANCE;
        }

        boolean offNatural() {
            return !spaces.isEmpty() && SpacingRules.offNatural(ratio());
        }
    }

    /**
     * A paragraph's lines in reading order (across pages).
     *
     * @param justified whether a line before its last has spaces off their natural width (as in
     *                  {@link Spacing}: a ragged paragraph's line may reach the edge by chance)
     * @param left      where its lines start (the leftmost: the first may be indented)
     */
    record Paragraph(Role role, List<Line> lines, boolean justified, float left) {
        Line first() {
            return lines.get(0);
        }

        Line last() {
            return lines.get(lines.size() - 1);
        }

        float measure() {
            return first().edge() - left;
        }
    }

    /**
     * How full a page's body is: the room left between its last line or image and its notes (or
     * the foot of the text block), in lines of the briefing's running text.
     *
     * @param page       page number, from 1
     * @param emptyLines the room left, in body lines (negative on a page that runs long)
     * @param runsLong   whether its body or notes reach below the text block
     */
    record Fill(int page, float emptyLines, boolean runsLong) {
    }

    /**
     * One briefing's pages as lines and paragraphs.
     *
     * @param fills how full each page is, for the pages with running text but the last of them
     */
    record Briefing(String name, int pages, List<Line> lines, List<Paragraph> paragraphs, List<Fill> fills) {
    }

    private PageLines() {
    }

    static Briefing of(String name, LaidOutBriefing laid, FontMetrics fonts) {
        float blockRight = laid.geometry().marginLeft() + laid.geometry().measure();
        Map<Origin, Float> calloutEdges = calloutEdges(laid, fonts);
        int lastBodyPage = 0;
        for (Page page : laid.pages()) {
            if (page.items().stream().anyMatch(p -> isBodyContent(p.item()))) {
                lastBodyPage = page.number();
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Page page : laid.pages()) {
            VItem lastOfBody = null;
            for (Page.Placed placed : page.items()) {
                if (isBodyContent(placed.item())) {
                    lastOfBody = placed.item();
                }
            }
            for (Page.Placed placed : page.items()) {
                if (placed.item() instanceof VItem.LineBox box && isContent(box)) {
                    Role role = role(box.origin());
                    Origin callout = nearest(box.origin(), Origin.Kind.CALLOUT);
                    float edge = callout == null ? blockRight : calloutEdges.getOrDefault(callout, blockRight);
                    lines.add(line(page.number(), role, box, edge, fonts,
                            box == lastOfBody && page.number() < lastBodyPage));
                }
            }
        }
        return new Briefing(name, laid.pages().size(), List.copyOf(lines), paragraphs(lines),
                fills(laid, lines, lastBodyPage));
    }

    /**
     * Each page's fill but the last page with running text, and pages without it (a cover): the
     * room between the body's end and the top of its notes (the rule above them included), or
     * the foot of the text block.
     */
    private static List<Fill> fills(LaidOutBriefing laid, List<Line> lines, int lastBodyPage) {
        Map<Float, Integer> heights = new HashMap<>();
        Set<Integer> withText = new HashSet<>();
        for (Line line : lines) {
            if (line.role() == Role.BODY) {
                withText.add(line.page());
            }
        }
        for (Page page : laid.pages()) {
            for (Page.Placed placed : page.items()) {
                if (placed.item() instanceof VItem.LineBox box && isContent(box) && role(box.origin()) == Role.BODY) {
                    heights.merge(box.height(), 1, Integer::sum);
                }
            }
        }
        if (heights.isEmpty()) {
            return List.of();
        }
        float leading = heights.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        float top = laid.geometry().marginTop();
        float bottom = top + laid.geometry().bodyHeight();
        List<Fill> fills = new ArrayList<>();
        for (Page page : laid.pages()) {
            if (page.number() >= lastBodyPage || !withText.contains(page.number())) {
                continue;
            }
            float notesTop = Float.MAX_VALUE;
            float lowest = -Float.MAX_VALUE;
            for (Page.Placed placed : page.items()) {
                if (placed.item() instanceof VItem.LineBox box && isContent(box)
                        && nearest(box.origin(), Origin.Kind.NOTE) != null) {
                    notesTop = Math.min(notesTop, placed.top());
                    lowest = Math.max(lowest, placed.top() + box.height());
                }
            }
            float bodyEnd = top;
            float footStart = notesTop == Float.MAX_VALUE ? bottom : notesTop;
            for (Page.Placed placed : page.items()) {
                VItem item = placed.item();
                float end = placed.top() + item.height();
                if (notesTop != Float.MAX_VALUE && item instanceof VItem.LineBox box && box.fragments().isEmpty()
                        && Math.abs(end - notesTop) < 0.01f) {
                    footStart = Math.min(footStart, placed.top()); // the rule above the notes
                } else if (isBodyContent(item) && placed.top() >= top - 0.01f) {
                    bodyEnd = Math.max(bodyEnd, end);
                    lowest = Math.max(lowest, end);
                }
            }
            fills.add(new Fill(page.number(), (footStart - bodyEnd) / leading, lowest > bottom + 0.01f));
        }
        return List.copyOf(fills);
    }

    private static Line line(int page, Role role, VItem.LineBox box, float edge, FontMetrics fonts, boolean endsPage) {
        List<Fragment> content = new ArrayList<>();
        for (int i = 0; i < box.fragments().size(); i++) {
            // A list item's or a note's label is set apart by a fixed gap, not a word space.
            if (box.originOf(i).kind() != Origin.Kind.LABEL) {
                content.add(box.fragments().get(i));
            }
        }
        if (content.isEmpty()) {
            content = box.fragments();
        }
        FaceSize main = mainStyle(content);
        List<Space> spaces = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < content.size(); i++) {
            Fragment f = content.get(i);
            left = Math.min(left, f.x());
            right = Math.max(right, f.x() + f.width());
            text.append(Shaper.unligate(f.text()));
            // The line setter ends a word with a space character where glue followed it; the
            // fragment's width is the word's alone, so the gap to the next is the glue as set.
            if (f.text().endsWith(" ") && i + 1 < content.size()) {
                Fragment next = content.get(i + 1);
                spaces.add(new Space(next.x() - (f.x() + f.width()), normal(f.style(), next.style(), main, fonts)));
            }
        }
        Fragment last = content.get(content.size() - 1);
        // Where the line ends and starts to the eye: less what its ends hang into the margins
        // (character protrusion), which a line set to its measure does by design.
        String end = last.text().stripTrailing();
        if (!end.isEmpty() && last.x() + last.width() >= right - 0.01f) {
            int cp = end.codePointBefore(end.length());
            right -= Protrusion.endShare(cp) * fonts.advance(last.style().face(), cp, last.style().size());
        }
        Fragment first = content.get(0);
        if (!first.text().isEmpty() && first.x() <= left + 0.01f) {
            int cp = first.text().codePointAt(0);
            left += Protrusion.startShare(cp) * fonts.advance(first.style().face(), cp, first.style().size());
        }
        boolean hyphen = last.hyphen() || SpacingRules.endsWithHyphen(last.text());
        return new Line(page, role, box.origin(), text.toString().strip(), left, right, edge, List.copyOf(spaces),
                hyphen, endsPage);
    }

    /**
     * The normal width of a space between fragments in styles {@code a} and {@code b}: their
     * face's space at their size; where the two differ (a bold word, a note mark), the line's
     * main style's if either side is in it, else the narrower. {@link Spacing}'s rule, for the
     * same reason: Markdown puts the space at the edge of emphasis outside it.
     */
    private static float normal(Style a, Style b, FaceSize main, FontMetrics fonts) {
        float wa = fonts.advance(a.face(), ' ', a.size());
        float wb = fonts.advance(b.face(), ' ', b.size());
        if (Math.abs(wa - wb) <= 1e-3f || FaceSize.of(a).equals(main)) {
            return wa;
        }
        return FaceSize.of(b).equals(main) ? wb : Math.min(wa, wb);
    }

    /** A face at a size: what a normal space depends on. */
    private record FaceSize(FontFace face, float size) {
        static FaceSize of(Style style) {
            return new FaceSize(style.face(), style.size());
        }
    }

    /** The face and size most of a line's characters are set in, first met on a tie. */
    private static FaceSize mainStyle(List<Fragment> fragments) {
        Map<FaceSize, Integer> counts = new LinkedHashMap<>();
        for (Fragment f : fragments) {
            counts.merge(FaceSize.of(f.style()), f.text().strip().length(), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    /**
     * Each callout's measure edge: callouts are set in a frame narrowed on both sides, which the
     * pages do not record. It is the right edge most of its justified lines end at (those with
     * spaces off natural width, to 0.01 pt), else the furthest any of its lines reaches.
     */
    private static Map<Origin, Float> calloutEdges(LaidOutBriefing laid, FontMetrics fonts) {
        Map<Origin, Map<Float, Integer>> ends = new IdentityHashMap<>();
        Map<Origin, Float> furthest = new IdentityHashMap<>();
        for (Page page : laid.pages()) {
            for (Page.Placed placed : page.items()) {
                if (placed.item() instanceof VItem.LineBox box && isContent(box) && role(box.origin()) == Role.BODY) {
                    Origin callout = nearest(box.origin(), Origin.Kind.CALLOUT);
                    if (callout == null) {
                        continue;
                    }
                    Line line = line(page.number(), Role.BODY, box, Float.NaN, fonts, false);
                    furthest.merge(callout, line.right(), Math::max);
                    if (line.offNatural()) {
                        ends.computeIfAbsent(callout, k -> new HashMap<>())
                                .merge(Math.round(line.right() * 100) / 100f, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Origin, Float> edges = new IdentityHashMap<>(furthest);
        ends.forEach((callout, counts) -> edges.put(callout, counts.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey()));
        return edges;
    }

    /** Groups BODY and NOTE lines by paragraph, in the order of their first lines. */
    private static List<Paragraph> paragraphs(List<Line> lines) {
        // By identity: origins are records, and two paragraphs of the same words would be equal.
        Map<Origin, List<Line>> byOrigin = new IdentityHashMap<>();
        List<List<Line>> inOrder = new ArrayList<>();
        for (Line line : lines) {
            if (line.role() == Role.BODY || line.role() == Role.NOTE) {
                byOrigin.computeIfAbsent(line.paragraph(), k -> {
                    List<Line> own = new ArrayList<>();
                    inOrder.add(own);
                    return own;
                }).add(line);
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>(inOrder.size());
        for (List<Line> own : inOrder) {
            boolean justified = own.subList(0, own.size() - 1).stream().anyMatch(Line::offNatural);
            float left = (float) own.stream().mapToDouble(Line::left).min().orElseThrow();
            paragraphs.add(new Paragraph(own.get(0).role(), List.copyOf(own), justified, left));
        }
        return List.copyOf(paragraphs);
    }

    private static boolean isContent(VItem.LineBox box) {
        return !box.origin().isArtifact() && !box.fragments().isEmpty();
    }

    /** Content of the page's body: a line or an image that is no artifact and not in a footnote. */
    private static boolean isBodyContent(VItem item) {
        Origin origin = item instanceof VItem.LineBox box && isContent(box) ? box.origin()
                : item instanceof VItem.ImageBox image && !image.origin().isArtifact() ? image.origin() : null;
        return origin != null && nearest(origin, Origin.Kind.NOTE) == null;
    }

    static Role role(Origin origin) {
        if (origin.kind() == Origin.Kind.HEADING) {
            return nearest(origin, Origin.Kind.MASTHEAD) == null ? Role.HEADING : Role.OTHER;
        }
        if (origin.kind() == Origin.Kind.PARAGRAPH && origin.element() instanceof Block.Paragraph) {
            return nearest(origin, Origin.Kind.NOTE) != null ? Role.NOTE : Role.BODY;
        }
        return Role.OTHER;
    }

    /** The origin itself or its nearest enclosing one of {@code kind}, or null. */
    static Origin nearest(Origin origin, Origin.Kind kind) {
        for (Origin o = origin; o != null; o = o.parent()) {
            if (o.kind() == kind) {
                return o;
            }
        }
        return null;
    }
}
