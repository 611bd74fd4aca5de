package dev.galley.core.labels;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every word Galley itself writes on a page or in a PDF, named as a desk names it in
 * {@code galley.yaml}'s {@code labels:} or in a labels file. Each key says which placeholders
 * its text may use and whether it takes plural forms (then {@code {count}} picks the form).
 * Patterns of the {@code *_format} keys are {@link java.time.format.DateTimeFormatter} patterns.
 */
public enum LabelKey {
    DATE_FORMAT(Kind.PATTERN),
    /** The first of the month where a language writes it apart ("1er mars"); else {@link #DATE_FORMAT}. */
    FIRST_DAY_FORMAT(Kind.PATTERN),
    MONTH_FORMAT(Kind.PATTERN),
    TIME_FORMAT(Kind.PATTERN),
    AND(Kind.TEXT),
    BYLINE(Kind.TEXT, "authors"),
    PUBLISHED(Kind.TEXT, "date"),
    UPDATED(Kind.TEXT, "date"),
    READING_TIME(Kind.PLURAL, "count"),
    PAGE_OF(Kind.TEXT, "page", "pages"),
    PAGES(Kind.PLURAL, "count"),
    KILOBYTES(Kind.TEXT, "size"),
    MEGABYTES(Kind.TEXT, "size"),
    CONTENTS(Kind.TEXT),
    NOTES(Kind.TEXT),
    NOTE(Kind.TEXT, "number"),
    BACK_TO_TEXT(Kind.TEXT),
    BACK_TO_REFERENCE(Kind.TEXT, "number"),
    SECTION_LINK(Kind.TEXT, "heading"),
    UNTITLED_SECTION(Kind.TEXT),
    /** The titles of callouts that have none of their own, by kind (see {@code Block.Callout}). */
    CALLOUT_NOTE(Kind.TEXT),
    CALLOUT_TIP(Kind.TEXT),
    CALLOUT_IMPORTANT(Kind.TEXT),
    CALLOUT_WARNING(Kind.TEXT),
    CALLOUT_CAUTION(Kind.TEXT),
    /** What the PDF sets in place of an image it cannot draw, from its alt text. */
    IMAGE_TEXT(Kind.TEXT, "alt"),
    DRAFT(Kind.TEXT),
    DRAFT_NOTICE(Kind.TEXT),
    EMBARGOED_UNTIL(Kind.TEXT, "date", "time"),
    PRINT_VERSION(Kind.TEXT),
    MORE_BRIEFINGS(Kind.TEXT),
    NEWER(Kind.TEXT),
    OLDER(Kind.TEXT),
    SKIP_TO_CONTENT(Kind.TEXT),
    SITE_NAVIGATION(Kind.TEXT),
    LATEST(Kind.TEXT),
    TOPICS(Kind.TEXT),
    ARCHIVE(Kind.TEXT),
    SEARCH(Kind.TEXT),
    ALL_BRIEFINGS(Kind.TEXT),
    ATOM_FEED(Kind.TEXT),
    LATEST_BRIEFINGS(Kind.TEXT),
    OLDER_IN_ARCHIVE(Kind.TEXT),
    NO_BRIEFINGS(Kind.TEXT),
    HOME_DESCRIPTION(Kind.TEXT, "site"),
    NO_TOPICS(Kind.TEXT),
    TOPICS_DESCRIPTION(Kind.TEXT, "site"),
    TOPIC_DESCRIPTION(Kind.TEXT, "topic", "site"),
    BRIEFINGS_COUNT(Kind.PLURAL, "count"),
    ARCHIVE_DESCRIPTION(Kind.TEXT, "site"),
    UNDATED(Kind.TEXT),
    SEARCH_DESCRIPTION(Kind.TEXT, "site"),
    SEARCH_FIELD(Kind.TEXT),
    SEARCH_BUTTON(Kind.TEXT),
    SEARCH_NEEDS_SCRIPT(Kind.TEXT),
    SEARCH_NO_MATCH(Kind.TEXT, "query"),
    SEARCH_MATCHES(Kind.PLURAL, "count"),
    NOT_FOUND_TITLE(Kind.TEXT),
    NOT_FOUND_TEXT(Kind.TEXT),
    NOT_FOUND_HOME(Kind.TEXT),
    NOT_FOUND_ARCHIVE(Kind.TEXT);

    /** What a key's value is. */
    public enum Kind {
        /** One text. */
        TEXT,
        /** Texts by plural category ({@code one}, {@code few}, {@code many}, {@code other} …). */
        PLURAL,
        /** A date or time pattern of {@link java.time.format.DateTimeFormatter}. */
        PATTERN
    }

    private static final Map<String, LabelKey> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(LabelKey::key, Function.identity()));

    private final Kind kind;
    private final List<String> placeholders;

    LabelKey(Kind kind, String... placeholders) {
        this.kind = kind;
        this.placeholders = List.of(placeholders);
    }

    /** The key as written in YAML: {@code reading_time}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    /** The names that may stand in braces in the text, {@code {date}}. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The key named {@code key} as written in YAML. */
    public static Optional<LabelKey> byKey(String key) {
        return Optional.ofNullable(BY_NAME.get(key));
    }
}
