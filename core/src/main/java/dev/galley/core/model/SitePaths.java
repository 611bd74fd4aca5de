package dev.galley.core.model;

import dev.galley.core.text.Checksum;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The addresses of the website around the microsite, as the desk lists them in a file named by
 * {@code site_paths:} (one path per line, {@code #} for comments, a trailing {@code *} for every
 * address under a prefix), so that root-relative links can be checked without the network.
 * Paths compare without a trailing slash or {@code index.html}, query or fragment.
 */
public final class SitePaths {

    /** No list: root-relative links are not checked. */
    public static final SitePaths NONE = new SitePaths("", Set.of(), List.of(), 0);

    private final String file;
    private final Set<String> exact;
    private final List<String> prefixes;
    private final long checksum;

    private SitePaths(String file, Set<String> exact, List<String> prefixes, long checksum) {
        this.file = file;
        this.exact = exact;
        this.prefixes = prefixes;
        this.checksum = checksum;
    }

    /** A list named in galley.yaml and not read yet. */
    public static SitePaths named(String file) {
        return new SitePaths(file, Set.of(), List.of(), 0);
    }

    /** The paths {@code text} lists; {@code file} names it in messages. */
    public static SitePaths parse(String file, String text) {
        Set<String> exact = new TreeSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String line : text.split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            if (path.endsWith("*")) {
                prefixes.add(withSlash(path.substring(0, path.length() - 1)));
            } else {
                exact.add(normal(path));
            }
        }
        return new SitePaths(file, Set.copyOf(exact), List.copyOf(prefixes),
                Checksum.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether a list was given. */
    public boolean given() {
        return !file.isEmpty();
    }

    /** The file the list came from. */
    public String file() {
        return file;
    }

    /** How many paths and prefixes it lists. */
    public int size() {
        return exact.size() + prefixes.size();
    }

    /** Whether the root-relative {@code reference} ({@code /en/download#x}) is a listed address. */
    public boolean lists(String reference) {
        String path = reference;
        int cut = path.indexOf('#');
        path = cut < 0 ? path : path.substring(0, cut);
        cut = path.indexOf('?');
        path = cut < 0 ? path : path.substring(0, cut);
        String normal = normal(path);
        if (exact.contains(normal)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String withSlash(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    private static String normal(String path) {
        String p = withSlash(path);
        if (p.endsWith("/index.html")) {
            p = p.substring(0, p.length() - "index.html".length());
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Short on purpose: settings' text is part of cache keys, and a site may list thousands of paths. */
    @Override
    public String toString() {
        return given() ? "SitePaths[" + file + ", " + size() + ", " + Long.toHexString(checksum) + "]" : "SitePaths[]";
    }
}
