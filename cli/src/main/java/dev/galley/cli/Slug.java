package dev.galley.cli;

import dev.galley.core.text.Slugs;

/** A file name made from a title: lowercase ASCII letters, digits and hyphens ("Über Öl" → "uber-ol"). */
final class Slug {

    /** Well under the 100 characters a briefing's slug may have. */
    private static final int MAX = 80;

    private Slug() {
    }

    /** The slug of {@code title}, or {@code otherwise} when nothing of it is left. */
    static String of(String title, String otherwise) {
        // the page name's rules (Slugs), kept to ASCII: a file name and a Maven artifact id
        String slug = Slugs.of(title).replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return otherwise;
        }
        // A name Windows keeps for a device (con.md cannot be made there, and Galley refuses it as a slug).
        return slug.matches("con|prn|aux|nul|com[0-9]|lpt[0-9]") ? slug + "-" + otherwise : slug;
    }
}
