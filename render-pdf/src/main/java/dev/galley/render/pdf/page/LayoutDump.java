package dev.galley.render.pdf.page;

import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.text.Shaper;

import java.util.Locale;

/**
 * The laid-out briefing as text, one line per placed item: its top and left edge in points, its
 * kind and its text (fragments joined left to right, a space where they do not touch, ligatures
 * spelled out; "keep" marks lines kept with the next). Golden tests compare
 * this dump, so a change in line breaks or page breaks shows as a readable diff.
 */
public final class LayoutDump {

    private LayoutDump() {
    }

    public static String dump(LaidOutBriefing laid) {
        StringBuilder out = new StringBuilder();
        for (Page page : laid.pages()) {
            out.append("page ").append(page.number()).append('\n');
            for (Page.Placed placed : page.items()) {
                out.append(String.format(Locale.ROOT, "%6.1f ", placed.top()));
                VItem item = placed.item();
                if (item instanceof VItem.LineBox line) {
                    if (line.fragments().isEmpty()) {
                        out.append(line.rects().isEmpty() ? "space" : "rule").append(String.format(Locale.ROOT,
                                " h=%.1f", line.height()));
                    } else {
                        out.append(String.format(Locale.ROOT, "%5.1f ", line.fragments().get(0).x()));
                        out.append(line.keepWithNext() ? "keep " : "line ");
                        out.append(text(line));
                    }
                    if (!line.anchor().isEmpty()) {
                        out.append("  #").append(line.anchor());
                    }
                } else if (item instanceof VItem.ImageBox image) {
                    out.append(String.format(Locale.ROOT, "%5.1f image %s %.1fx%.1f", image.x(), image.source(),
                            image.width(), image.height()));
                } else {
                    out.append("space h=").append(item.height());
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String text(VItem.LineBox line) {
        StringBuilder out = new StringBuilder();
        float end = Float.NaN;
        java.util.List<Fragment> fragments = new java.util.ArrayList<>(line.fragments());
        fragments.sort(java.util.Comparator.comparingDouble(Fragment::x));
        for (Fragment fragment : fragments) {
            if (!Float.isNaN(end) && fragment.x() > end + 0.5f && out.length() > 0
                    && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
            out.append(Shaper.unligate(fragment.text()));
            end = fragment.x() + fragment.width();
        }
        return out.toString().stripTrailing();
    }
}
