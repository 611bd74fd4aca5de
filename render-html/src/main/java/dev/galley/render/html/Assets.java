package dev.galley.render.html;

import dev.galley.core.text.Checksum;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's own files (stylesheet, scripts, search index, the desk's fonts), each published
 * under a name that carries a hash of its bytes ({@code assets/style.1a2b3c4d5e.css}), so a
 * browser may keep it forever and a new version always has a new name.
 */
final class Assets {

    /** Logical name (as in this module's resources) to published path. */
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /**
     * Built-in assets by name, with their published paths: read and hashed once per JVM, since
     * the jar's resources cannot change while it runs. Never written to once stored.
     */
    private static final Map<String, Published> BUILT_IN = new ConcurrentHashMap<>();

    /** An asset's logical name, published path and bytes. */
    private record Published(String name, String path, byte[] bytes) {
    }

    /** Adds a built-in asset from this module's resources, {@code assets/<name>}. */
    Assets builtIn(String name) throws IOException {
        Published asset = BUILT_IN.get(name);
        if (asset == null) {
            asset = published(name, readBuiltIn(name));
            BUILT_IN.putIfAbsent(name, asset);
        }
        return add(asset);
    }

    /** The same with {@code appended} after its text (the house style's rules after the stylesheet's). */
    Assets builtIn(String name, String appended) throws IOException {
        if (appended.isEmpty()) {
            return builtIn(name);
        }
        return add(name, builtInText(name) + appended);
    }

    /** The text of built-in asset {@code name}, as this module's resources hold it. */
    static String builtInText(String name) throws IOException {
        return new String(readBuiltIn(name), StandardCharsets.UTF_8);
    }

    private static byte[] readBuiltIn(String name) throws IOException {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IOException("missing built-in asset " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Adds a generated asset. */
    Assets add(String name, byte[] bytes) {
        return add(published(name, bytes));
    }

    private Assets add(Published asset) {
        paths.put(asset.name(), asset.path());
        files.put(asset.path(), asset.bytes());
        return this;
    }

    /**
     * Adds a copy of a file of the content folder (a desk's font) as {@code name}, a folder and
     * file name under {@code assets/}, and tells where it is published. Two files may share a
     * name: their hashes tell them apart, and the same bytes under the same name are one file.
     */
    String copy(String name, byte[] bytes) {
        String path = hashed(name, bytes);
        files.put(path, bytes);
        return path;
    }

    private static Published published(String name, byte[] bytes) {
        return new Published(name, hashed(name, bytes), bytes);
    }

    /** {@code assets/<name>} with the hash of {@code bytes} before its extension (at its end without one). */
    private static String hashed(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        if (dot <= name.lastIndexOf('/')) {
            dot = name.length();
        }
        return "assets/" + name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
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

    /**
     * Ten hex digits of a {@link Checksum} of {@code bytes}: a cache-busting name needs no
     * cryptographic digest, and the search index it names runs to megabytes.
     */
    static String hash(byte[] bytes) {
        return Checksum.hex(bytes).substring(0, 10);
    }
}
