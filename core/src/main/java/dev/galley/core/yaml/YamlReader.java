package dev.galley.core.yaml;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses YAML written by editors (front matter, {@code galley.yaml}) safely: into a node tree
 * only, never into Java objects of the document's choosing, with limits on size and aliases, and
 * with every syntax error reported at its line and column in the file.
 */
public final class YamlReader {

    /** Front matter and settings are short; anything larger is a mistake or an attack. */
    static final int MAX_CODE_POINTS = 256 * 1024;
    /** Aliases are legitimate but rare in front matter; a handful is plenty. */
    static final int MAX_ALIASES = 20;

    private final int firstLine;
    private final Diagnostics diagnostics;
    private final String codePrefix;

    /**
     * @param firstLine   the file line on which the YAML text starts
     * @param diagnostics where problems go
     * @param codePrefix  what the YAML is, for diagnostic codes: {@code front-matter} or {@code config}
     */
    public YamlReader(int firstLine, Diagnostics diagnostics, String codePrefix) {
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
        this.codePrefix = codePrefix;
    }

    /** The diagnostic code for a {@code kind} of problem ({@code type}, {@code value}) in this YAML. */
    String code(String kind) {
        return codePrefix + "-" + kind;
    }

    /**
     * Composes {@code yaml} into a tree and returns its top-level mapping. Empty (with an error
     * reported) when the YAML is broken or its top level is not a mapping; empty without an
     * error when the text holds no YAML at all.
     */
    public Optional<YamlMap> readMapping(String yaml, String what) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(what)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                // All of it in one buffer: snakeyaml-engine 2.10 fails with an index error when a
                // surrogate pair (an emoji) straddles two buffers' worth (found by the fuzzer).
                .setBufferSize(Math.min(yaml.length(), 2 * MAX_CODE_POINTS) + 1)
                .setUseMarks(true)
                .build();
        if (yaml.length() > 2 * MAX_CODE_POINTS) { // more code points than the limit, surely
            diagnostics.error(limitCrossedAt(yaml, settings).orElse(new SourcePos(firstLine, 1)), "yaml-syntax",
                    "cannot read " + what + ": it is longer than " + MAX_CODE_POINTS + " characters");
            return Optional.empty();
        }
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            SourcePos pos = e.getProblemMark().or(e::getContextMark).map(this::position)
                    .orElse(new SourcePos(firstLine, 1));
            diagnostics.error(pos, "yaml-syntax", "YAML syntax error in " + what + ": "
                    + describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(limitCrossedAt(yaml, settings).orElse(new SourcePos(firstLine, 1)), "yaml-syntax",
                    "cannot read " + what + ": " + e.getMessage());
            return Optional.empty();
        } catch (StackOverflowError e) {
            diagnostics.error(new SourcePos(firstLine, 1), "yaml-syntax",
                    what + " is nested too deeply to read");
            return Optional.empty();
        }
        if (root.isEmpty() || isNull(root.get())) {
            return Optional.empty();
        }
        refuseForeignTags(root.get(), what);
        if (!(root.get() instanceof MappingNode mapping)) {
            diagnostics.error(position(root.get()), "yaml-type",
                    what + " must be a list of 'key: value' lines");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(mapping, this));
    }

    /** The tags of YAML's core schema; anything else asks a loader to run or fetch something. */
    private static final Map<String, Pattern> CORE_TAGS = Map.of(
            "tag:yaml.org,2002:str", Pattern.compile("(?s).*"),
            "tag:yaml.org,2002:int", Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"),
            "tag:yaml.org,2002:float", Pattern.compile(
                    "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"),
            "tag:yaml.org,2002:bool", Pattern.compile("true|True|TRUE|false|False|FALSE"),
            "tag:yaml.org,2002:null", Pattern.compile("~|null|Null|NULL|"),
            "tag:yaml.org,2002:timestamp", Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"),
            "tag:yaml.org,2002:seq", Pattern.compile(""),
            "tag:yaml.org,2002:map", Pattern.compile(""));

    /**
     * Reports every node, keys included, whose tag is outside the core schema ({@code !include},
     * {@code !env}, {@code !!java.io.File} …) or contradicts its value ({@code !!int abc}), at
     * the node, which starts with its tag. Such a value would otherwise be taken as plain text.
     */
    private void refuseForeignTags(Node root, String what) {
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // aliases share nodes
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            String tag = node.getTag().getValue();
            Pattern value = CORE_TAGS.get(tag);
            if (value == null) {
                String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
                diagnostics.error(position(node), code("tag"), "YAML tag '" + shown + "' is not supported in "
                        + what + ": Galley never runs, includes or looks anything up; write the value itself"
                        + " (text, a number, a date, a list or 'key: value' lines)");
            } else if (node instanceof ScalarNode scalar && !value.matcher(scalar.getValue()).matches()) {
                diagnostics.error(position(node), code("tag"), "'" + scalar.getValue() + "' is not a"
                        + " value of YAML tag '!!" + tag.substring(18) + "'; remove the tag or fix the value");
            }
            if (node instanceof SequenceNode sequence) {
                todo.addAll(sequence.getValue());
            } else if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    todo.add(tuple.getKeyNode());
                    todo.add(tuple.getValueNode());
                }
            }
        }
    }

    /**
     * Where the document crossed the alias or size limit that stopped composing it: the alias to a
     * collection that was one too many, or the code point past the limit. One pass over the
     * parser's events, which are cheap, unlike the composed tree the limit guards against.
     */
    private Optional<SourcePos> limitCrossedAt(String yaml, LoadSettings settings) {
        if (yaml.codePointCount(0, yaml.length()) > MAX_CODE_POINTS) {
            return Optional.of(positionOfOffset(yaml, yaml.offsetByCodePoints(0, MAX_CODE_POINTS)));
        }
        Set<String> collections = new HashSet<>();
        int aliases = 0;
        try {
            for (Event event : new Parse(settings).parseString(yaml)) {
                if (event instanceof CollectionStartEvent start) {
                    start.getAnchor().ifPresent(anchor -> collections.add(anchor.getValue()));
                } else if (event instanceof AliasEvent alias && collections.contains(alias.getAlias().getValue())
                        && ++aliases > MAX_ALIASES) {
                    return alias.getStartMark().map(this::position);
                }
            }
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private SourcePos positionOfOffset(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new SourcePos(firstLine + line, text.codePointCount(lineStart, offset) + 1);
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = (context.isEmpty() ? "" : context + ", ") + problem;
        return text.isBlank() ? "malformed YAML" : text.strip();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getValue().isEmpty()
                && scalar.getTag().getValue().endsWith(":null");
    }

    /** The file position of a node's start. */
    public SourcePos position(Node node) {
        return node.getStartMark().map(this::position).orElse(new SourcePos(firstLine, 1));
    }

    private SourcePos position(Mark mark) {
        return new SourcePos(firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }
}
