package dev.galley.core.publish;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.text.Digests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The key a renderer keeps one briefing's output under in the {@link BuildCache}: a SHA-256 of
 * everything that output can depend on. Always included: the cache format, Galley's version and
 * the build of its code (so a rebuilt snapshot never reuses an older build's output), the
 * settings, the build's source date and the whole briefing as read, which already reflects which
 * linked files exist. The renderer adds the rest, such as the bytes of the images it embeds.
 *
 * <p>The briefing and the settings are digested through their records' text, which lists every
 * field in a fixed order (the model keeps its maps ordered for this reason).
 */
public final class CacheKey {

    private static final String FORMAT = "galley-cache-1";
    private static final Map<String, String> CODE_BUILDS = new ConcurrentHashMap<>();

    private final MessageDigest digest = Digests.sha256();

    private CacheKey() {
    }

    /**
     * A key for {@code renderer}'s output for {@code briefing} in this build.
     *
     * @param renderer the renderer's class: its code's build is part of the key
     */
    public static CacheKey of(Class<?> renderer, SiteConfig config, BuildContext build, Briefing briefing) {
        return new CacheKey()
                .add(FORMAT)
                .add(build.galleyVersion())
                .add(codeBuild(CacheKey.class))
                .add(codeBuild(renderer))
                .add(renderer.getName())
                .add(config.toString())
                .add(build.sourceDate().map(Object::toString).orElse("-"))
                .add(briefing.toString());
    }

    /** Adds a piece of text. */
    public CacheKey add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds bytes, such as an image the output embeds. */
    public CacheKey add(byte[] bytes) {
        // Length first, so that ("ab", "c") and ("a", "bc") differ.
        digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** The key, in hex. Use once. */
    public String hex() {
        return Digests.hex(digest.digest());
    }

    /**
     * Which build of the code {@code type} came from: its jar's size and time, or for classes in
     * a folder (a development build) the newest class file's time. Computed once per JVM.
     */
    static String codeBuild(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        return CODE_BUILDS.computeIfAbsent(source.getLocation().toString(), location -> {
            try {
                Path path = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(path)) {
                    return path + ":" + Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis();
                }
                try (Stream<Path> files = Files.walk(path)) {
                    return path + ":" + files.filter(Files::isRegularFile).map(CacheKey::modified)
                            .max(Long::compare).orElse(0L);
                }
            } catch (IOException | URISyntaxException | IllegalArgumentException e) {
                return "unknown:" + location;
            }
        });
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
