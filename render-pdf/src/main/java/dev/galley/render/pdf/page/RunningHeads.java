package dev.galley.render.pdf.page;

import dev.galley.core.style.Palette;
import dev.galley.core.style.RunningContent;
import dev.galley.render.pdf.font.TypeFaces;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.line.Line;
import dev.galley.render.pdf.text.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The setter of running heads and feet: each page's three slots from the house style's
 * {@link RunningContent}, placeholders filled with the page's own values, set as artifacts in
 * the margins (they repeat what the page says, so readers of the tags skip them). A head with
 * anything in it has a rule under it.
 */
final class RunningHeads {

    /** What a placeholder stands for on one page (see {@link RunningContent#PLACEHOLDERS}). */
    interface Values extends Function<String, String> {
    }

    /** The logo as a slot shows it: its file and its shape. */
    record Logo(String source, float aspect) {
    }

    private final RunningContent running;
    private final PageGeometry geometry;
    private final Measures m;
    private final Palette colours;
    private final Lines lines;
    private final Optional<Logo> logo;
    private final TypeFaces faces;

    RunningHeads(RunningContent running, PageGeometry geometry, Measures measures, Palette colours, Lines lines,
                 Optional<Logo> logo, TypeFaces faces) {
        this.faces = faces;
        this.running = running;
        this.geometry = geometry;
        this.m = measures;
        this.colours = colours;
        this.lines = lines;
        this.logo = logo;
    }

    /**
     * The head and foot of page {@code page} (from 1), what is in them; on the left-hand page of
     * a spread the left and right slots change sides, so that what is outside stays outside.
     */
    List<Page.Placed> of(int page, Values values) {
        List<Page.Placed> placed = new ArrayList<>(4);
        boolean verso = geometry.verso(page);
        RunningContent.Slots head = running.headOf(page);
        RunningContent.Slots foot = running.footOf(page);
        set(verso ? head.mirrored() : head, values, geometry.headerBaseline(), true, placed);
        set(verso ? foot.mirrored() : foot, values, geometry.footerBaseline(), false, placed);
        return placed;
    }

    private void set(RunningContent.Slots slots, Values values, float baselineFromTop, boolean head,
                     List<Page.Placed> placed) {
        if (slots.isEmpty()) {
            return;
        }
        Style style = Style.of(faces.headings(), m.running).withColor(colours.muted().rgb());
        float lineHeight = m.runningLine;
        float baseline = lines.baseline(style, lineHeight);
        float left = geometry.marginLeft();
        float measure = geometry.measure();
        float top = baselineFromTop - baseline;
        // Right first, then centre: the left slot (a title, usually) gets what they leave. The
        // fragments go left to right, the order their text is copied out in.
        List<Fragment> fragments = new ArrayList<>();
        List<Fragment> rightFragments = List.of();
        List<Fragment> centreFragments = List.of();
        float taken = 0;
        int images = 0;
        Line right = slot(slots.right(), values, style, measure);
        if (right != null) {
            rightFragments = Lines.shift(right.fragments(), left + measure - right.width());
            taken += right.width();
        }
        images += image(slots.right(), left + measure, 1f, baselineFromTop, placed);
        Line centre = slot(slots.centre(), values, style, measure / 2);
        if (centre != null) {
            centreFragments = Lines.shift(centre.fragments(), left + (measure - centre.width()) / 2);
            taken = Math.max(taken, centre.width() / 2 + measure / 2);
        }
        images += image(slots.centre(), left + measure / 2, 0.5f, baselineFromTop, placed);
        float gap = taken > 0 ? m.runningGap : 0;
        Line leftLine = slot(slots.left(), values, style, Math.max(measure - taken - gap, measure * 0.25f));
        if (leftLine != null) {
            fragments.addAll(Lines.shift(leftLine.fragments(), left));
        }
        images += image(slots.left(), left, 0f, baselineFromTop, placed);
        fragments.addAll(centreFragments);
        fragments.addAll(rightFragments);
        if (fragments.isEmpty() && images == 0) {
            return;
        }
        List<Rect> rects = head ? List.of(new Rect(left, baseline + m.runningRuleDrop, measure, m.runningRule, colours.rule().rgb()))
                : List.of();
        placed.add(new Page.Placed(new VItem.LineBox(lineHeight, baseline, fragments, rects, false, ""), top));
    }

    /** A slot's text filled and set on one line, null when it comes to nothing or is the logo. */
    private Line slot(String text, Values values, Style style, float measure) {
        if (text.strip().equals("{logo}")) {
            return null;
        }
        String filled = RunningContent.fill(text, values).strip();
        if (filled.isEmpty()) {
            return null;
        }
        // The classification alone is a handling mark: bold, in the text's colour, as the masthead has it.
        Style used = text.strip().equals("{classification}")
                ? Style.of(faces.headings().bold(), style.size()).withColor(colours.text().rgb()) : style;
        Line line = lines.first(filled, used, measure);
        return line.fragments().isEmpty() ? null : line;
    }

    /**
     * The logo, when {@code text} is its placeholder, standing on the baseline: {@code align} 0
     * starts it at {@code x}, 1 ends it there, 0.5 centres it on it. How many images it placed.
     */
    private int image(String text, float x, float align, float baselineFromTop, List<Page.Placed> placed) {
        if (logo.isEmpty() || !text.strip().equals("{logo}")) {
            return 0;
        }
        float height = m.runningLogo;
        float width = Math.min(height * logo.get().aspect(), geometry.measure() / 3);
        height = width / logo.get().aspect();
        placed.add(new Page.Placed(new VItem.ImageBox(x - width * align, width, height, logo.get().source(), false,
                Origin.ARTIFACT), baselineFromTop - height));
        return 1;
    }
}
