package dev.galley.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the whole pipeline: briefings grown from the seeds in {@code fuzz-seeds/} by random
 * edits (hostile fragments put in, slices repeated thousands of times or cut out, characters
 * swapped for NULs, surrogates and line ends, bytes broken, the file saved as UTF-16) are
 * published with both renderers, as {@code galley publish} does. Whatever the input, only
 * diagnostics come out: exit 0 or 1, no stack trace, every run within its bound, nothing written
 * outside the output folder, and no script, event handler, {@code javascript:} address or NUL
 * in the site. The seed is fixed so that CI runs the same inputs each time; to explore further,
 * change the seed or raise the tries for a local run. Each finding becomes a test of its own.
 */
class PipelineFuzzTest {

    /** Seeds that publish come twice: most edits should reach the renderers, not only the reader. */
    private static final List<String> SEEDS = List.of("every-construct.md", "every-construct.md",
            "nato-after-ukraine.md", "nato-after-ukraine.md", "bare.md", "hostile.md", "toml.md");

    /** Fragments that open, close or break something: Markdown, HTML, YAML, templates, paths. */
    private static final List<String> FRAGMENTS = List.of("*", "**", "_", "`", "```", "~~", "[", "]", "](", "](<",
            "![", "<", ">", "</", "<!--", "<![CDATA[", "<?", "&", "&#0;", "&amp;", "\\", "\n", "\n\n", "\r", "\t",
            "    ", "> ", "- ", "1. ", "# ", "---\n", "+++\n", "|", "|-|\n", "[^1]", "[^1]: n\n", "[r]: /u\n", "\"", "'",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>", "<style>@import url(x)</style>", "<span lang=\"de\">", "</span>",
            "[x](javascript:alert(1))", "![x](../../../etc/passwd)", "[x](../../outside.md)", "![x](/etc/hosts)",
            "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)", "${x}", "<#assign y=1>", "{{ x }}", "{% x %}",
            "title: ", "dek: !!java.io.File /etc/passwd\n", "a: &a [*a]\n", "*alias", "date: 2026-13-45\n",
            "lang: xx-invalid\n", "\u0000", "\uFEFF", "\uD800", "\u202E", "\u00A0", "é", "Время", "\uD83D\uDE00");

    @Property(tries = 1000, seed = "20261203", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void onlyDiagnosticsComeOut(@ForAll("briefings") byte[] briefing) throws IOException {
        Path dir = Files.createTempDirectory("galley-fuzz");
        try {
            Path content = dir.resolve("content");
            Files.createDirectories(content.resolve("briefings"));
            Files.writeString(content.resolve("galley.yaml"), "title: Fuzz\n");
            Files.write(content.resolve("briefings/fuzzed.md"), briefing);
            Path out = dir.resolve("out/site");

            Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> Run.galley("publish", content.toString(), "--out", out.toString(), "--threads", "1"));

            assertTrue(run.code() == 0 || run.code() == 1, "exit " + run.code() + ":\n" + run.err());
            Statistics.collect(run.code() == 0 ? "published" : "refused: " + firstErrorCode(run.err()));
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat ")
                    || run.err().contains("Error:"), run.err());
            for (Path file : files(dir)) {
                assertTrue(file.startsWith(content) || file.startsWith(dir.resolve("out")), "written outside: " + file);
            }
            if (Files.isDirectory(out)) {
                for (Path file : files(out)) {
                    checkOutput(file);
                }
            }
        } finally {
            deleteAll(dir);
        }
    }

    private static String firstErrorCode(String err) {
        return err.lines().filter(line -> line.contains(": error: ")).findFirst()
                .map(line -> line.substring(line.lastIndexOf('[') + 1).replace("]", "")).orElse("?");
    }

    private static void checkOutput(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!(name.endsWith(".html") || name.endsWith(".json") || name.endsWith(".xml") || name.endsWith(".txt")
                || name.endsWith(".svg"))) {
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.indexOf('\u0000') >= 0, "NUL in " + file);
        if (!name.endsWith(".html")) {
            return;
        }
        Document page = Jsoup.parse(text);
        for (Element script : page.select("script")) {
            if (script.attr("type").equals("application/ld+json")) {
                // Data, not code: the content's words may be there, but never a character that
                // could end the element.
                assertFalse(script.data().contains("<"), "unescaped < in JSON-LD in " + file + ": " + script);
            } else {
                assertFalse(script.data().contains("alert("), "script from the content in " + file + ": " + script);
            }
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), "handler in " + file + ": " + element);
                assertFalse(attribute.getValue().strip().toLowerCase().startsWith("javascript:"),
                        "javascript: in " + file + ": " + element);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> briefings() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS).map(PipelineFuzzTest::seed);
        Arbitrary<List<Edit>> edits = edit().list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<Integer> encoding = Arbitraries.integers().between(0, 19);
        return Combinators.combine(seed, edits, encoding).as(PipelineFuzzTest::grow);
    }

    /** One change to the text, at a place given as a fraction of its length. */
    private record Edit(int kind, double at, double length, String fragment, int times) {
    }

    private static Arbitrary<Edit> edit() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 0.3), Arbitraries.of(FRAGMENTS),
                Arbitraries.integers().between(1, 3_000)).as(Edit::new);
    }

    private static byte[] grow(String seed, List<Edit> edits, int encoding) {
        StringBuilder text = new StringBuilder(seed);
        for (Edit edit : edits) {
            int at = (int) (edit.at() * text.length());
            int end = Math.min(text.length(), at + (int) (edit.length() * text.length()));
            switch (edit.kind()) {
                case 0 -> text.insert(at, edit.fragment());
                case 1 -> text.insert(at, edit.fragment().repeat(edit.times()));
                case 2 -> text.insert(at, text.substring(at, end).repeat(Math.min(edit.times(), 200_000 / Math.max(1, end - at))));
                case 3 -> text.delete(at, end);
                default -> {
                    if (at < text.length()) {
                        text.setCharAt(at, edit.fragment().charAt(0));
                    }
                }
            }
        }
        byte[] bytes = text.toString().getBytes(encoding == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
        if (encoding == 1 && bytes.length > 0) {
            bytes[bytes.length / 2] = (byte) 0xC0; // never valid in UTF-8
        }
        return bytes;
    }

    private static String seed(String name) {
        try (InputStream in = PipelineFuzzTest.class.getResourceAsStream("/fuzz-seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static void deleteAll(Path root) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path path : all) {
            Files.deleteIfExists(path);
        }
    }
}
