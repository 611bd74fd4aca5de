package dev.galley.core.text;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** Checks language tags as editors write them ({@code en}, {@code en-GB}, {@code de}). */
public final class Languages {

    private Languages() {
    }

    /** The tag in its canonical spelling, or empty when it is not a well-formed BCP 47 tag. */
    public static Optional<String> parse(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String canonical = locale.toLanguageTag();
            return canonical.equals("und") ? Optional.empty() : Optional.of(canonical);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }
}
