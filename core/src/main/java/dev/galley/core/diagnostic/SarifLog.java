package dev.galley.core.diagnostic;

import dev.galley.core.Galley;
import dev.galley.core.check.Rule;
import dev.galley.core.text.Json;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Diagnostics as one SARIF 2.1.0 log, the format code scanning reads (GitHub's among others):
 * a single run of the tool "Galley" whose rules are the content rules of {@link Rule}, with what
 * each checks and its default level, plus every other code the run reported (those have no
 * description of their own: they are the problems that are always reported). Each result names
 * its rule, level, message and place; files under {@code workspace} (the repository's root) are
 * relative URIs from there, as the hosts expect, others are {@code file:} URIs. Columns count
 * Unicode code points, as Galley's do.
 *
 * <p>The output depends on the diagnostics alone: results in {@link Diagnostic#ORDER}, rules by
 * id, no time or machine in it, so the same content gives the same bytes.
 */
public final class SarifLog {

    /** Where the format's schema is published; tools read it from the log's {@code $schema}. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifLog() {
    }

    /** The log as one line of JSON, ending with a line feed. */
    public static String of(List<Diagnostic> diagnostics, Path workspace) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Diagnostic.ORDER);

        Map<String, Map<String, Object>> rules = new TreeMap<>();
        for (Rule rule : Rule.values()) {
            rules.put(rule.code(), descriptor(rule));
        }
        for (Diagnostic d : sorted) {
            rules.computeIfAbsent(d.code(), code -> map("id", code));
        }
        List<String> ids = List.copyOf(rules.keySet());

        List<Object> results = new ArrayList<>();
        for (Diagnostic d : sorted) {
            Map<String, Object> result = map("ruleId", d.code());
            result.put("ruleIndex", ids.indexOf(d.code()));
            result.put("level", d.severity().label());
            result.put("message", map("text", d.message()));
            Map<String, Object> artifact = map("uri", uri(d.file(), workspace));
            if (!((String) artifact.get("uri")).startsWith("file:")) {
                artifact.put("uriBaseId", "%SRCROOT%");
            }
            Map<String, Object> region = map("startLine", d.pos().line());
            region.put("startColumn", d.pos().column());
            Map<String, Object> physical = map("artifactLocation", artifact);
            physical.put("region", region);
            result.put("locations", List.of(map("physicalLocation", physical)));
            results.add(result);
        }

        Map<String, Object> driver = map("name", "Galley");
        driver.put("version", Galley.version());
        driver.put("rules", List.copyOf(rules.values()));
        Map<String, Object> run = map("tool", map("driver", driver));
        run.put("results", results);
        run.put("columnKind", "unicodeCodePoints");
        Map<String, Object> log = map("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return Json.of(log) + "\n";
    }

    private static Map<String, Object> descriptor(Rule rule) {
        Map<String, Object> descriptor = map("id", rule.code());
        descriptor.put("shortDescription", map("text", rule.checks()));
        descriptor.put("defaultConfiguration", map("level", switch (rule.defaultLevel()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        }));
        return descriptor;
    }

    /**
     * The file as a URI reference: relative to the workspace when it lies there, with every byte
     * but letters, digits, {@code -._~/} and the harmless marks percent-encoded (a colon too, which
     * before the first slash would read as a scheme); an absolute path outside it as its
     * {@code file:} URI.
     */
    static String uri(String file, Path workspace) {
        String relative = RepositoryPaths.relative(file, workspace);
        if (relative.equals(file) && isAbsolutePath(file)) {
            return Path.of(file).toUri().toASCIIString();
        }
        StringBuilder out = new StringBuilder();
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=@".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }

    private static final String HEX = "0123456789ABCDEF";

    private static boolean isAbsolutePath(String file) {
        try {
            return Path.of(file).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Map<String, Object> map(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }
}
