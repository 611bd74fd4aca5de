package dev.galley.core.read;

import dev.galley.core.model.SiteConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes that make Markdown parsers quadratic (cmark's {@code pathological_tests.py}, the
 * bug reports of commonmark-java, md4c, markdown-it and pulldown-cmark, and two that hung
 * Flexmark), at sizes where a quadratic parser takes minutes. Each must be read within a second,
 * whether it is published or refused with a placed error.
 */
class PathologicalInputTest {

    private static final int N = 30_000;
    private static final BriefingReader READER = new BriefingReader(SiteConfig.defaults(), path -> false);

    static Stream<Arguments> shapes() {
        return Stream.of(
                // Linear, but each level is a level of recursion in Flexmark's tree walks: 20,000
                // levels take 0.3 s warm, 60,000 up to 1.4 s on a loaded machine.
                shape("nested strong emphasis", "*a **a ".repeat(N / 3) + "b" + " a** a*".repeat(N / 3)),
                shape("emphasis closers without openers", "a_ ".repeat(N)),
                shape("emphasis openers without closers", "_a ".repeat(N)),
                shape("openers and closers, multiple of 3", "a**b" + "c* ".repeat(N)),
                shape("mismatched openers and closers", "*a_ ".repeat(N)),
                shape("strikethrough openers", "~~a ".repeat(N)),
                shape("strikethrough closers too short", "~~a" + " ~b".repeat(N)),
                shape("link closers without openers", "a]".repeat(N)),
                shape("link openers without closers", "[a".repeat(N)),
                shape("link openers and emphasis closers", "[ a_".repeat(N)),
                shape("pattern [ (](", "[ (](".repeat(N)),
                shape("nested brackets", "[".repeat(N) + "a" + "]".repeat(N)),
                shape("nested block quotes", "> ".repeat(N) + "a"),
                shape("deeply nested lists", joined(5_000, i -> " ".repeat(i) + "* a\n")),
                shape("nested lists with blank lines", joined(3_000, i -> "  ".repeat(i) + "- a\n\n")),
                shape("backticks", joined(5_000, i -> "e" + "`".repeat(i + 1))),
                shape("backtick runs of growing length (2 MB)", joined(2_000, i -> "`".repeat(i + 1) + "x")),
                shape("unclosed links, angle brackets", "[a](<b".repeat(N)),
                shape("unclosed links", "[a](b".repeat(N)),
                shape("unclosed link titles", "[a](b \"".repeat(N)),
                shape("link labels of backslashes", "[" + "\\".repeat(N) + "\n"),
                shape("reference links", "[a][b]".repeat(N)),
                shape("link reference definitions (940 KB)", joined(30_001, i -> "[r" + i + "]: /updates/2025/u" + i + "\n")),
                shape("unclosed comments", "</" + "<!--".repeat(N)),
                shape("CDATA openers", "<![CDATA[".repeat(N)),
                // found by PipelineFuzzTest: inside a paragraph, each opener looked for "]]>" to its end
                shape("CDATA openers in a paragraph", "a" + "<![CDATA[".repeat(2 * N)),
                shape("comment openers in a paragraph", "a" + "<!--".repeat(2 * N)),
                shape("processing instructions in a paragraph", "a" + "<?".repeat(2 * N)),
                shape("declarations in a paragraph", "a" + "<!A ".repeat(2 * N)),
                shape("declaration openers", "<!A ".repeat(N)),
                shape("processing instruction openers", "<?".repeat(N)),
                shape("runs of <", "a <".repeat(N)),
                shape("autolink openers", "<http://a".repeat(N)),
                shape("open tags", "<b>".repeat(N) + "x"),
                shape("nested language spans", "<span lang=\"de\">".repeat(N) + "x" + "</span>".repeat(N)),
                shape("entities", "&amp;".repeat(3 * N)),
                // found by PipelineFuzzTest: the bare-link extension unescaped the run once per
                // entity, and each inline's column was counted from the start of its line
                shape("numeric entities on one line", "No front matter " + "&#0;".repeat(2 * N) + " www.x.example"),
                shape("typographic quotes", "\"a ".repeat(N)),
                shape("single quotes", "'a ".repeat(N)),
                shape("ellipses and dashes", "...--- ".repeat(N)),
                shape("image openers", "![a".repeat(N)),
                shape("footnote references without notes", "[^a".repeat(N)),
                shape("setext headings alike", "a\n=\n".repeat(N)),
                shape("list items", "- a\n".repeat(3 * N)),
                shape("indented code lines", "    a\n".repeat(3 * N)),
                shape("unclosed fence", "```\n" + "a\n".repeat(3 * N)),
                shape("table of 500 columns", "|" + "a|".repeat(500) + "\n|" + "-|".repeat(500) + "\n"
                        + ("|" + "b|".repeat(500) + "\n").repeat(50)),
                shape("a 100,000-character word", "a".repeat(100_000)),
                // the conventions of other generators: attribute blocks, anchors, callouts
                shape("heading attribute blocks", joined(N / 3, i -> "## h {#id" + i + " .c key=v}\n")),
                shape("an attribute block of a million characters", "## h {#a " + ".c ".repeat(N * 10) + "}\n"),
                shape("unclosed attribute blocks", "## h " + "{#a ".repeat(N) + "\n"),
                shape("the same heading id", "## h {#same}\n\n".repeat(N / 3)),
                shape("anchors on their own lines", joined(N / 3, i -> "<a id=\"a" + i + "\"></a>\n\n")),
                shape("anchors inside one paragraph", joined(N / 3, i -> "x <a name=\"n" + i + "\">y</a>")),
                shape("the same anchor", "<a id=\"x\"></a>\n\n## h\n\n".repeat(N / 10)),
                shape("nested callouts", "> [!NOTE]\n".repeat(N / 3) + "text"),
                // a thousand levels, far past the depth the converter flattens at; the file grows
                // with the square of the levels, so 3,000 made a 9 MB file that timed its size
                shape("callouts in nested quotes", joined(1_000, i -> "> ".repeat(i) + "[!WARNING]\n")),
                shape("callouts one after another", "> [!TIP]\n> tip\n\n".repeat(N / 3)));
    }

