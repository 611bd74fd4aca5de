package dev.galley.core.yaml;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.SourcePos;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A YAML mapping read key by key into typed values. Each wrong type or value is reported at the
 * value's position in the file and the key is treated as absent, so one run shows every problem.
 */
public final class YamlMap {

    /**
     * How many nodes turning unknown keys into plain values may visit: aliases let a few lines
     * stand for millions of nodes, and no front matter needs more than this.
     */
    private static final int MAX_PLAIN_NODES = 10_000;

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final YamlReader reader;
    private int plainBudget = MAX_PLAIN_NODES;

    YamlMap(MappingNode mapping, YamlReader reader) {
        this.reader = reader;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
                if (first != null) {
                    diagnostics().error(reader.position(key), "yaml-duplicate-key", "'" + key.getValue()
                            + "' is given twice; the first, on line "
                            + reader.position(first.getKeyNode()).line() + ", is kept");
                }
            } else {
                diagnostics().error(reader.position(tuple.getKeyNode()), "yaml-type",
                        "a key must be a single word such as 'title'");
            }
        }
    }

    private Diagnostics diagnostics() {
        return reader.diagnostics();
    }

    /** Keys in the order written. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** Where the key itself is written. */
    public SourcePos keyPosition(String key) {
        return reader.position(entries.get(key).getKeyNode());
    }

    /** Where the key's value starts, or the key when it has none. */
    public SourcePos valuePosition(String key) {
        NodeTuple tuple = entries.get(key);
        return reader.position(tuple.getValueNode());
    }

    /** A text value; blank text counts as absent. */
    public Optional<String> string(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node node = entries.get(key).getValueNode();
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        diagnostics().error(reader.position(node), reader.code("type"),
                "'" + key + "' must be text, not a " + kind(node));
        return Optional.empty();
    }

    /**
     * A text value converted by {@code parse}, which returns empty for text it rejects; then
     * {@code expected} says what was wanted.
     */
    public <T> Optional<T> parsed(String key, Function<String, Optional<T>> parse, String expected) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text.get());
        if (value.isEmpty()) {
            diagnostics().error(valuePosition(key), reader.code("value"),
                    "'" + key + "' must be " + expected + ", not “" + text.get() + "”");
        }
        return value;
    }

    /**
     * A yes-or-no value: {@code true}, {@code yes}, {@code on} or their opposites, in any case
     * (galley.yaml and other generators' front matter write all of them).
     */
    public Optional<Boolean> flag(String key) {
        return parsed(key, text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Optional.of(true);
            case "false", "no", "off" -> Optional.of(false);
            default -> Optional.empty();
        }, "true or false");
    }

    /** Whether the key's value is a mapping, asked before choosing how to read it. */
    public boolean isMap(String key) {
        return has(key) && entries.get(key).getValueNode() instanceof MappingNode;
    }

    /** A nested mapping, such as {@code rules:} in {@code galley.yaml}. */
    public Optional<YamlMap> map(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node node = entries.get(key).getValueNode();
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, reader));
        }
        diagnostics().error(reader.position(node), reader.code("type"),
                "'" + key + "' must be 'key: value' lines, not a " + kind(node));
        return Optional.empty();
    }

    /** A list of texts; a single text is taken as a list of one. */
    public List<String> strings(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node node = entries.get(key).getValueNode();
        if (node instanceof ScalarNode) {
            return string(key).map(List::of).orElse(List.of());
        }
        if (!(node instanceof SequenceNode sequence)) {
            diagnostics().error(reader.position(node), reader.code("type"),
                    "'" + key + "' must be a list of texts, not a " + kind(node));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            } else {
                diagnostics().error(reader.position(item), reader.code("type"),
                        "each entry of '" + key + "' must be text");
            }
        }
        return values;
    }

    /**
     * A list whose entries are texts or mappings, each turned into a value by {@code entry};
     * a single text or mapping is taken as a list of one.
     */
    public <T> List<T> list(String key, Function<Entry, Optional<T>> entry) {
        if (!has(key)) {
            return List.of();
        }
        Node node = entries.get(key).getValueNode();
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        List<T> values = new ArrayList<>();
        for (Node item : items) {
            Entry e = item instanceof MappingNode m ? new Entry(key, null, new YamlMap(m, reader), reader.position(item))
                    : item instanceof ScalarNode s ? new Entry(key, s.getValue().strip(), null, reader.position(item))
                    : null;
            if (e == null) {
                diagnostics().error(reader.position(item), reader.code("type"),
                        "each entry of '" + key + "' must be text or 'key: value' lines");
                continue;
            }
            entry.apply(e).ifPresent(values::add);
        }
        return values;
    }

    /** One entry of a {@link #list}: either a text or a mapping. */
    public record Entry(String key, String text, YamlMap map, SourcePos pos) {
        public Optional<String> asText() {
            return Optional.ofNullable(text);
        }

        public Optional<YamlMap> asMap() {
            return Optional.ofNullable(map);
        }
    }

    /**
     * A value of a key Galley does not know, as plain data for templates: text, lists and
     * maps with text keys, in the order written.
     */
    public Object plain(String key) {
        return plain(entries.get(key).getValueNode());
    }

    private Object plain(Node node) {
        if (--plainBudget < 0) {
            if (plainBudget == -1) {
                diagnostics().error(reader.position(node), "yaml-size",
                        "front matter expands to more than " + MAX_PLAIN_NODES
                                + " values (through aliases?); simplify it");
            }
            return "";
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(plain(item));
            }
            return Collections.unmodifiableList(list);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            Object k = plain(tuple.getKeyNode());
            map.put(String.valueOf(k), plain(tuple.getValueNode()));
        }
        return Collections.unmodifiableMap(map);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null");
    }

    private static String kind(Node node) {
        return node instanceof SequenceNode ? "list" : node instanceof MappingNode ? "set of 'key: value' lines" : "text";
    }
}
