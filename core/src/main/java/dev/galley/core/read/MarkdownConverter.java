package dev.galley.core.read;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.Block;
import dev.galley.core.model.Inline;
import dev.galley.core.model.SourcePos;
import dev.galley.core.text.Languages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Flexmark's syntax tree into Galley's model: blocks and inlines with source positions,
 * typographic punctuation as characters, footnotes numbered by first reference, link and image
 * targets checked. Headings are handed back in order for {@link SectionBuilder} to nest.
 */
final class MarkdownConverter {

    /**
     * Containers nested deeper than this (lists in quotes in lists …) are flattened into their
     * parent: no reader needs more, and renderers then never recurse without bound.
     */
    static final int MAX_DEPTH = 32;

    /** A passage marked as another language: {@code <span lang="de">}, nothing else on the tag. */
    private static final Pattern SPAN_LANG = Pattern.compile(
            "(?i)<span\\s+lang\\s*=\\s*[\"']([^\"'<>]{1,35})[\"']\\s*>");
    private static final Pattern SPAN_OPEN = Pattern.compile("(?i)<span(\\s[^>]*)?>");
    /** Elements whose content is code or markup, never text: HTML's raw-text and escapable raw-text elements and kin. */
    private static final Pattern RAW_TEXT_OPEN = Pattern.compile(
            "(?i)<(script|style|noscript|template|textarea|title|iframe|xmp|noembed|noframes|plaintext|object|svg|math)(?=[\\s/>])");

    private final SourceText source;
    private final Diagnostics diagnostics;
    private final Targets targets;
    private final Document document;
    private final Map<FootnoteBlock, Integer> footnoteNumbers = new LinkedHashMap<>();
    private final Map<Node, Node> spanCloses = new IdentityHashMap<>();
    private final Set<Node> pairedSpanParents = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The same blocks in number order: converting a note may number further notes. */
    private final List<FootnoteBlock> footnoteOrder = new ArrayList<>();
    private boolean warnedDepth;
    /** Anchors met inside the text of the top-level item being converted: they lead to its section. */
    private final List<Anchor> inlineAnchors = new ArrayList<>();

    MarkdownConverter(SourceText source, Document document, Diagnostics diagnostics, Targets targets) {
        this.source = source;
        this.document = document;
        this.diagnostics = diagnostics;
        this.targets = targets;
    }

    /** A top-level item of the document: a block, a heading that opens a section, or anchors. */
    sealed interface TopLevel permits TopBlock, TopHeading, TopAnchors {
    }

    record TopBlock(Block block) implements TopLevel {
    }

    /**
     * @param id   the id written in the heading's attribute block ({@code {#id}}), possibly
     *             empty or unsafe (the section builder reports it); absent when none was written
     * @param idPos where that id's {@code #} stands, else the heading's position
     */
    record TopHeading(int level, List<Inline> inlines, SourcePos pos, Optional<String> id, SourcePos idPos)
            implements TopLevel {
        TopHeading(int level, List<Inline> inlines, SourcePos pos) {
            this(level, inlines, pos, Optional.empty(), pos);
        }
    }

    /** A paragraph of nothing but empty HTML anchors, {@code <a id="x"></a>}: ids, not text. */
    record TopAnchors(List<Anchor> anchors) implements TopLevel {
    }

    /** One anchor's id and where its tag starts. */
    record Anchor(String id, SourcePos pos) {
    }

    /** One empty anchor: {@code <a id="x"></a>} or {@code <a name="x"></a>}, nothing else on the tag. */
    private static final Pattern ANCHOR = Pattern.compile(
            "(?i)<a\\s++(?:id|name)\\s*+=\\s*+(?:\"([^\"<>]*+)\"|'([^'<>]*+)'|([^\\s\"'=<>`]++))\\s*+>\\s*+</a\\s*+>");
    /** An anchor's opening tag within text ({@code <a id="x">}, {@code <a name=x>}), closed or not. */
    private static final Pattern ANCHOR_OPEN = Pattern.compile(
            "(?i)<a\\s++(?:id|name)\\s*+=\\s*+(?:\"([^\"<>]*+)\"|'([^'<>]*+)'|([^\\s\"'=<>`]++))\\s*+>");
    /** Paragraphs longer than this are text, however they start: no anchor line is this long. */
    private static final int MAX_ANCHOR_PARAGRAPH = 4096;

