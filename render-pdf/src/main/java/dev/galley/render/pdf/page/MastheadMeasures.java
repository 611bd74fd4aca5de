package dev.galley.render.pdf.page;

import dev.galley.core.style.TextSize;

/**
 * The masthead's sizes and spaces, for the plain opening or the cover, in proportion to the body
 * as the rest of {@link Measures} is: Galley's own numbers are those of its 10.5-on-15 body.
 *
 * @param logo             the height of the desk's logo above the title
 * @param desk             the desk's name, where there is no logo
 * @param handling         the handling labels, after {@code handlingSpace}
 * @param title            the briefing's title, after {@code titleSpace}
 * @param dek              the dek, after {@code dekSpace}
 * @param byline           the byline, after {@code bylineSpace}
 * @param dates            the dates, after {@code datesSpace} (or {@code datesAfterByline} under a byline)
 * @param ruleAbove        space above the plain masthead's closing rule; {@code ruleBelow} under it
 * @param coverRuleSpace   space between the cover's logo and its accent rule, {@code coverRule} thick
 * @param coverDrop        how far down the cover's page its title stands, as a share of the body's height
 * @param coverImageGap    the least space between a cover image (with its caption) and the title
 * @param bandLogo         the logo's height on a band; {@code bandName} the line of the desk's name there
 * @param bandPadding      the band's padding under its logo or name; {@code bandAfter} the space below it
 * @param bandNameSize     the size of the desk's name on a band
 */
record MastheadMeasures(float logo, TextSize desk, float handlingSpace, TextSize handling, float titleSpace,
                        TextSize title, float dekSpace, TextSize dek, float bylineSpace, TextSize byline,
                        float datesSpace, float datesAfterByline, TextSize dates, float ruleAbove, float ruleBelow,
                        float coverRuleSpace, float coverRule, float coverDrop, float coverImageGap,
                        float bandLogo, float bandName, float bandPadding, float bandAfter, float bandNameSize) {

    /** The opening of a briefing whose text follows on its first page. */
    static MastheadMeasures plain(Measures m) {
        return of(m, m.down(24f), m.size(22f, 27f), m.down(5f), m.size(13f, 18f), m.down(10f));
    }

    /** The opening on a cover page of its own: a taller logo, a larger title, more air. */
    static MastheadMeasures cover(Measures m) {
        return of(m, m.down(40f), m.size(30f, 36f), m.down(12f), m.size(15f, 21f), m.down(24f));
    }

    private static MastheadMeasures of(Measures m, float logo, TextSize title, float dekSpace, TextSize dek,
                                       float bylineSpace) {
        return new MastheadMeasures(logo, m.size(8.5f, 12f), m.down(4f), m.size(8.5f, 12f), m.down(10f), title,
                dekSpace, dek, bylineSpace, m.size(9.5f, 13.5f), m.down(10f), m.down(2f), m.size(8.5f, 12.5f),
                m.down(8f), m.down(20f), m.down(6f), m.down(2.5f), 0.28f, m.down(18f),
                m.down(30f), m.down(18f), m.down(12f), m.down(14f), m.across(13f));
    }
}
