package dev.galley.core.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns titles and headings into stable, readable ids for URLs and anchors: lower case, accents
 * dropped, apostrophes dropped, everything else that is not a letter or digit folded into single
 * hyphens. Letters of any script are kept, so Cyrillic headings get Cyrillic ids.
 */
public final class Slugs {

    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextNumber = new HashMap<>();
    private final String fallback;
    private final Predicate<String> reserved;

    /** A slug maker for one namespace (a briefing's sections, the site's briefings). */
    public Slugs(String fallback) {
        this(fallback, slug -> false);
    }

    /**
     * A slug maker that never hands out slugs {@code reserved} for something else (such as the
     * ids renderers give footnotes).
     */
    public Slugs(String fallback, Predicate<String> reserved) {
        this.fallback = fallback;
        this.reserved = reserved;
    }

    /** The slug of {@code text}, with {@code -2}, {@code -3} … appended if it was taken. */
    public String unique(String text) {
        String base = of(text);
        if (base.isEmpty()) {
            base = fallback;
        }
        // Every number below the next one for this base is taken still: start there, so that a
        // thousand headings alike cost a thousand tries, not half a million. 1 is the base itself.
        int n = nextNumber.getOrDefault(base, 1);
        String slug;
        do {
            slug = n == 1 ? base : base + "-" + n;
            n = n == 1 ? 2 : n + 1;
        } while (reserved.test(slug) || !taken.add(slug));
        nextNumber.put(base, n);
        return slug;
    }

    /**
     * The page name a briefing's file gives it: the slug of its name without {@code .md}
     * ({@code briefings/Harbour Year.md} is {@code harbour-year}).
     */
    public static String ofFile(String sourcePath) {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
            name = name.substring(0, name.length() - 3);
        }
        return of(name);
    }

    /**
     * Takes {@code slug} as it is (an id the author wrote), so that {@link #unique} never hands it
     * out; false when it was taken already.
     */
    public boolean claim(String slug) {
        return taken.add(slug);
    }

    /** The slug of {@code text}; empty when it has no letters or digits. */
    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder(decomposed.length());
        boolean hyphen = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == '\'' || cp == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                hyphen = false;
                slug.appendCodePoint(Character.toLowerCase(cp));
            } else {
                hyphen = true;
            }
            if (slug.length() > 80) {
                break;
            }
        }
        return slug.toString().toLowerCase(Locale.ROOT);
    }
}