    /** The document's top level in order. */
    List<TopLevel> topLevel() {
        List<TopLevel> items = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int at = items.size();
            if (node instanceof Heading heading) {
                items.add(heading(heading, 0));
            } else {
                List<Anchor> anchors = anchors(node);
                if (!anchors.isEmpty()) {
                    items.add(new TopAnchors(anchors));
                } else {
                    block(node, 0, items);
                }
            }
            if (!inlineAnchors.isEmpty()) {
                // before the item, so the section builder gives them to the section it opens or stands in
                items.add(at, new TopAnchors(List.copyOf(inlineAnchors)));
                inlineAnchors.clear();
            }
        }
        return items;
    }

    /** A section's heading: its text without a trailing attribute block, and the block's id. */
    private TopHeading heading(Heading heading, int depth) {
        BasedSequence text = heading.getText();
        Optional<HeadingAttributes.Found> found = HeadingAttributes.find(text);
        if (found.isEmpty() || text.isEmpty()) {
            return new TopHeading(heading.getLevel(), inlines(heading, depth), pos(heading));
        }
        int cut = text.subSequence(found.get().start()).getStartOffset();
        if (!cutsOnlyText(heading, cut)) {
            return new TopHeading(heading.getLevel(), inlines(heading, depth), pos(heading));
        }
        SourcePos idPos = found.get().idStart() < 0 ? pos(heading)
                : source.position(text.subSequence(found.get().idStart()).getStartOffset());
        return new TopHeading(heading.getLevel(), trimEnd(inlinesIn(heading, 0, cut, depth)), pos(heading),
                found.get().id(), idPos);
    }

    /**
     * Whether {@code offset} falls between {@code parent}'s children or inside a plain text one:
     * braces inside code, a link or emphasis are the author's text, not an attribute block.
     */
    private static boolean cutsOnlyText(Node parent, int offset) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node.getStartOffset() < offset && offset < node.getEndOffset() && !(node instanceof Text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The inlines of {@code parent}'s children that start in the source range
     * {@code [from, to)}, plain text cut to the range: a heading without its attribute block, a
     * callout's title line or the lines after it.
     */
    private List<Inline> inlinesIn(Node parent, int from, int to, int depth) {
        InlineCollector out = new InlineCollector();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            int start = node.getStartOffset();
            int end = node.getEndOffset();
            if (node instanceof Text && start < to && end > from) {
                int cutStart = Math.max(start, from);
                BasedSequence part = node.getChars().subSequence(cutStart - start, Math.min(end, to) - start);
                out.text(unescape(part), source.position(cutStart));
            } else if (start >= from && start < to) {
                inline(node, depth, out);
            }
        }
        return out.finish();
    }

    /** {@code inlines} without trailing spaces and line breaks. */
    private static List<Inline> trimEnd(List<Inline> inlines) {
        List<Inline> trimmed = new ArrayList<>(inlines);
        while (!trimmed.isEmpty()) {
            Inline last = trimmed.get(trimmed.size() - 1);
            if (last instanceof Inline.SoftBreak || last instanceof Inline.HardBreak) {
                trimmed.remove(trimmed.size() - 1);
            } else if (last instanceof Inline.Text text && text.text().stripTrailing().length() < text.text().length()) {
                String kept = text.text().stripTrailing();
                trimmed.remove(trimmed.size() - 1);
                if (!kept.isEmpty()) {
                    trimmed.add(new Inline.Text(kept, text.pos()));
                }
            } else {
                break;
            }
        }
        return trimmed;
    }

    /** {@code inlines} without leading spaces. */
    private static List<Inline> trimStart(List<Inline> inlines) {
        if (!inlines.isEmpty() && inlines.get(0) instanceof Inline.Text text) {
            String kept = text.text().stripLeading();
            List<Inline> trimmed = new ArrayList<>(inlines.subList(1, inlines.size()));
            if (!kept.isEmpty()) {
                trimmed.add(0, new Inline.Text(kept, text.pos()));
            }
            return trimmed;
        }
        return inlines;
    }

    /**
     * The anchors of a paragraph (or HTML block) that holds nothing else, as other generators
     * write them on the line before a heading; empty for anything else.
     */
    private List<Anchor> anchors(Node node) {
        if (!(node instanceof Paragraph || node instanceof HtmlBlockBase)
                || node.getChars().length() > MAX_ANCHOR_PARAGRAPH || !startsWithTag(node.getChars())) {
            return List.of();
        }
        String text = FlexmarkParser.string(node.getChars());
        Matcher anchor = ANCHOR.matcher(text);
        List<Anchor> anchors = new ArrayList<>();
        int at = 0;
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at == text.length()) {
                return anchors;
            }
            anchor.region(at, text.length());
            if (!anchor.lookingAt()) {
                return List.of();
            }
            String id = anchor.group(1) != null ? anchor.group(1)
                    : anchor.group(2) != null ? anchor.group(2) : anchor.group(3);
            anchors.add(new Anchor(id, source.position(node.getStartOffset() + at)));
            at = anchor.end();
        }
    }

    /**
     * Whether the first character after any white space is {@code <}: what a line of anchors
     * starts with, and almost no paragraph does. Asked before the paragraph is copied out and
     * matched, which every top-level paragraph went through.
     */
    private static boolean startsWithTag(BasedSequence chars) {
        for (int i = 0, n = chars.length(); i < n; i++) {
            char c = chars.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '<';
            }
        }
        return false;
    }

    /** Footnote definitions in number order, converted after the body has numbered them. */
    List<dev.galley.core.model.Footnote> footnotes() {
        List<dev.galley.core.model.Footnote> notes = new ArrayList<>();
        // Converting a note can reference another note, which then gets the next number.
        for (int done = 0; done < footnoteOrder.size(); done++) {
            FootnoteBlock block = footnoteOrder.get(done);
            List<Block> blocks = blocks(block, 1);
            notes.add(new dev.galley.core.model.Footnote(block.getText().toString(),
                    footnoteNumbers.get(block), blocks, pos(block)));
        }
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof FootnoteBlock block && !footnoteNumbers.containsKey(block)) {
                diagnostics.warning(pos(block), "footnote-unused",
                        "footnote [^" + block.getText() + "] is never referenced; it is left out");
            }
        }
        return notes;
    }

    private List<Block> blocks(Node parent, int depth) {
        List<TopLevel> items = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node, depth, items);
        }
        List<Block> blocks = new ArrayList<>();
        for (TopLevel item : items) {
            blocks.add(((TopBlock) item).block());
        }
        return blocks;
    }

    private void block(Node node, int depth, List<TopLevel> into) {
        SourcePos pos = pos(node);
        if (depth > MAX_DEPTH && (node instanceof ListBlock || node instanceof BlockQuote)) {
            warnDepth(pos);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListItem item) {
                    for (Node inner = item.getFirstChild(); inner != null; inner = inner.getNext()) {
                        block(inner, depth, into);
                    }
                } else {
                    block(child, depth, into);
                }
            }
            return;
        }
        Block block;
        if (node instanceof Paragraph paragraph) {
            block = paragraph(paragraph, depth);
        } else if (node instanceof Heading heading) {
            // A heading inside a list or quote cannot open a section; it stays as strong text.
            block = new Block.Paragraph(List.of(new Inline.Strong(heading(heading, depth).inlines(), pos)), pos);
        } else if (node instanceof BulletList list) {
            block = new Block.BulletList(items(list, depth), list.isTight(), pos);
        } else if (node instanceof OrderedList list) {
            block = new Block.OrderedList(list.getStartNumber(), items(list, depth), list.isTight(), pos);
        } else if (node instanceof BlockQuote quote) {
            block = callout(quote, depth).orElseGet(() -> new Block.BlockQuote(blocks(quote, depth + 1), pos));
        } else if (node instanceof FencedCodeBlock code) {
            String info = code.getInfo().toString().strip();
            String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
            block = codeBlock(language, code, pos);
        } else if (node instanceof IndentedCodeBlock code) {
            block = codeBlock("", code, pos);
        } else if (node instanceof ThematicBreak) {
            block = new Block.ThematicBreak(pos);
        } else if (node instanceof HtmlBlockBase html) {
            block = new Block.RawHtml(trimFinalNewline(FlexmarkParser.string(html.getChars())), pos);
        } else if (node instanceof TableBlock table) {
            block = table(table, depth);
        } else if (node instanceof Reference || node instanceof FootnoteBlock) {
            return; // definitions: used where they are referenced
        } else if (node.hasChildren()) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, depth, into);
            }
            return;
        } else {
            String text = FlexmarkParser.string(node.getChars()).strip();
            if (text.isEmpty()) {
                return;
            }
            block = new Block.Paragraph(List.of(new Inline.Text(text, pos)), pos);
        }
        into.add(new TopBlock(block));
    }

    /** GitHub's alert marker on a quote's first line, and what follows it on that line. */
    private static final Pattern CALLOUT_MARKER = Pattern.compile("\\[!([A-Za-z]{1,20})\\](?=[ \t]|$)");

    /**
     * The quote as a callout when its first line is an alert marker of a kind GitHub knows
     * ({@code [!NOTE]} …, any case), with Obsidian's title after it; an unknown kind keeps the
     * quote a quote and is warned about, since it is most likely a misspelt kind.
     */
    private Optional<Block> callout(BlockQuote quote, int depth) {
        if (!(quote.getFirstChild() instanceof Paragraph first)) {
            return Optional.empty();
        }
        BasedSequence chars = first.getChars();
        int lineEnd = chars.indexOf('\n');
        BasedSequence line = lineEnd < 0 ? chars : chars.subSequence(0, lineEnd);
        Matcher marker = CALLOUT_MARKER.matcher(line);
        if (!marker.lookingAt()) {
            return Optional.empty();
        }
        Optional<Block.Callout.Kind> kind = Arrays.stream(Block.Callout.Kind.values())
                .filter(k -> k.name().equalsIgnoreCase(marker.group(1))).findFirst();
        if (kind.isEmpty()) {
            diagnostics.warning(pos(first), "callout-kind", "“[!" + marker.group(1) + "]” is not a kind of"
                    + " callout (NOTE, TIP, IMPORTANT, WARNING or CAUTION); it stays a quote");
            return Optional.empty();
        }
        int markerEnd = line.subSequence(marker.end()).getStartOffset();
        int lineEndOffset = line.getEndOffset();
        List<Inline> title = trimEnd(trimStart(inlinesIn(first, markerEnd, lineEndOffset, depth + 1)));
        List<Block> blocks = new ArrayList<>();
        if (lineEnd >= 0) {
            List<Inline> rest = trimStart(inlinesIn(first, lineEndOffset + 1, first.getEndOffset(), depth + 1));
            if (!rest.isEmpty()) {
                blocks.add(new Block.Paragraph(rest, source.position(lineEndOffset + 1)));
            }
        }
        for (Node node = first.getNext(); node != null; node = node.getNext()) {
            List<TopLevel> items = new ArrayList<>();
            block(node, depth + 1, items);
            items.forEach(item -> blocks.add(((TopBlock) item).block()));
        }
        boolean titled = !dev.galley.core.model.PlainText.of(title).isBlank();
        return Optional.of(new Block.Callout(kind.get(), titled ? Optional.of(title) : Optional.empty(),
                blocks, pos(quote)));
    }

    private void warnDepth(SourcePos pos) {
        if (!warnedDepth) {
            warnedDepth = true;
            diagnostics.warning(pos, "nesting",
                    "lists and quotes nested more than " + MAX_DEPTH + " deep are flattened from here");
        }
    }

    private Block paragraph(Paragraph paragraph, int depth) {
        SourcePos pos = pos(paragraph);
        List<Inline> inlines = inlines(paragraph, depth);
        // An image alone in its paragraph is a figure; its title, if any, is the caption.
        if (inlines.size() == 1 && inlines.get(0) instanceof Inline.Image image) {
            List<Inline> caption = image.title().isEmpty() ? List.of()
                    : List.of(new Inline.Text(image.title(), image.pos()));
            return new Block.Figure(image, caption, pos);
        }
        return new Block.Paragraph(inlines, pos);
    }

    private List<Block.ListItem> items(ListBlock list, int depth) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                items.add(new Block.ListItem(blocks(item, depth + 1), pos(item)));
            }
        }
        return items;
    }

    private Block table(TableBlock table, int depth) {
        List<Block.TableRow> header = new ArrayList<>();
        List<Block.TableRow> body = new ArrayList<>();
        List<Block.Alignment> columns = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            List<Block.TableRow> rows = section instanceof TableHead ? header
                    : section instanceof TableBody ? body : null;
            if (rows == null) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Block.TableCell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tableCell) {
                        Block.Alignment alignment = alignment(tableCell.getAlignment());
                        cells.add(new Block.TableCell(inlines(tableCell, depth), alignment, pos(tableCell)));
                        if (rows == header && header.isEmpty()) {
                            columns.add(alignment);
                        }
                    }
                }
                rows.add(new Block.TableRow(cells));
            }
        }
        return new Block.Table(header, body, columns, pos(table));
    }

    private static Block.Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Block.Alignment.DEFAULT;
        }
        return switch (alignment) {
            case LEFT -> Block.Alignment.LEFT;
            case CENTER -> Block.Alignment.CENTER;
            case RIGHT -> Block.Alignment.RIGHT;
        };
    }

    /**
     * A code block from its lines. Joined here rather than by Flexmark's content sequence, whose
     * builder takes time in the square of the line count.
     */
    private Block.CodeBlock codeBlock(String language, ContentNode code, SourcePos pos) {
        List<BasedSequence> lines = code.getContentLines();
        StringBuilder text = new StringBuilder();
        for (BasedSequence line : lines) {
            text.append(FlexmarkParser.string(line));
        }
        int start = (lines.isEmpty() ? BasedSequence.NULL : lines.get(0)).getStartOffset();
        return new Block.CodeBlock(language, trimFinalNewline(text.toString()), pos, contentPos(start, pos));
    }

    List<Inline> inlines(Node parent, int depth) {
        return inlines(parent.getFirstChild(), null, depth);
    }

    /** The inlines of the siblings from {@code first} up to (not including) {@code end}. */
    private List<Inline> inlines(Node first, Node end, int depth) {
        InlineCollector out = new InlineCollector();
        for (Node node = first; node != null && node != end; node = node.getNext()) {
            Node rawTextEnd = rawTextEnd(node, end);
            if (rawTextEnd != null) {
                out.add(new Inline.RawHtml(document.getChars().baseSubSequence(node.getStartOffset(),
                        rawTextEnd.getEndOffset()).toString(), pos(node)));
                node = rawTextEnd;
                continue;
            }
            Matcher open = node instanceof HtmlInlineBase && depth <= MAX_DEPTH * 4
                    ? SPAN_LANG.matcher(node.getChars()) : null;
            Node close = open != null && open.matches() ? closingSpan(node) : null;
            if (close == null) {
                inline(node, depth, out);
                continue;
            }
            String tag = open.group(1);
            Optional<String> lang = Languages.parse(tag);
            if (lang.isEmpty()) {
                diagnostics.warning(pos(node), "span-lang", "“" + tag + "” is not a language tag such as"
                        + " de or fr-CA; the passage is kept without one");
                out.addAll(inlines(node.getNext(), close, depth + 1));
            } else {
                out.add(new Inline.Span(lang.get(), inlines(node.getNext(), close, depth + 1), pos(node)));
            }
            node = close;
        }
        return out.finish();
    }

    /**
     * When {@code node} opens an element whose content is not text for readers ({@code <script>},
     * {@code <style>}, {@code <template>} …), the sibling that closes it, or the last sibling
     * before {@code end} when nothing does (a browser runs such an element to the end); otherwise
     * null. Flexmark gives the tags as separate raw HTML and the content between them as text, so
     * without this the script's text would reach plain text, search and the PDF as words.
     */
    private static Node rawTextEnd(Node node, Node end) {
        if (!(node instanceof HtmlInlineBase)) {
            return null;
        }
        Matcher open = RAW_TEXT_OPEN.matcher(node.getChars());
        if (!open.lookingAt()) {
            return null;
        }
        Pattern close = Pattern.compile("(?i)</" + open.group(1) + "\\s*>");
        Node last = node;
        for (Node next = node.getNext(); next != null && next != end; next = next.getNext()) {
            last = next;
            if (next instanceof HtmlInlineBase && close.matcher(next.getChars()).matches()) {
                break;
            }
        }
        return last;
    }

    /** The {@code </span>} that closes the {@code <span>} at {@code open}, among its siblings. */
    private Node closingSpan(Node open) {
        if (pairedSpanParents.add(open.getParent())) {
            pairSpans(open.getParent());
        }
        return spanCloses.get(open);
    }

    /**
     * Pairs every {@code <span>} among {@code parent}'s children with its {@code </span>}, in one
     * pass: asking each opening tag to look ahead for its own closing tag would read a run of
     * nested spans once per span.
     */
    private void pairSpans(Node parent) {
        Deque<Node> open = new ArrayDeque<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInlineBase) {
                CharSequence html = node.getChars();
                if (SPAN_OPEN.matcher(html).matches()) {
                    open.push(node);
                } else if (!open.isEmpty() && html.toString().equalsIgnoreCase("</span>")) {
                    spanCloses.put(open.pop(), node);
                }
            }
        }
    }

    private void inline(Node node, int depth, InlineCollector out) {
        // Text, which has no children, joins the run before it and needs a position only when it
        // opens one: most of a paragraph's nodes are such pieces (typographic apostrophes and
        // dashes split its words), and a position is a search and a record each.
        boolean flattened = depth > MAX_DEPTH * 4 && node.hasChildren();
        if (!flattened && (node instanceof Text || node instanceof HtmlEntity)) {
            out.textAt(unescape(node.getChars()), node.getStartOffset());
            return;
        }
        if (!flattened && node instanceof TypographicSmarts smarts) {
            out.textAt(Escaping.unescapeString(smarts.getTypographicText()), node.getStartOffset());
            return;
        }
        SourcePos pos = pos(node);
        if (flattened) {
            warnDepth(pos);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                inline(child, depth, out);
            }
            return;
        }
        if (node instanceof TypographicQuotes quotes) {
            out.text(Escaping.unescapeString(quotes.getTypographicOpening()), pos);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                inline(child, depth + 1, out);
            }
            out.text(Escaping.unescapeString(quotes.getTypographicClosing()), pos(node).plusColumns(
                    Math.max(0, node.getChars().length() - 1)));
        } else if (node instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(node, depth + 1), pos));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(node, depth + 1), pos));
        } else if (node instanceof Strikethrough) {
            out.add(new Inline.Strikethrough(inlines(node, depth + 1), pos));
        } else if (node instanceof Code code) {
            out.add(new Inline.Code(FlexmarkParser.string(code.getText()), pos));
        } else if (node instanceof SoftLineBreak) {
            out.add(new Inline.SoftBreak(pos));
        } else if (node instanceof HardLineBreak) {
            out.add(new Inline.HardBreak(pos));
        } else if (node instanceof HtmlInlineBase html) {
            out.add(new Inline.RawHtml(FlexmarkParser.string(html.getChars()), pos));
            Matcher anchor = ANCHOR_OPEN.matcher(html.getChars());
            if (anchor.matches()) {
                inlineAnchors.add(new Anchor(anchor.group(1) != null ? anchor.group(1)
                        : anchor.group(2) != null ? anchor.group(2) : anchor.group(3), pos));
            }
        } else if (node instanceof Image image) {
            image(unescape(image.getUrl()), unescape(image.getTitle()), node, depth, pos, out);
        } else if (node instanceof ImageRef ref) {
            Reference reference = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (reference == null) {
                out.text(node.getChars().toString(), pos);
            } else {
                image(unescape(reference.getUrl()), unescape(reference.getTitle()), node, depth, pos, out);
            }
        } else if (node instanceof Link link) {
            link(unescape(link.getUrl()), unescape(link.getTitle()), inlines(node, depth + 1), pos, out);
        } else if (node instanceof LinkRef ref) {
            Reference reference = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (reference == null) {
                // Not a link after all: CommonMark shows the brackets as written.
                out.text(node.getChars().toString(), pos);
            } else {
                List<Inline> text = ref.getText().isEmpty() || !node.hasChildren()
                        ? List.of(new Inline.Text(unescape(ref.getReference()), pos))
                        : inlines(node, depth + 1);
                link(unescape(reference.getUrl()), unescape(reference.getTitle()), text, pos, out);
            }
        } else if (node instanceof AutoLink auto) {
            // Links found in bare text carry their address as text only.
            String url = unescape(auto.getUrl().isEmpty() ? auto.getText() : auto.getUrl());
            String href = url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? url : "https://" + url;
            link(href, "", List.of(new Inline.Text(url, pos)), pos, out);
        } else if (node instanceof MailLink mail) {
            String address = unescape(mail.getText());
            link("mailto:" + address, "", List.of(new Inline.Text(address, pos)), pos, out);
        } else if (node instanceof Footnote ref) {
            footnoteRef(ref, pos, out);
        } else if (node.hasChildren()) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                inline(child, depth + 1, out);
            }
        } else {
            out.text(unescape(node.getChars()), pos);
        }
    }

    private void image(String url, String title, Node node, int depth, SourcePos pos, InlineCollector out) {
        String alt = dev.galley.core.model.PlainText.of(inlines(node, depth + 1));
        targets.image(url, pos).ifPresent(source -> out.add(new Inline.Image(source, alt, title, pos)));
    }

    private void link(String url, String title, List<Inline> text, SourcePos pos, InlineCollector out) {
        var target = targets.link(url, pos);
        if (target.isPresent()) {
            out.add(new Inline.Link(target.get(), title, text, pos));
        } else {
            // A refused target keeps its words: the text stays, the link goes.
            text.forEach(out::add);
        }
    }

    private void footnoteRef(Footnote ref, SourcePos pos, InlineCollector out) {
        FootnoteBlock block = ref.isDefined() ? ref.getFootnoteBlock() : null;
        if (block == null) {
            diagnostics.error(pos, "footnote-undefined",
                    "footnote [^" + ref.getText() + "] has no definition; add a line '[^"
                            + ref.getText() + "]: …'");
            out.text(ref.getChars().toString(), pos);
            return;
        }
        int number = footnoteNumbers.computeIfAbsent(block, b -> {
            footnoteOrder.add(b);
            return footnoteOrder.size();
        });
        out.add(new Inline.FootnoteRef(block.getText().toString(), number, pos));
    }

    /** Where code content starts; an empty fence has no content, so its fence stands in. */
    private SourcePos contentPos(int offset, SourcePos fallback) {
        return offset < 0 ? fallback : source.position(offset);
    }

    /**
     * The text with Markdown's backslash escapes and entities resolved. Most text has neither,
     * and then Flexmark's regex-based unescaping is skipped.
     */
    private static String unescape(BasedSequence chars) {
        // Searched as a String: one bulk copy, where a BasedSequence is read a char at a time.
        String text = FlexmarkParser.string(chars);
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : chars.unescape();
    }


    private SourcePos pos(Node node) {
        return source.position(node.getStartOffset());
    }

    private static String trimFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** Builds a list of inlines, merging adjacent text so renderers see whole runs. */
    private final class InlineCollector {
        private final List<Inline> inlines = new ArrayList<>();
        private StringBuilder pendingText;
        private SourcePos pendingPos;

        void text(CharSequence text, SourcePos pos) {
            append(text, pos, 0);
        }

        /** {@link #text}, the position found from {@code offset} only if the text opens a run. */
        void textAt(CharSequence text, int offset) {
            append(text, null, offset);
        }

        private void append(CharSequence text, SourcePos pos, int offset) {
            if (text.length() == 0) {
                return;
            }
            if (pendingText == null) {
                pendingText = new StringBuilder();
                pendingPos = pos != null ? pos : source.position(offset);
            }
            pendingText.append(text);
        }

        void addAll(List<Inline> inlines) {
            inlines.forEach(this::add);
        }

        void add(Inline inline) {
            if (inline instanceof Inline.Text text) {
                text(text.text(), text.pos());
                return;
            }
            flush();
            inlines.add(inline);
        }

        private void flush() {
            if (pendingText != null) {
                inlines.add(new Inline.Text(pendingText.toString(), pendingPos));
                pendingText = null;
            }
        }

        List<Inline> finish() {
            flush();
            return inlines;
        }
    }
}
