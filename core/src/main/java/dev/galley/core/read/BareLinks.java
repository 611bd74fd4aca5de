package dev.galley.core.read;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * GFM's bare links (https://…, www.…, name@host), as Flexmark's autolink extension finds them,
 * but asked only of text that could hold one. The extension runs a regular expression and an
 * unescaping copy over every text node, which was a fifth of reading a briefing; a link needs
 * "://", "www." or "@", so text without any of them (most text) is passed by untouched.
 */
final class BareLinks implements Parser.ParserExtension {

    private BareLinks() {
    }

    static BareLinks create() {
        return new BareLinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new NodePostProcessorFactory(false) {
            {
                addNodes(Text.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new Gate(new AutolinkNodePostProcessor(document));
            }
        });
    }

    private static final class Gate extends NodePostProcessor {
        private final NodePostProcessor links;
        /**
         * For each node of a run seen so far: whether a link's sign lies in it or after it, and how
         * many entities the run has from it on. Asking each node of a long run afresh would read
         * the run's rest once per node.
         */
        private final Map<Node, Ahead> ahead = new IdentityHashMap<>();

        Gate(NodePostProcessor links) {
            this.links = links;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            Ahead here = ahead(node);
            // The extension unescapes the whole run from the node it is given, in time that grows
            // with the square of the entities in it (Flexmark's segment builder): a run of
            // thousands of &#0; took minutes. Bare links are looked for only where a thousand
            // entities or fewer follow in the run, which no prose comes near.
            if (here.sign() && here.entities() <= MAX_ENTITIES_READ) {
                links.process(state, node);
            }
        }

        /**
         * What lies ahead of the node in its run (which the extension may read along with it:
         * typographic quotes and dashes, and entities, split a link's text). Nodes the extension
         * made since are read until one already known.
         */
        private Ahead ahead(Node node) {
            List<Node> unknown = new ArrayList<>();
            Ahead after = new Ahead(false, 0);
            for (Node n = node; isRunPart(n); n = n.getNext()) {
                Ahead known = ahead.get(n);
                if (known != null) {
                    after = known;
                    break;
                }
                unknown.add(n);
            }
            for (int i = unknown.size() - 1; i >= 0; i--) {
                Node n = unknown.get(i);
                after = new Ahead(after.sign() || hasSign(n.getChars()), after.entities() + (n instanceof HtmlEntity ? 1 : 0));
                ahead.put(n, after);
            }
            return ahead.getOrDefault(node, new Ahead(false, 0));
        }
    }

    /** Entities ahead in a run beyond which the extension is not asked; see {@link Gate#process}. */
    private static final int MAX_ENTITIES_READ = 1_000;

    private record Ahead(boolean sign, int entities) {
    }

    /** Whether the extension reads {@code node} as part of a run of text. */
    private static boolean isRunPart(Node node) {
        return node instanceof Text || node instanceof TypographicText || node instanceof HtmlEntity;
    }

    /**
     * "://", "www." (any case) or "@", read past backslashes as the extension reads the text
     * unescaped ("http:\\/\\/…" is a link); any "&" passes too, as an entity may stand for a sign.
     */
    private static boolean hasSign(BasedSequence chars) {
        // Read as a String: a BasedSequence's charAt is two interface calls a character.
        String text = FlexmarkParser.string(chars);
        char p1 = 0;
        char p2 = 0;
        char p3 = 0; // the characters before, escapes left out
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                continue;
            }
            if (c == '@' || c == '&'
                    || (c == '/' && p1 == '/' && p2 == ':')
                    || (c == '.' && (p1 | 0x20) == 'w' && (p2 | 0x20) == 'w' && (p3 | 0x20) == 'w')) {
                return true;
            }
            p3 = p2;
            p2 = p1;
            p1 = c;
        }
        return false;
    }
}
