package dev.galley.render.html;

import dev.galley.core.model.Block;
import dev.galley.core.style.CalloutColours;
import dev.galley.core.style.HouseStyle;
import dev.galley.core.style.Palette;

/**
 * The site's colours from the desk's house style: custom properties that follow the built-in
 * stylesheet, so every rule that reads them takes the desk's colour. A desk that sets its colours
 * gets them in both colour schemes: Galley's dark palette was tuned against its own light one,
 * not the desk's, and swapping a brand's colours for it would lose the brand.
 */
final class HouseColours {

    private HouseColours() {
    }

    /** The rules to append to the built-in stylesheet; empty when the desk keeps Galley's colours. */
    static String css(HouseStyle style) {
        if (!style.ownColours()) {
            return "";
        }
        Palette p = style.colours();
        return "\n/* The desk's colours, from style: in galley.yaml */\n:root {\n"
                + "  color-scheme: light;\n"
                + "  --text: " + p.text().css() + ";\n"
                + "  --muted: " + p.muted().css() + ";\n"
                + "  --faint: " + p.muted().css() + ";\n"
                + "  --rule: " + p.rule().css() + ";\n"
                + "  --accent: " + p.link().css() + ";\n"
                + "  --accent-visited: " + p.link().css() + ";\n"
                + "  --surface: " + p.codeBackground().css() + ";\n"
                + "  --bg: " + p.background().css() + ";\n"
                + "  --alert: " + p.accent().css() + ";\n"
                + "}\n" + callouts(p);
    }

    /**
     * Each kind of callout's colour and tint. Written after the stylesheet's own, dark scheme
     * included, so they hold in both schemes as the roles above do.
     */
    private static String callouts(Palette p) {
        StringBuilder css = new StringBuilder();
        for (Block.Callout.Kind kind : Block.Callout.Kind.values()) {
            CalloutColours.Pair pair = p.callouts().of(kind);
            css.append(".callout-").append(Palette.calloutRole(kind)).append(" { --callout: ")
                    .append(pair.colour().css()).append("; --callout-tint: ").append(pair.background().css())
                    .append("; }\n");
        }
        return css.toString();
    }
}
