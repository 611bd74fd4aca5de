package dev.galley.core.check;

import dev.galley.core.model.RuleLevel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The content rules a desk can tune in {@code galley.yaml} ({@code rules: {image-alt: warning}}).
 * Problems that make a briefing unreadable (broken YAML, invalid UTF-8) are not rules: they are
 * always errors.
 */
public enum Rule {
    LINK_ANCHOR("link-anchor", RuleLevel.ERROR, "links to sections resolve"),
    LINK_BRIEFING("link-briefing", RuleLevel.ERROR, "links to other briefings resolve"),
    LINK_BROKEN("link-broken", RuleLevel.ERROR, "links to files resolve"),
    LINK_DRAFT("link-draft", RuleLevel.WARNING, "links do not lead to unpublished drafts"),
    LINK_SITE("link-site", RuleLevel.WARNING, "links to the site around the microsite can be written in full (base_url) and are among its listed addresses (site_paths)"),
    IMAGE_MISSING("image-missing", RuleLevel.ERROR, "images exist"),
    IMAGE_ALT("image-alt", RuleLevel.ERROR, "images have alt text for readers who cannot see them"),
    SVG_CLEANED("svg-cleaned", RuleLevel.WARNING,
            "SVG files hold nothing the site leaves out (scripts, event handlers, links out of the image)"),
    HEADING_SKIP("heading-skip", RuleLevel.WARNING, "heading levels do not skip (## then ####)"),
    SECTION_EMPTY("section-empty", RuleLevel.WARNING, "sections have content"),
    PARAGRAPH_LENGTH("paragraph-length", RuleLevel.WARNING,
            "paragraphs stay under " + ContentRules.MAX_PARAGRAPH_WORDS + " words"),
    FOOTNOTE_UNUSED("footnote-unused", RuleLevel.WARNING, "footnotes are referenced"),
    FRONT_MATTER_MISSING("front-matter-missing", RuleLevel.WARNING, "briefings start with front matter"),
    FRONT_MATTER_KEY("front-matter-key", RuleLevel.WARNING, "front matter keys are spelt right");

    private final String code;
    private final RuleLevel defaultLevel;
    private final String checks;

    Rule(String code, RuleLevel defaultLevel, String checks) {
        this.code = code;
        this.defaultLevel = defaultLevel;
        this.checks = checks;
    }

    /** The name used in diagnostics and in {@code galley.yaml}. */
    public String code() {
        return code;
    }

    public RuleLevel defaultLevel() {
        return defaultLevel;
    }

    /** What the rule checks, for documentation and messages. */
    public String checks() {
        return checks;
    }

    public static Optional<Rule> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
