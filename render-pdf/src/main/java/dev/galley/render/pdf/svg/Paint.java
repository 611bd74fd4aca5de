package dev.galley.render.pdf.svg;

import java.util.Locale;
import java.util.Optional;

/** What fills or strokes a shape: nothing, a colour, or a gradient by id (with a colour where it is missing). */
sealed interface Paint permits Paint.None, Paint.Solid, Paint.Reference {

    None NONE = new None();

    record None() implements Paint {
    }

    record Solid(SvgColour colour) implements Paint {
    }

    record Reference(String id, Paint fallback) implements Paint {
    }

    /**
     * {@code value} as a paint; {@code current} is the {@code color} property's colour, for
     * {@code currentColor}. Empty when it cannot be read (the inherited paint stays).
     */
    static Optional<Paint> parse(String value, SvgColour current) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("none") || lower.startsWith("context-")) {
            return Optional.of(NONE);
        }
        if (lower.equals("currentcolor")) {
            return Optional.of(new Solid(current));
        }
        if (lower.startsWith("url(")) {
            int close = v.indexOf(')');
            if (close < 0) {
                return Optional.empty();
            }
            String ref = v.substring(4, close).strip().replace("\"", "").replace("'", "");
            Paint fallback = NONE;
            String rest = v.substring(close + 1).strip();
            if (!rest.isEmpty()) {
                fallback = parse(rest, current).orElse(NONE);
            }
            return Optional.of(ref.startsWith("#") ? new Reference(ref.substring(1), fallback) : fallback);
        }
        return SvgColour.parse(v).map(Solid::new);
    }
}
