package dev.galley.core.labels;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The value of one {@link LabelKey} in one language: a text, or a text per plural category. */
public sealed interface Label {

    /** One text, with {@code {placeholders}}. */
    record Text(String text) implements Label {
        public Text {
            Objects.requireNonNull(text);
        }
    }

    /** Texts by plural category; {@link PluralCategory#OTHER} is always there. */
    record Plural(Map<PluralCategory, String> forms) implements Label {
        public Plural {
            if (!forms.containsKey(PluralCategory.OTHER)) {
                throw new IllegalArgumentException("a plural label needs its 'other' form");
            }
            forms = Collections.unmodifiableMap(new EnumMap<>(forms));
        }

        /** The form for {@code category}, or {@code other} when the label has none for it. */
        public String form(PluralCategory category) {
            return forms.getOrDefault(category, forms.get(PluralCategory.OTHER));
        }
    }
}
