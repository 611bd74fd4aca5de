package dev.galley.core.publish;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildCacheTest {

    @TempDir
    Path dir;

    private static final String SOURCE = """
            ---
            title: Grain corridor
            dek: Talks resume
            date: 2026-11-02
            topics: [trade, shipping]
            ---
            Talks resumed in Istanbul.
            """;

    private static Briefing read(String markdown) {
        return new BriefingReader(SiteConfig.defaults(), path -> false)
                .read("briefings/grain.md", "grain.md", markdown.getBytes(StandardCharsets.UTF_8))
                .briefing().orElseThrow();
    }

    private static String key(Briefing briefing, BuildContext build) {
        return CacheKey.of(BuildCacheTest.class, SiteConfig.defaults(), build, briefing).hex();
    }

    @Test
    void theSameSourceGivesTheSameKeyAndAnyChangeAnother() {
        BuildContext build = BuildContext.forTest(1);
        String key = key(read(SOURCE), build);
        assertEquals(key, key(read(SOURCE), build));
        assertNotEquals(key, key(read(SOURCE.replace("Istanbul", "Ankara")), build));
        assertNotEquals(key, key(read(SOURCE.replace("dek: Talks resume", "dek: Talks resumed")), build));
        BuildContext dated = new BuildContext(build.now(), Optional.of(Instant.EPOCH), 1, false, build.galleyVersion());
        assertNotEquals(key, key(read(SOURCE), dated), "the source date reaches the PDF's metadata");
        BuildContext otherVersion = new BuildContext(build.now(), build.sourceDate(), 1, false, "other");
        assertNotEquals(key, key(read(SOURCE), otherVersion));
        BuildContext moreThreads = new BuildContext(build.now(), build.sourceDate(), 4, false, build.galleyVersion());
        assertEquals(key, key(read(SOURCE), moreThreads), "threads never change output");
    }

    @Test
    void theRecordTextAKeyDigestsDoesNotDependOnHashing() {
        // Front matter keys in another order: positions differ, but each map prints sorted.
        Briefing briefing = read(SOURCE);
        String text = briefing.meta().positions().toString();
        assertTrue(text.indexOf("date") < text.indexOf("dek") && text.indexOf("dek") < text.indexOf("title"), text);
    }

    @Test
    void keepsAndRecallsValuesAndPrunesWhatABuildDidNotUse() throws Exception {
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        BuildCache first = BuildCache.in(dir);
        first.put(a, new byte[] {1, 2, 3});
        first.put(b, new byte[] {4});

        BuildCache second = BuildCache.in(dir);
        assertArrayEquals(new byte[] {1, 2, 3}, second.get(a).orElseThrow());
        second.prune();
        assertTrue(BuildCache.in(dir).get(b).isEmpty(), "unused by the second build");
        assertTrue(Files.exists(dir.resolve("aa").resolve(a)));
        assertTrue(BuildCache.in(dir).get("c".repeat(64)).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> second.get("../../etc/passwd"));
    }
}
