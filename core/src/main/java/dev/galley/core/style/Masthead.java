package dev.galley.core.style;

/** How the print briefing's first page opens. */
public enum Masthead {
    /** The desk's name, the title, dek, byline and date over a rule: Galley's own. */
    PLAIN,
    /** The same under a band of the accent colour across the top of the page, with the logo and desk's name on it. */
    BAND,
    /** A page of its own with the logo, title, dek, authors and date; the text starts on page 2. */
    COVER
}
