package dev.galley.core.labels;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.yaml.YamlReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labels of every language a build may meet: the tables Galley ships (one YAML file per
 * language under {@code dev/galley/core/labels/}), with a desk's own on top. A language tag is
 * looked up from the general to the particular, each later table overriding the earlier:
 * English, then the primary language ({@code pt}), then the full tag ({@code pt-BR}), with the
 * desk's table after the shipped one at each step. English is complete, so every key has a text.
 */
public final class LabelBook {

    /** Languages Galley ships labels for. */
    public static final List<String> SHIPPED = List.of("de", "en", "es", "fr", "it", "nl", "pl", "pt", "pt-BR",
            "ru", "uk");

    private static final String RESOURCES = "/dev/galley/core/labels/";
    private static final Map<String, Map<LabelKey, Label>> SHIPPED_TABLES = new ConcurrentHashMap<>();
    private static final LabelBook SHIPPED_ONLY = new LabelBook(Map.of());

    /** The desk's tables by lower-case language tag. */
    private final Map<String, Map<LabelKey, Label>> desk;
    /** The map this book was made from, to know it again (see {@link #of}). */
    private final Map<String, ? extends Map<LabelKey, Label>> source;
    private final Map<String, Labels> resolved = new ConcurrentHashMap<>();

    private LabelBook(Map<String, ? extends Map<LabelKey, Label>> desk) {
        this.source = desk;
        Map<String, Map<LabelKey, Label>> copy = new TreeMap<>();
        desk.forEach((tag, table) -> copy.put(normal(tag), copyOf(table)));
        this.desk = Collections.unmodifiableMap(copy);
    }

    /** Galley's own labels only. */
    public static LabelBook shipped() {
        return SHIPPED_ONLY;
    }

    /** The book last made by {@link #of}, so that a build's renderers share its resolved languages. */
    private static volatile LabelBook last = SHIPPED_ONLY;

    /** Galley's labels with a desk's on top: language tag to that language's labels. */
    public static LabelBook of(Map<String, ? extends Map<LabelKey, Label>> desk) {
        if (desk.isEmpty()) {
            return SHIPPED_ONLY;
        }
        LabelBook book = last;
        if (book.source == desk) {
            return book;
        }
        book = new LabelBook(desk);
        last = book;
        return book;
    }

    /** The labels for {@code languageTag}, English where neither Galley nor the desk has the language. */
    public Labels forLanguage(String languageTag) {
        return resolved.computeIfAbsent(normal(languageTag), tag -> {
            Map<LabelKey, Label> table = new EnumMap<>(LabelKey.class);
            for (String step : steps(tag)) {
                shippedTable(step).ifPresent(table::putAll);
                Optional.ofNullable(desk.get(step)).ifPresent(table::putAll);
            }
            return new Labels(languageTag, table);
        });
    }

    /** Whether Galley or the desk has labels for the language of {@code languageTag} (its primary language or the full tag). */
    public boolean knows(String languageTag) {
        for (String step : steps(normal(languageTag))) {
            if (step.equals("en") && !primary(normal(languageTag)).equals("en")) {
                continue;
            }
            if (shippedTable(step).isPresent() || desk.containsKey(step)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> steps(String tag) {
        List<String> steps = new ArrayList<>(List.of("en"));
        String primary = primary(tag);
        if (!primary.equals("en")) {
            steps.add(primary);
        }
        if (!tag.equals(primary)) {
            steps.add(tag);
        }
        return steps;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static String normal(String tag) {
        return tag.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The keys Galley's own file for {@code tag} gives, for tests of its completeness. */
    static java.util.Set<LabelKey> shippedKeys(String tag) {
        return shippedTable(normal(tag)).map(table -> (java.util.Set<LabelKey>) java.util.EnumSet.copyOf(table.keySet()))
                .orElse(java.util.EnumSet.noneOf(LabelKey.class));
    }

    private static Optional<Map<LabelKey, Label>> shippedTable(String tag) {
        String file = SHIPPED.stream().filter(t -> normal(t).equals(tag)).findFirst().orElse(null);
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(SHIPPED_TABLES.computeIfAbsent(file, LabelBook::load));
    }

    /** A shipped table; a problem in one is Galley's bug, not the desk's, and stops the build. */
    private static Map<LabelKey, Label> load(String tag) {
        String resource = RESOURCES + tag + ".yaml";
        try (InputStream in = LabelBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("labels " + resource + " are not on the class path");
            }
            Diagnostics diagnostics = new Diagnostics(resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<LabelKey, Label> table = new YamlReader(1, diagnostics, "labels").readMapping(text, resource)
                    .map(yaml -> LabelsReader.read(yaml, diagnostics)).orElse(Map.of());
            if (!diagnostics.all().isEmpty()) {
                throw new IllegalStateException("Galley's labels " + resource + " have problems: "
                        + diagnostics.all().stream().map(Diagnostic::toString).toList());
            }
            return copyOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Map<LabelKey, Label> copyOf(Map<LabelKey, Label> table) {
        Map<LabelKey, Label> copy = new EnumMap<>(LabelKey.class);
        copy.putAll(table);
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return "LabelBook" + desk;
    }
}
