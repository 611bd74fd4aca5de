package dev.galley.core.read;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gated bare links find exactly what Flexmark's autolink extension finds, only sooner. */
class BareLinksTest {

    private static final List<String> TRICKY = List.of(
            "See https://example.org/a_b?c=d&e=f, then stop.",
            "Upper case WWW.EXAMPLE.ORG and www.example.org/path.",
            "Mail desk@example.org or \"quoted@example.org\".",
            "An O'Neil's address: john.o'neil@example.org.",
            "A scheme alone: ftp:// and then text.",
            "Typographic -- dashes -- around https://example.org/x--y and ... dots.",
            "Escaped http:\\/\\/not.a.link and `https://code.example.org` in code.",
            "[A link](https://inside.example.org) with https://after.example.org.",
            "*Emphasis with https://em.example.org* and **www.strong.example.org**.",
            "Note: 1:1, ratio 3:2, time 10:30, nothing to link.",
            "Entities: http&#58;//entity.example.org and desk&#64;example.org, www&period;example.org.",
            "A backslash before a slash: https:/\\/half.example.org and ww\\w.example.org.",
            "> Quoted https://quote.example.org\n\n- item www.list.example.org\n",
            "| a | b |\n|---|---|\n| https://cell.example.org | x@y.org |\n",
            "Footnote[^1].\n\n[^1]: See https://note.example.org.\n");

    private static final Parser ORIGINAL;

    static {
        MutableDataSet options = FlexmarkParser.options();
        List<Parser.ParserExtension> extensions = new ArrayList<>();
        for (com.vladsch.flexmark.util.misc.Extension e : Parser.EXTENSIONS.get(options)) {
            extensions.add(e instanceof BareLinks ? AutolinkExtension.create() : (Parser.ParserExtension) e);
        }
        options.set(Parser.EXTENSIONS, List.copyOf(extensions));
        ORIGINAL = Parser.builder(options).build();
    }

    private static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ')
                .append(node.getChars().toString().replace("\n", "\\n")).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    @Test
    void findsWhatTheAutolinkExtensionFinds() throws IOException {
        List<String> sources = new ArrayList<>(TRICKY);
        sources.add(Files.readString(Path.of("../render-pdf/src/test/resources/briefings/every-construct.md")));
        sources.add(Files.readString(Path.of("../content/briefings/nato-after-ukraine.md")));
        int links = 0;
        for (String source : sources) {
            String expected = tree(ORIGINAL.parse(source));
            assertEquals(expected, tree(FlexmarkParser.parse(source)), source);
            links += expected.split("AutoLink |MailLink ", -1).length - 1;
        }
        assertTrue(links >= 15, "links found: " + links);
    }
}
