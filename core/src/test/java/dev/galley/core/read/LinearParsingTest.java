package dev.galley.core.read;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Galley's linear replacements for Flexmark's inline and heading parsers must read every document
 * as the stock parser does: same nodes, same text, same offsets.
 */
class LinearParsingTest {

    private static final Parser STOCK = Parser.builder(FlexmarkParser.options()).build();

    /** Pieces that open, close and break every inline and block construct Galley reads. */
    private static final String[] PIECES = {"*", "**", "***", "_", "__", "`", "``", "```", "~", "~~", "[", "]",
            "![", "](", "(", ")", "<", ">", "<b>", "</b>", "<!--", "-->", "a", "b c", " ", "  ", "\n", "\n\n",
            "\"", "'", "#", "## ", "-", "---", "===", "&amp;", "&#35;", "&bogus", "\\", "\\*", ":", "/",
            "http://x.example/a", "www.x.example", "a@b.example", "    ", "> ", "- ", "1. ", "|", "|-|",
            "[^1]", "[^1]: n", "[r]: /u", "[r]", "[x][r]", "...", "--", "\t"};

    @Test
    void randomDocumentsParseAsTheStockParserParsesThem() {
        Random random = new Random(20261203);
        for (int doc = 0; doc < 20_000; doc++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(60); i < n; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameTree(text.toString());
        }
    }

    @Test
    void realPostsParseAsTheStockParserParsesThem() throws IOException {
        Path corpus = Path.of("../../shared/corpora/real-posts/briefings");
        List<Path> files = Stream.concat(
                        Files.isDirectory(corpus) ? Files.walk(corpus) : Stream.empty(),
                        Stream.of(Path.of("../../shared/seed/briefing-source.txt"), Path.of("../content/briefings")))
                .flatMap(LinearParsingTest::filesUnder)
                .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
                .sorted()
                .toList();
        for (Path file : files) {
            assertSameTree(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    private static Stream<Path> filesUnder(Path path) {
        try {
            return Files.isDirectory(path) ? Files.walk(path).filter(Files::isRegularFile).toList().stream()
                    : Files.isRegularFile(path) ? Stream.of(path) : Stream.empty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertSameTree(String markdown) {
        assertEquals(tree(STOCK.parse(markdown)), tree(FlexmarkParser.parse(markdown)), () -> "for: " + markdown);
    }

    private static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        append(root, 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, out);
        }
    }
}
