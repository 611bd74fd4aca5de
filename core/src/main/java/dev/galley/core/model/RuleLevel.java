package dev.galley.core.model;

import java.util.Locale;
import java.util.Optional;

/** How a content rule is applied, as a desk sets it in {@code galley.yaml}. */
public enum RuleLevel {
    OFF, WARNING, ERROR;

    /** {@code off}, {@code warning} or {@code error}, in any case. */
    public static Optional<RuleLevel> parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "off" -> Optional.of(OFF);
            case "warning", "warn" -> Optional.of(WARNING);
            case "error" -> Optional.of(ERROR);
            default -> Optional.empty();
        };
    }
}
