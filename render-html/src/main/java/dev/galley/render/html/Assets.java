package dev.galley.render.html;

import dev.galley.core.text.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The site's own files (stylesheet, scripts, search index), each published under a name that
 * carries a hash of its bytes ({@code assets/style.1a2b3c4d5e.css}), so a browser may keep it
 * forever and a new version always has a new name.
 */
final class Assets {

    /** Logical name (as in this module's resources) to published path. */
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** Adds a built-in asset from this module's resources, {@code assets/<name>}. */
    Assets builtIn(String name) throws IOException {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IOException("missing built-in asset " + name);
            }
            return add(name, in.readAllBytes());
        }
    }

    /** Adds a generated asset. */
    Assets add(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String path = "assets/" + name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
        paths.put(name, path);
        files.put(path, bytes);
        return this;
    }

    Assets add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Where asset {@code name} is published, relative to the site root. */
    String path(String name) {
        String path = paths.get(name);
        if (path == null) {
            throw new IllegalArgumentException("no asset " + name);
        }
        return path;
    }

    /** Its bytes. */
    byte[] bytes(String name) {
        return files.get(path(name));
    }

    /** Published path to bytes, in the order added. */
    Map<String, byte[]> files() {
        return files;
    }

    /** The first ten hex digits of the SHA-256 of {@code bytes}. */
    static String hash(byte[] bytes) {
        return Digests.sha256Hex(bytes).substring(0, 10);
    }
}
