package dev.galley.core.style;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.diagnostic.NearMiss;
import dev.galley.core.model.Block;
import dev.galley.core.model.SourcePos;
import dev.galley.core.text.ContentPaths;
import dev.galley.core.yaml.YamlMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code style:} section of {@code galley.yaml} into a {@link HouseStyle}. Every mistake
 * is placed where it is written: an unknown key (with the nearest known one), a colour that is
 * not {@code #rrggbb} or a palette name, a length without a unit Galley knows; and pairs of
 * colours that readers could not tell apart (under WCAG AA's 4.5:1 for text) are warned about.
 */
public final class StyleReader {

    private static final List<String> SECTIONS = List.of("palette", "colours", "colors", "page", "text", "running",
            "masthead", "logo", "fonts");
    private static final List<String> FONT_KEYS = List.of("body", "headings", "notes", "monospace", "fallback",
            "figures");
    private static final List<String> FAMILY_KEYS = List.of("regular", "italic", "bold", "bold_italic");
    private static final List<String> FONT_FILE_KEYS = List.of("file", "index");
    /** The most fonts a collection file holds in practice (Noto CJK's has 10): a bound, not a rule. */
    private static final int MAX_COLLECTION_INDEX = 63;
    private static final List<String> PAGE_KEYS = List.of("size", "margins", "facing", "run_long");
    private static final List<String> MARGIN_KEYS = List.of("top", "bottom", "inner", "outer");
    private static final List<String> TEXT_KEYS = List.of("size", "leading", "paragraphs", "heading_scale", "protrusion", "expansion");
    private static final List<String> RUNNING_KEYS = List.of("head", "foot", "first_page", "from_page");
    private static final List<String> FIRST_PAGE_KEYS = List.of("head", "foot");
    private static final List<String> SLOT_KEYS = List.of("left", "centre", "center", "right");
    private static final List<String> LOGO_KEYS = List.of("file", "alt");
    /** WCAG 2.x AA for text of ordinary size. */
    static final double TEXT_CONTRAST = 4.5;
    /** The widest margin that still leaves a page to set text on, in points (about 10 cm). */
    private static final float MAX_MARGIN = 288;
    /** Body type from 7 to 16 points: smaller cannot be read on paper, larger is a poster. */
    private static final float MIN_BODY = 7;
    private static final float MAX_BODY = 16;

    private final Diagnostics diagnostics;
    private final String deskTitle;

    private StyleReader(Diagnostics diagnostics, String deskTitle) {
        this.diagnostics = diagnostics;
        this.deskTitle = deskTitle;
    }

    /**
     * The house style {@code style} describes, Galley's own where it is silent or wrong; a logo
     * without alt text is described by {@code deskTitle}.
     */
    public static HouseStyle read(YamlMap style, Diagnostics diagnostics, String deskTitle) {
        return new StyleReader(diagnostics, deskTitle).style(style);
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
        PageStyle page = style.map("page").map(this::page).orElse(PageStyle.DEFAULT);
        Typesetting type = style.map("text").map(this::type).orElse(Typesetting.DEFAULT);
        RunningContent running = style.map("running").map(this::running).orElse(RunningContent.DEFAULT);
        Masthead masthead = style.parsed("masthead", StyleReader::masthead, "plain, band or cover")
                .orElse(Masthead.PLAIN);
        boolean firstPageSet = style.isMap("running") && style.map("running").orElseThrow().has("first_page");
        if (masthead == Masthead.COVER && !firstPageSet) {
            // a cover carries no page number unless the desk asks for one
            running = new RunningContent(running.head(), running.foot(), RunningContent.Slots.NONE,
                    RunningContent.Slots.NONE, running.fromPage());
        }
        Fonts fonts = style.map("fonts").map(this::fonts).orElse(Fonts.DEFAULT);
        return new HouseStyle(colours, page, type, running, masthead, logo(style), fonts, !roles.isEmpty());
    }

    private PageStyle page(YamlMap page) {
        unknownKeys(page, PAGE_KEYS, "page setting", "the page settings are");
        Optional<PageSize> size = page.parsed("size", PageSize::parse,
                "a4, a5, letter or width x height such as 170mm x 240mm (each side 7 to 60 cm)");
        return new PageStyle(size, margins(page), page.flag("facing").orElse(false),
                page.flag("run_long").orElse(true));
    }

    private PageMargins margins(YamlMap page) {
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
        return Lengths.points(text, MAX_MARGIN);
    }

    private Typesetting type(YamlMap text) {
        unknownKeys(text, TEXT_KEYS, "text setting", "the text settings are");
        Typesetting d = Typesetting.DEFAULT;
        Optional<Float> size = text.parsed("size", t -> Lengths.points(t, MAX_BODY).filter(p -> p >= MIN_BODY),
                "a type size from 7 to 16 points such as 10.5pt");
        float body = size.orElse(d.body().size());
        // Without a leading, the default's proportion (15 on 10.5) to a quarter point.
        float proportional = TextSize.quarter(body * d.body().leading() / d.body().size());
        Optional<Float> leading = text.parsed("leading", t -> Lengths.points(t, MAX_BODY * 2).filter(p -> p >= body),
                "a distance between baselines of at least the type size (" + body + "pt) and at most 32pt");
        Typesetting type = d.withBody(new TextSize(body, leading.orElse(proportional)));
        Optional<Double> scale = text.parsed("heading_scale", StyleReader::scale, "a ratio from 1.0 to 1.6 such as 1.2");
        if (scale.isPresent()) {
            type = type.withHeadingScale(scale.get());
        }
        Optional<Typesetting.Paragraphs> paragraphs = text.parsed("paragraphs", t -> switch (t.strip().toLowerCase(Locale.ROOT)) {
            case "spaced" -> Optional.of(Typesetting.Paragraphs.SPACED);
            case "indented" -> Optional.of(Typesetting.Paragraphs.INDENTED);
            default -> Optional.empty();
        }, "spaced (space between paragraphs) or indented (a first-line indent)");
        type = paragraphs.map(type::withParagraphs).orElse(type);
        type = text.flag("protrusion").map(type::withProtrusion).orElse(type);
        return text.flag("expansion").map(type::withExpansion).orElse(type);
    }

    private static Optional<Double> scale(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return value >= 1.0 && value <= 1.6 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private RunningContent running(YamlMap running) {
        unknownKeys(running, RUNNING_KEYS, "running setting", "the running settings are");
        RunningContent d = RunningContent.DEFAULT;
        RunningContent.Slots head = running.map("head").map(this::slots).orElse(d.head());
        RunningContent.Slots foot = running.map("foot").map(this::slots).orElse(d.foot());
        RunningContent.Slots firstHead = RunningContent.Slots.NONE;
        RunningContent.Slots firstFoot = foot;
        Optional<YamlMap> first = running.map("first_page");
        if (first.isPresent()) {
            unknownKeys(first.get(), FIRST_PAGE_KEYS, "first-page setting", "the first page has");
            firstHead = first.get().map("head").map(this::slots).orElse(RunningContent.Slots.NONE);
            firstFoot = first.get().map("foot").map(this::slots).orElse(foot);
        }
        int from = running.parsed("from_page", StyleReader::page, "a page number from 1 to 9").orElse(d.fromPage());
        return new RunningContent(head, foot, firstHead, firstFoot, from);
    }

    private static Optional<Integer> page(String text) {
        return text.strip().matches("[1-9]") ? Optional.of(Integer.parseInt(text.strip())) : Optional.empty();
    }

    private RunningContent.Slots slots(YamlMap slots) {
        unknownKeys(slots, SLOT_KEYS, "slot", "the slots are");
        if (slots.has("centre") && slots.has("center")) {
            diagnostics.error(slots.keyPosition("center"), "style-key", "'center' and 'centre' are the same slot;"
                    + " write one of them");
        }
        return new RunningContent.Slots(slot(slots, "left"), slot(slots, slots.has("centre") ? "centre" : "center"),
                slot(slots, "right"));
    }

    private String slot(YamlMap slots, String key) {
        String text = slots.string(key).orElse("");
        for (String unknown : RunningContent.unknownPlaceholders(text)) {
            diagnostics.error(slots.valuePosition(key), "style-value", "unknown placeholder {" + unknown + "}"
                    + NearMiss.hint(unknown, RunningContent.PLACEHOLDERS, "the placeholders are"));
        }
        if (text.contains("{logo}") && !text.strip().equals("{logo}")) {
            diagnostics.error(slots.valuePosition(key), "style-value", "{logo} stands alone in its slot");
        }
        return text;
    }

    private static Optional<Masthead> masthead(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "plain" -> Optional.of(Masthead.PLAIN);
            case "band" -> Optional.of(Masthead.BAND);
            case "cover" -> Optional.of(Masthead.COVER);
            default -> Optional.empty();
        };
    }

    /** {@code logo: logo.png} (described by the desk's title) or {@code logo: {file: …, alt: …}}. */
    private Optional<Logo> logo(YamlMap style) {
        if (!style.has("logo")) {
            return Optional.empty();
        }
        String expected = "a PNG or JPEG file of the content folder, such as images/logo.png";
        if (!style.isMap("logo")) {
            return style.parsed("logo", ContentPaths::relative, expected)
                    .map(file -> new Logo(file, deskTitle, style.valuePosition("logo")));
        }
        YamlMap logo = style.map("logo").orElseThrow();
        unknownKeys(logo, LOGO_KEYS, "logo setting", "a logo has");
        if (!logo.has("file")) {
            diagnostics.error(style.keyPosition("logo"), "style-key", "a logo needs its file: logo: {file: images/logo.png,"
                    + " alt: …}");
            return Optional.empty();
        }
        String alt = logo.string("alt").orElse(deskTitle);
        return logo.parsed("file", ContentPaths::relative, expected)
                .map(file -> new Logo(file, alt, logo.valuePosition("file")));
    }

    private Fonts fonts(YamlMap fonts) {
        unknownKeys(fonts, FONT_KEYS, "font setting", "the font settings are");
        List<FontFile> fallback = fonts.list("fallback", entry -> entry.asMap().isPresent()
                ? fontFile(entry.asMap().get(), entry.pos())
                : fontPath(entry.text(), entry.pos()).map(file -> new FontFile(file, 0, entry.pos())));
        Fonts.Figures figures = fonts.parsed("figures", t -> switch (t.strip().toLowerCase(Locale.ROOT)) {
            case "default" -> Optional.of(Fonts.Figures.DEFAULT);
            case "tabular" -> Optional.of(Fonts.Figures.TABULAR);
            case "proportional" -> Optional.of(Fonts.Figures.PROPORTIONAL);
            default -> Optional.empty();
        }, "tabular (digits of one width) or proportional").orElse(Fonts.Figures.DEFAULT);
        return new Fonts(family(fonts, "body"), family(fonts, "headings"), family(fonts, "notes"),
                family(fonts, "monospace"), fallback, figures);
    }

    /** {@code body: fonts/Face.ttf} (one face for every style) or a map of the four styles. */
    private Optional<FontFamily> family(YamlMap fonts, String role) {
        if (!fonts.has(role)) {
            return Optional.empty();
        }
        if (!fonts.isMap(role)) {
            return file(fonts, role).map(FontFamily::of);
        }
        YamlMap family = fonts.map(role).orElseThrow();
        if (family.has("file")) {
            // {file: …, index: …}: one face of a collection, for every style
            return fontFile(family, fonts.valuePosition(role)).map(FontFamily::of);
        }
        unknownKeys(family, FAMILY_KEYS, "style of a font family", "a family's styles are");
        Optional<FontFile> regular = file(family, "regular");
        if (regular.isEmpty()) {
            if (!family.has("regular")) {
                diagnostics.error(fonts.keyPosition(role), "style-key", "the " + role + " family needs its regular"
                        + " face: " + role + ": {regular: fonts/Face-Regular.ttf, italic: …, bold: …, bold_italic: …}");
            }
            return Optional.empty();
        }
        return Optional.of(new FontFamily(regular.get(), file(family, "italic"), file(family, "bold"),
                file(family, "bold_italic")));
    }

    /** The font file {@code key} names: a path, or {@code {file: …, index: …}} for a collection. */
    private Optional<FontFile> file(YamlMap map, String key) {
        if (!map.has(key)) {
            return Optional.empty();
        }
        if (map.isMap(key)) {
            return fontFile(map.map(key).orElseThrow(), map.valuePosition(key));
        }
        return map.parsed(key, ContentPaths::relative, FONT_EXPECTED)
                .map(file -> new FontFile(file, 0, map.valuePosition(key)));
    }

    private static final String FONT_EXPECTED = "a TrueType font file of the content folder, such as"
            + " fonts/Charis-Regular.ttf";

    private Optional<FontFile> fontFile(YamlMap map, SourcePos at) {
        unknownKeys(map, FONT_FILE_KEYS, "font file setting", "a font file has");
        if (!map.has("file")) {
            diagnostics.error(at, "style-key", "a font needs its file: {file: fonts/Family.ttc, index: 0}");
            return Optional.empty();
        }
        int index = map.parsed("index", t -> t.strip().matches("\\d{1,2}") && Integer.parseInt(t.strip())
                        <= MAX_COLLECTION_INDEX ? Optional.of(Integer.parseInt(t.strip())) : Optional.empty(),
                "the number of the font in its collection, from 0").orElse(0);
        return map.parsed("file", ContentPaths::relative, FONT_EXPECTED)
                .map(file -> new FontFile(file, index, map.valuePosition("file")));
    }

    private Optional<String> fontPath(String text, SourcePos at) {
        Optional<String> file = ContentPaths.relative(text);
        if (file.isEmpty()) {
            diagnostics.error(at, "config-value", "each entry of 'fallback' must be " + FONT_EXPECTED + ", not “" + text + "”");
        }
        return file;
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
        for (Block.Callout.Kind kind : Block.Callout.Kind.values()) {
            String role = Palette.calloutRole(kind);
            CalloutColours.Pair pair = colours.callouts().of(kind);
            check(colours, set, role, pair.colour(), role + "_background", pair.background());
            check(colours, set, "text", colours.text(), role + "_background", pair.background());
        }
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
