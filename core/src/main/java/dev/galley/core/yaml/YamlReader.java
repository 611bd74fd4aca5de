package dev.galley.core.yaml;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.SourcePos;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.Optional;

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
                .setUseMarks(true)
                .build();
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
            diagnostics.error(new SourcePos(firstLine, 1), "yaml-syntax",
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
        if (!(root.get() instanceof MappingNode mapping)) {
            diagnostics.error(position(root.get()), "yaml-type",
                    what + " must be a list of 'key: value' lines");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(mapping, this));
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