    /** Files at the size limit, of each kind of block and inline. */
    static Stream<Arguments> largest() {
        int size = BriefingReader.MAX_BYTES - 100;
        return Stream.of(
                shape("one paragraph of words", fill("word ", size)),
                shape("lines of one paragraph", fill("line of text\n", size)),
                shape("paragraphs", fill("a\n\n", size)),
                shape("headings", fill("## h\n", size)),
                shape("table rows", "| a | b |\n|---|---|\n" + fill("| c | d |\n", size)),
                shape("emphasis", fill("*a* ", size)),
                shape("links", fill("[a](#b) ", size)),
                shape("code block", "```\n" + fill("code\n", size)));
    }

    private static String fill(String piece, int size) {
        return piece.repeat(size / piece.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("largest")
    void largestFilesAreReadWithinFiveSeconds(String name, byte[] file) {
        long start = System.nanoTime();
        BriefingReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> READER.read("briefings/large.md", "large.md", file));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis <= 5_000, name + " took " + millis + " ms");
        assertTrue(result.briefing().isPresent() || result.hasErrors(), "a refusal says why");
    }

    private static Arguments shape(String name, String markdown) {
        return Arguments.of(name, ("---\ntitle: Hostile\n---\n\n" + markdown).getBytes(StandardCharsets.UTF_8));
    }

    private static String joined(int count, IntFunction<String> piece) {
        return IntStream.range(0, count).mapToObj(piece).collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void isReadWithinASecond(String name, byte[] file) {
        // Timed after a first read, so that the JIT's first compilations of this shape's paths do
        // not count, and as the fastest of up to three reads: a quadratic path is slow every time,
        // a collection or the other fork's tests only once. The preemptive limit only keeps a
        // regression from hanging the build.
        BriefingReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> READER.read("briefings/hostile.md", "hostile.md", file));
        long millis = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && millis > 1_000; attempt++) {
            long start = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> READER.read("briefings/hostile.md", "hostile.md", file));
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
        }
        assertTrue(millis <= 1_000, name + " took " + millis + " ms at best of three");
        assertTrue(result.briefing().isPresent() || result.hasErrors(), "a refusal says why");
        result.diagnostics().stream().filter(d -> d.code().equals("too-complex"))
                .forEach(d -> assertTrue(d.pos().line() >= 4, "placed in the body: " + d));
    }
}
