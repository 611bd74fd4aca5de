package dev.galley.core.labels;

import java.util.Locale;
import java.util.Optional;

/** CLDR's plural categories; a language uses some of them, always with {@link #OTHER}. */
public enum PluralCategory {
    ZERO, ONE, TWO, FEW, MANY, OTHER;

    /** The category as CLDR and a labels file spell it: {@code few}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PluralCategory> byKey(String key) {
        for (PluralCategory c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
