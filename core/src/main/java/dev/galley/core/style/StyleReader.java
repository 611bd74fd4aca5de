package dev.galley.core.style;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.diagnostic.NearMiss;
import dev.galley.core.model.SourcePos;
import dev.galley.core.yaml.YamlMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code style:} section of {@code galley.yaml} into a {@link HouseStyle}. Every mistake
 * is placed where it is written: an unknown key (with the nearest known one), a colour that is
 * not {@code #rrggbb} or a palette name, a length without a unit Galley knows; and pairs of
 * colours that readers could not tell apart (under WCAG AA's 4.5:1 for text) are warned about.
 */
public final class StyleReader {

    private static final List<String> SECTIONS = List.of("palette", "colours", "colors", "page");
    private static final List<String> PAGE_KEYS = List.of("margins");
    private static final List<String> MARGIN_KEYS = List.of("top", "bottom", "inner", "outer");
    /** A length: a number and its unit (pt when none is written). */
    private static final Pattern LENGTH = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,3})?)\\s*(pt|mm|cm|in)?");
    /** WCAG 2.x AA for text of ordinary size. */
    static final double TEXT_CONTRAST = 4.5;
    /** The widest margin that still leaves a page to set text on, in points (about 10 cm). */
    private static final float MAX_MARGIN = 288;

    private final Diagnostics diagnostics;

    private StyleReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The house style {@code style} describes, Galley's own where it is silent or wrong. */
    public static HouseStyle read(YamlMap style, Diagnostics diagnostics) {
        return new StyleReader(diagnostics).style(style);
    }

    private HouseStyle style(YamlMap style) {
        unknownKeys(style, SECTIONS, "style", "the style's sections are");
        Map<String, Colour> palette = new LinkedHashMap<>();
        style.map("palette").ifPresent(map -> {
            for (String name : map.keys()) {
                map.parsed(name, Colour::parse, "a colour such as #0a5494").ifPresent(c -> palette.put(name, c));
            }
        });
        String coloursKey = style.has("colours") ? "colours" : "colors";
        if (style.has("colours") && style.has("colors")) {
            diagnostics.error(style.keyPosition("colors"), "style-key", "'colors' and 'colours' are the same"
                    + " section; write one of them");
        }
        Map<String, Colour> roles = new LinkedHashMap<>();
        Map<String, SourcePos> rolePositions = new LinkedHashMap<>();
        Set<String> known = Palette.DEFAULT.byRole().keySet();
        style.map(coloursKey).ifPresent(map -> {
            unknownKeys(map, List.copyOf(known), "colour role", "the roles are");
            for (String role : map.keys()) {
                if (!known.contains(role)) {
                    continue;
                }
                map.parsed(role, text -> Colour.parse(text).or(() -> Optional.ofNullable(palette.get(text.strip()))),
                        "a colour such as #0a5494" + (palette.isEmpty() ? "" : " or a name from the palette ("
                                + String.join(", ", palette.keySet()) + ")"))
                        .ifPresent(c -> {
                            roles.put(role, c);
                            rolePositions.put(role, map.valuePosition(role));
                        });
            }
        });
        Palette colours = Palette.DEFAULT.with(roles);
        contrast(colours, rolePositions);
        PageMargins margins = style.map("page").map(this::margins).orElse(PageMargins.DEFAULT);
        return new HouseStyle(colours, margins, !roles.isEmpty());
    }

    private PageMargins margins(YamlMap page) {
        unknownKeys(page, PAGE_KEYS, "page setting", "the page settings are");
        if (!page.has("margins")) {
            return PageMargins.DEFAULT;
        }
        if (!page.isMap("margins")) {
            // one length for all four sides
            float all = page.parsed("margins", StyleReader::length, lengthExpected()).orElse(-1f);
            return all < 0 ? PageMargins.DEFAULT : new PageMargins(all, all, all, all);
        }
        YamlMap sides = page.map("margins").orElseThrow();
        unknownKeys(sides, MARGIN_KEYS, "margin", "the margins are");
        PageMargins d = PageMargins.DEFAULT;
        return new PageMargins(side(sides, "top", d.top()), side(sides, "bottom", d.bottom()),
                side(sides, "inner", d.inner()), side(sides, "outer", d.outer()));
    }

    private float side(YamlMap sides, String side, float otherwise) {
        return sides.parsed(side, StyleReader::length, lengthExpected()).orElse(otherwise);
    }

    private static String lengthExpected() {
        return "a length from 0 to 10 cm such as 25mm, 2.5cm, 1in or 72pt";
    }

    /** Points in {@code text} ({@code 25mm}, {@code 1in}, {@code 72pt}, {@code 72}); empty beyond {@link #MAX_MARGIN}. */
    static Optional<Float> length(String text) {
        Matcher m = LENGTH.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "pt" : m.group(2);
        double points = switch (unit) {
            case "mm" -> number * 72 / 25.4;
            case "cm" -> number * 72 / 2.54;
            case "in" -> number * 72;
            default -> number;
        };
        // a hundredth of a point is finer than any printer, and keeps the model's text short
        float rounded = (float) (Math.round(points * 100) / 100.0);
        return rounded <= MAX_MARGIN ? Optional.of(rounded) : Optional.empty();
    }

    private void unknownKeys(YamlMap map, List<String> known, String what, String listing) {
        for (String key : map.keys()) {
            if (!known.contains(key)) {
                diagnostics.error(map.keyPosition(key), "style-key", "unknown " + what + " '" + key + "'"
                        + NearMiss.hint(key, known, listing));
            }
        }
    }

    /**
     * Warns, at the colour the desk set, about text that would be hard to read on its background:
     * under 4.5:1, WCAG AA's ratio for body-size text, on the site and the page alike.
     */
    private void contrast(Palette colours, Map<String, SourcePos> set) {
        check(colours, set, "text", colours.text(), "background", colours.background());
        check(colours, set, "muted", colours.muted(), "background", colours.background());
        check(colours, set, "link", colours.link(), "background", colours.background());
        check(colours, set, "accent", colours.accent(), "background", colours.background());
        check(colours, set, "text", colours.text(), "code_background", colours.codeBackground());
    }

    private void check(Palette colours, Map<String, SourcePos> set, String fore, Colour f, String back, Colour b) {
        if (!set.containsKey(fore) && !set.containsKey(back)) {
            return; // Galley's own pairs pass
        }
        double ratio = f.contrastWith(b);
        if (ratio < TEXT_CONTRAST) {
            SourcePos at = set.containsKey(fore) ? set.get(fore) : set.get(back);
            diagnostics.warning(at, "style-contrast", String.format(Locale.ROOT,
                    "%s %s on %s %s has a contrast of %.2f:1; text needs at least 4.5:1 (WCAG AA) to be read"
                            + " on screen and on paper", fore, f.css(), back, b.css(), ratio));
        }
    }
}
