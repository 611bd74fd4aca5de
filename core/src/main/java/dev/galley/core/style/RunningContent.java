package dev.galley.core.style;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The print briefing's running head and foot: what stands at the top and bottom of its pages, in
 * three slots each, written as text with placeholders ({@link #PLACEHOLDERS}). Pages before
 * {@code fromPage} carry the first page's own head and foot instead.
 *
 * @param head      the head from {@code fromPage} on
 * @param foot      the foot from {@code fromPage} on
 * @param firstHead the head of the pages before {@code fromPage}
 * @param firstFoot the foot of the pages before {@code fromPage}
 * @param fromPage  the first page (from 1) with {@code head} and {@code foot}
 */
public record RunningContent(Slots head, Slots foot, Slots firstHead, Slots firstFoot, int fromPage) {

    /**
     * What a slot may name, each in braces: the briefing's title, the page's section (the first
     * top-level section to start on the page, else the one running on from before), the desk's title, the page number, the number of
     * pages, "Page 3 of 5" in the briefing's language, the briefing's date, its classification,
     * and the desk's logo (alone in its slot).
     */
    public static final List<String> PLACEHOLDERS = List.of("title", "section", "desk", "page", "pages",
            "page-label", "date", "classification", "logo");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

    /**
     * Left, centre and right of a head or foot; an empty text leaves its slot empty.
     */
    public record Slots(String left, String centre, String right) {

        public static final Slots NONE = new Slots("", "", "");

        public Slots {
            Objects.requireNonNull(left);
            Objects.requireNonNull(centre);
            Objects.requireNonNull(right);
        }

        public boolean isEmpty() {
            return left.isEmpty() && centre.isEmpty() && right.isEmpty();
        }

        /** The same with left and right changed over, for the left-hand page of a spread. */
        public Slots mirrored() {
            return new Slots(right, centre, left);
        }
    }

    /**
     * Galley's own: the briefing's title at the head of every page but the first (which has the
     * masthead), the classification and "Page N of M" at the foot of every page.
     */
    public static final RunningContent DEFAULT = new RunningContent(new Slots("{title}", "", ""),
            new Slots("{classification}", "", "{page-label}"), Slots.NONE,
            new Slots("{classification}", "", "{page-label}"), 2);

    public RunningContent {
        Objects.requireNonNull(head);
        Objects.requireNonNull(foot);
        Objects.requireNonNull(firstHead);
        Objects.requireNonNull(firstFoot);
        if (fromPage < 1) {
            throw new IllegalArgumentException("pages count from 1");
        }
    }

    /** The head of page {@code page} (from 1). */
    public Slots headOf(int page) {
        return page < fromPage ? firstHead : head;
    }

    /** The foot of page {@code page} (from 1). */
    public Slots footOf(int page) {
        return page < fromPage ? firstFoot : foot;
    }

    /** The placeholders {@code text} names that Galley does not know, in order. */
    static List<String> unknownPlaceholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> unknown = new java.util.ArrayList<>();
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    /**
     * {@code text} with each placeholder replaced by {@code values}' text for it (an unknown one
     * is left as written); a slot is filled once per page, so a plain scan is enough.
     */
    public static String fill(String text, java.util.function.Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(PLACEHOLDERS.contains(name) ? values.apply(name) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
