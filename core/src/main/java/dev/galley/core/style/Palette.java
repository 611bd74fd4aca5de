package dev.galley.core.style;

import dev.galley.core.model.Block;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The colours of a house style by what they do, used alike by the site and the PDF.
 *
 * @param text           running text
 * @param muted          datelines, bylines' roles, running heads and feet, captions
 * @param accent         the desk's own colour: the site's header and handling labels ("EMBARGOED")
 * @param link           links
 * @param rule           rules between parts of a page (the contents, a thematic break, the running head)
 * @param strongRule     the rule under the masthead, above the notes and round a table
 * @param rowRule        the hairlines between a table's rows
 * @param background     the page
 * @param codeBackground behind code blocks and inline code
 * @param quoteBar       the bar beside block quotes
 * @param callouts       each kind of callout's title and rule, and its tint
 */
public record Palette(Colour text, Colour muted, Colour accent, Colour link, Colour rule, Colour strongRule, Colour rowRule,
                      Colour background,
                      Colour codeBackground, Colour quoteBar, CalloutColours callouts) {

    /**
     * Galley's own, as the print briefing has always had them. (The site keeps its own tuned
     * light and dark palettes until a desk sets colours: see {@link HouseStyle#ownColours}.)
     */
    public static final Palette DEFAULT = new Palette(new Colour(0x000000), new Colour(0x555555),
            new Colour(0x9B1C1C), new Colour(0x1A4E8A), new Colour(0x999999), new Colour(0x222222), new Colour(0xC8C8C8),
            new Colour(0xFFFFFF),
            new Colour(0xF2F2F0), new Colour(0xBBBBBB), CalloutColours.DEFAULT);

    public Palette {
        Objects.requireNonNull(text);
        Objects.requireNonNull(muted);
        Objects.requireNonNull(accent);
        Objects.requireNonNull(link);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(strongRule);
        Objects.requireNonNull(rowRule);
        Objects.requireNonNull(background);
        Objects.requireNonNull(codeBackground);
        Objects.requireNonNull(quoteBar);
        Objects.requireNonNull(callouts);
    }

    /** The roles by the names a style file gives them, in the order the README lists them. */
    public Map<String, Colour> byRole() {
        Map<String, Colour> roles = new LinkedHashMap<>();
        roles.put("text", text);
        roles.put("muted", muted);
        roles.put("accent", accent);
        roles.put("link", link);
        roles.put("rule", rule);
        roles.put("strong_rule", strongRule);
        roles.put("row_rule", rowRule);
        roles.put("background", background);
        roles.put("code_background", codeBackground);
        roles.put("quote_bar", quoteBar);
        for (Block.Callout.Kind kind : Block.Callout.Kind.values()) {
            CalloutColours.Pair pair = callouts.of(kind);
            roles.put(calloutRole(kind), pair.colour());
            roles.put(calloutRole(kind) + "_background", pair.background());
        }
        return roles;
    }

    /** A palette from {@link #byRole()}'s names; each role missing from {@code roles} keeps this palette's. */
    public Palette with(Map<String, Colour> roles) {
        return new Palette(roles.getOrDefault("text", text), roles.getOrDefault("muted", muted),
                roles.getOrDefault("accent", accent), roles.getOrDefault("link", link),
                roles.getOrDefault("rule", rule), roles.getOrDefault("strong_rule", strongRule),
                roles.getOrDefault("row_rule", rowRule), roles.getOrDefault("background", background),
                roles.getOrDefault("code_background", codeBackground), roles.getOrDefault("quote_bar", quoteBar),
                new CalloutColours(pair(roles, Block.Callout.Kind.NOTE), pair(roles, Block.Callout.Kind.TIP),
                        pair(roles, Block.Callout.Kind.IMPORTANT), pair(roles, Block.Callout.Kind.WARNING),
                        pair(roles, Block.Callout.Kind.CAUTION)));
    }

    private CalloutColours.Pair pair(Map<String, Colour> roles, Block.Callout.Kind kind) {
        CalloutColours.Pair own = callouts.of(kind);
        return new CalloutColours.Pair(roles.getOrDefault(calloutRole(kind), own.colour()),
                roles.getOrDefault(calloutRole(kind) + "_background", own.background()));
    }

    /** The role naming a kind of callout's colour ({@code note}, {@code tip}, …); its tint adds {@code _background}. */
    public static String calloutRole(Block.Callout.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
