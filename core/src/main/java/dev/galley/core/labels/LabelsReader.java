package dev.galley.core.labels;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.diagnostic.NearMiss;
import dev.galley.core.yaml.YamlMap;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one language's labels from a YAML mapping (a labels file, or one language of
 * {@code galley.yaml}'s {@code labels:}). Each problem is reported at its place and the key left
 * out, so the language's shipped or English text stands in: an unknown key or placeholder is a
 * warning, a plural label without its {@code other} form or a date pattern
 * {@code java.time} cannot use is an error.
 */
public final class LabelsReader {

    private LabelsReader() {
    }

    /** The labels {@code yaml} gives; problems go to {@code diagnostics}. */
    public static Map<LabelKey, Label> read(YamlMap yaml, Diagnostics diagnostics) {
        Map<LabelKey, Label> labels = new EnumMap<>(LabelKey.class);
        for (String name : yaml.keys()) {
            Optional<LabelKey> found = LabelKey.byKey(name);
            if (found.isEmpty()) {
                diagnostics.warning(yaml.keyPosition(name), "labels-key", "unknown label '" + name + "'"
                        + NearMiss.hint(name, Arrays.stream(LabelKey.values()).map(LabelKey::key).toList(),
                        "the labels are"));
                continue;
            }
            LabelKey key = found.get();
            Optional<Label> label = key.kind() == LabelKey.Kind.PLURAL && yaml.isMap(name)
                    ? plural(key, yaml, name, diagnostics)
                    : yaml.string(name).flatMap(text -> text(key, text, yaml, name, diagnostics));
            label.ifPresent(l -> labels.put(key, l));
        }
        return labels;
    }

    private static Optional<Label> text(LabelKey key, String text, YamlMap yaml, String name, Diagnostics diagnostics) {
        if (key.kind() == LabelKey.Kind.PATTERN) {
            try {
                DateTimeFormatter.ofPattern(text);
            } catch (IllegalArgumentException e) {
                diagnostics.error(yaml.valuePosition(name), "labels-pattern", "'" + text
                        + "' is not a date pattern (" + e.getMessage() + "); for example d MMMM y");
                return Optional.empty();
            }
        } else {
            checkPlaceholders(key, text, yaml, name, diagnostics);
        }
        return Optional.of(new Label.Text(text));
    }

    private static Optional<Label> plural(LabelKey key, YamlMap yaml, String name, Diagnostics diagnostics) {
        YamlMap forms = yaml.map(name).orElseThrow();
        Map<PluralCategory, String> texts = new EnumMap<>(PluralCategory.class);
        for (String form : forms.keys()) {
            Optional<PluralCategory> category = PluralCategory.byKey(form);
            if (category.isEmpty()) {
                diagnostics.warning(forms.keyPosition(form), "labels-key", "unknown plural form '" + form
                        + "' of " + key.key() + "; the forms are zero, one, two, few, many and other");
                continue;
            }
            forms.string(form).ifPresent(text -> {
                checkPlaceholders(key, text, forms, form, diagnostics);
                texts.put(category.get(), text);
            });
        }
        if (!texts.containsKey(PluralCategory.OTHER)) {
            diagnostics.error(yaml.keyPosition(name), "labels-plural",
                    key.key() + " needs its 'other' form, used for every number the other forms do not name");
            return Optional.empty();
        }
        return Optional.of(new Label.Plural(texts));
    }

    private static void checkPlaceholders(LabelKey key, String text, YamlMap yaml, String name, Diagnostics diagnostics) {
        int open = text.indexOf('{');
        while (open >= 0) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String placeholder = text.substring(open + 1, close);
            if (!key.placeholders().contains(placeholder)) {
                diagnostics.warning(yaml.valuePosition(name), "labels-placeholder", "{" + placeholder + "} means nothing in "
                        + key.key() + (key.placeholders().isEmpty() ? ", which takes no placeholders"
                        : "; it knows " + String.join(", ", key.placeholders().stream().map(p -> "{" + p + "}").toList())));
            }
            open = text.indexOf('{', close);
        }
    }
}
