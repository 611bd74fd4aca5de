package dev.galley.render.html;

import dev.galley.core.labels.LabelKey;
import dev.galley.core.labels.Labels;
import dev.galley.core.text.LocalTypography;
import dev.galley.core.model.Block;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Inline;
import dev.galley.core.model.SourcePos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the blocks and inlines of one briefing page into HTML. Every piece of content goes
 * through {@link HtmlWriter}'s escaping; raw HTML from the Markdown goes through the
 * {@link Sanitizer}'s allow-list (blocks whole; tags in running text one by one, kept balanced
 * within their paragraph).
 *
 * <p>One instance per page, used in reading order (lead, sections, then footnotes), because it
 * numbers footnote references as it meets them: the first reference to note 3 gets the id
 * {@code fnref-3}, the second {@code fnref-3-2}, and the note's back-links point at each.
 */
final class BodyWriter implements Block.Visitor<Void>, Inline.Visitor<Void> {

    /** Where problems found while writing go. */
    @FunctionalInterface
    interface Problems {
        void warn(SourcePos pos, String code, String message);
    }

    private final Media media;
    private final Hrefs hrefs;
    private final String toRoot;
    private final Problems problems;
    private final Set<Integer> noteNumbers = new TreeSet<>();
    private final Map<Integer, List<String>> refIds = new TreeMap<>();

    private final List<String> openRawTags = new ArrayList<>();

    private HtmlWriter out = new HtmlWriter();
    /** Callouts written so far: each title's id, {@code _callout-N}, is unique on the page. */
    private int callouts;
    private int linkDepth;
    private boolean tight;

    /** Galley's words in the briefing's language (note links' names). */
    private final Labels labels;
    /** Where the briefing's language forbids a break at a space: written as a no-break space. */
    private final LocalTypography typography;

    BodyWriter(List<Footnote> footnotes, Media media, Hrefs hrefs, String toRoot, Problems problems,
               Labels labels, LocalTypography typography) {
        this.hrefs = hrefs;
        this.labels = labels;
        this.typography = typography;
        for (Footnote footnote : footnotes) {
            noteNumbers.add(footnote.number());
        }
        this.media = media;
        this.toRoot = toRoot;
        this.problems = problems;
    }

    /** The labels this writer names notes with: those of the briefing's language. */
    Labels labels() {
        return labels;
    }

    static String noteId(int number) {
        return "fn-" + number;
    }

    /** The HTML of {@code blocks}, one block a line. */
    String blocks(List<Block> blocks) {
        HtmlWriter saved = out;
        out = new HtmlWriter();
        try {
            writeBlocks(blocks);
            return out.toString();
        } finally {
            out = saved;
        }
    }

    /** The HTML of {@code inlines}, as in a heading. */
    String inlines(List<Inline> inlines) {
        HtmlWriter saved = out;
        out = new HtmlWriter();
        try {
            writeInlines(inlines);
            return out.toString();
        } finally {
            out = saved;
        }
    }

    /**
     * The HTML of a footnote's text with links back to every reference to it written so far; the
     * back-links go at the end of its last paragraph when it ends with one.
     */
    String footnote(Footnote footnote) {
        String body = blocks(footnote.blocks());
        HtmlWriter back = new HtmlWriter();
        List<String> ids = refIds.getOrDefault(footnote.number(), List.of());
        for (int i = 0; i < ids.size(); i++) {
            String label = ids.size() == 1 ? labels.text(LabelKey.BACK_TO_TEXT)
                    : labels.text(LabelKey.BACK_TO_REFERENCE, "number", Integer.toString(i + 1));
            back.text(" ").start("a", "class", "footnote-back", "href", "#" + ids.get(i),
                    "role", "doc-backlink", "aria-label", label).text("\u21A9\uFE0E");
            if (ids.size() > 1) {
                back.start("sup").text(String.valueOf(i + 1)).end("sup");
            }
            back.end("a");
        }
        String trimmed = body.stripTrailing();
        List<Block> blocks = footnote.blocks();
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Paragraph
                && trimmed.endsWith("</p>")) {
            return trimmed.substring(0, trimmed.length() - 4) + back + "</p>";
        }
        return trimmed + (back.length() == 0 ? "" : "\n<p>" + back.toString().strip() + "</p>");
    }

    private void writeBlocks(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    private void writeInlines(List<Inline> inlines) {
        int base = openRawTags.size();
        for (Inline inline : inlines) {
            inline.accept(this);
        }
        // raw tags opened in this run of inlines and never closed are closed where it ends
        while (openRawTags.size() > base) {
            String tag = openRawTags.remove(openRawTags.size() - 1);
            if (tag.equals("a")) {
                linkDepth--;
            }
            out.end(tag);
        }
    }

    // ---- blocks ----

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        if (tight) {
            writeInlines(paragraph.inlines());
            out.newline();
        } else {
            out.start("p");
            writeInlines(paragraph.inlines());
            out.end("p").newline();
        }
        return null;
    }

    @Override
    public Void bulletList(Block.BulletList list) {
        out.start("ul").newline();
        items(list.items(), list.tight());
        out.end("ul").newline();
        return null;
    }

    @Override
    public Void orderedList(Block.OrderedList list) {
        out.start("ol", "start", list.start() == 1 ? null : String.valueOf(list.start())).newline();
        items(list.items(), list.tight());
        out.end("ol").newline();
        return null;
    }

    private void items(List<Block.ListItem> items, boolean tightList) {
        boolean saved = tight;
        tight = tightList;
        try {
            for (Block.ListItem item : items) {
                out.start("li");
                if (!tightList) {
                    out.newline();
                }
                writeBlocks(item.blocks());
                out.end("li").newline();
            }
        } finally {
            tight = saved;
        }
    }

    @Override
    public Void blockQuote(Block.BlockQuote quote) {
        boolean saved = tight;
        tight = false;
        out.start("blockquote").newline();
        writeBlocks(quote.blocks());
        out.end("blockquote").newline();
        tight = saved;
        return null;
    }

    /**
     * A callout as a note with a name: screen readers announce "note, Warning" and its content;
     * the title's words come from the callout or from the kind's label in the briefing's language.
     */
    @Override
    public Void callout(Block.Callout callout) {
        boolean saved = tight;
        tight = false;
        String titleId = "_callout-" + (++callouts);
        String kind = callout.kind().id();
        out.start("aside", "class", "callout callout-" + kind, "role", "note", "aria-labelledby", titleId).newline();
        out.start("p", "class", "callout-title", "id", titleId);
        if (callout.title().isPresent()) {
            writeInlines(callout.title().get());
        } else {
            out.text(labels.text(callout.kind().labelKey()));
        }
        out.end("p").newline();
        writeBlocks(callout.blocks());
        out.end("aside").newline();
        tight = saved;
        return null;
    }

    @Override
    public Void codeBlock(Block.CodeBlock code) {
        String language = code.language().strip();
        int space = language.indexOf(' ');
        if (space > 0) {
            language = language.substring(0, space);
        }
        out.start("pre").start("code", "class", language.isEmpty() ? null : "language-" + language);
        out.text(code.code()).end("code").end("pre").newline();
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        out.start("div", "class", "table-scroll", "tabindex", "0").newline();
        out.start("table").newline();
        if (!table.header().isEmpty()) {
            out.start("thead").newline();
            rows(table.header(), table.columns(), true);
            out.end("thead").newline();
        }
        if (!table.body().isEmpty()) {
            out.start("tbody").newline();
            rows(table.body(), table.columns(), false);
            out.end("tbody").newline();
        }
        out.end("table").newline();
        out.end("div").newline();
        return null;
    }

    private void rows(List<Block.TableRow> rows, List<Block.Alignment> columns, boolean header) {
        String cellTag = header ? "th" : "td";
        for (Block.TableRow row : rows) {
            out.start("tr");
            for (int i = 0; i < row.cells().size(); i++) {
                Block.TableCell cell = row.cells().get(i);
                Block.Alignment alignment = cell.alignment() != Block.Alignment.DEFAULT
                        ? cell.alignment()
                        : i < columns.size() ? columns.get(i) : Block.Alignment.DEFAULT;
                out.start(cellTag, "scope", header ? "col" : null, "class", alignClass(alignment));
                writeInlines(cell.inlines());
                out.end(cellTag);
            }
            out.end("tr").newline();
        }
    }

    private static String alignClass(Block.Alignment alignment) {
        return switch (alignment) {
            case DEFAULT -> null;
            case LEFT -> "align-left";
            case CENTER -> "align-center";
            case RIGHT -> "align-right";
        };
    }

    @Override
    public Void figure(Block.Figure figure) {
        out.start("figure").newline();
        picture(figure.image(), false);
        out.newline();
        if (!figure.caption().isEmpty()) {
            out.start("figcaption");
            writeInlines(figure.caption());
            out.end("figcaption").newline();
        }
        out.end("figure").newline();
        return null;
    }

    @Override
    public Void thematicBreak(Block.ThematicBreak thematicBreak) {
        out.empty("hr").newline();
        return null;
    }

    @Override
    public Void rawHtml(Block.RawHtml html) {
        String clean = Sanitizer.block(html.html());
        if (!clean.isEmpty()) {
            out.start("div", "class", "raw-html").newline().sanitized(clean).newline().end("div").newline();
        }
        return null;
    }

    // ---- inlines ----

    @Override
    public Void text(Inline.Text text) {
        out.text(typography.apply(text.text()));
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        return wrap("em", emphasis.children());
    }

    @Override
    public Void strong(Inline.Strong strong) {
        return wrap("strong", strong.children());
    }

    @Override
    public Void strikethrough(Inline.Strikethrough strikethrough) {
        return wrap("del", strikethrough.children());
    }

    /** A passage in another language: readers and screen readers switch pronunciation. */
    @Override
    public Void span(Inline.Span span) {
        out.start("span", "lang", span.lang());
        writeInlines(span.children());
        out.end("span");
        return null;
    }

    private Void wrap(String tag, List<Inline> children) {
        out.start(tag);
        writeInlines(children);
        out.end(tag);
        return null;
    }

    @Override
    public Void code(Inline.Code code) {
        out.start("code").text(code.code()).end("code");
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        if (linkDepth > 0) {
            // a link inside a link is not HTML: keep the words, drop the inner link
            writeInlines(link.children());
            return null;
        }
        Optional<String> href = hrefs.of(link.target(), toRoot);
        if (href.isEmpty()) {
            // Nothing to link to on this site (an unpublished draft, say): keep the words.
            writeInlines(link.children());
            return null;
        }
        out.start("a", "href", href.get(), "title", link.title().isEmpty() ? null : link.title());
        linkDepth++;
        try {
            writeInlines(link.children());
        } finally {
            linkDepth--;
        }
        out.end("a");
        return null;
    }

    @Override
    public Void image(Inline.Image image) {
        picture(image, true);
        return null;
    }

    private void picture(Inline.Image image, boolean withTitle) {
        var src = media.src(image, toRoot);
        if (src.isPresent()) {
            Optional<int[]> size = media.size(image);
            out.empty("img", "src", src.get(), "alt", image.alt(),
                    "title", withTitle && !image.title().isEmpty() ? image.title() : null,
                    "width", size.map(s -> Integer.toString(s[0])).orElse(null),
                    "height", size.map(s -> Integer.toString(s[1])).orElse(null));
        } else {
            out.start("span", "class", "missing-image").text(image.alt()).end("span");
        }
    }

    @Override
    public Void footnoteRef(Inline.FootnoteRef ref) {
        String number = String.valueOf(ref.number());
        if (linkDepth > 0 || !noteNumbers.contains(ref.number())) {
            // inside a link an anchor cannot nest; without a note there is nothing to point at
            out.start("sup", "class", "footnote-ref").text(number).end("sup");
            return null;
        }
        List<String> ids = refIds.computeIfAbsent(ref.number(), n -> new ArrayList<>());
        String id = ids.isEmpty() ? "fnref-" + number : "fnref-" + number + "-" + (ids.size() + 1);
        ids.add(id);
        out.start("sup", "class", "footnote-ref")
                .start("a", "href", "#" + noteId(ref.number()), "id", id, "role", "doc-noteref",
                        "aria-label", labels.text(LabelKey.NOTE, "number", number))
                .text(number).end("a").end("sup");
        return null;
    }

    @Override
    public Void softBreak(Inline.SoftBreak softBreak) {
        out.newline();
        return null;
    }

    @Override
    public Void hardBreak(Inline.HardBreak hardBreak) {
        out.empty("br").newline();
        return null;
    }

    @Override
    public Void rawHtml(Inline.RawHtml html) {
        Optional<Sanitizer.Tag> found = Sanitizer.inlineTag(html.html());
        if (found.isEmpty()) {
            return null; // not on the allow-list: left out
        }
        Sanitizer.Tag tag = found.get();
        if (tag.isVoid()) {
            out.sanitized(tag.html());
        } else if (tag.closing()) {
            int at = openRawTags.lastIndexOf(tag.name());
            if (at >= 0 && at == openRawTags.size() - 1) {
                openRawTags.remove(at);
                if (tag.name().equals("a")) {
                    linkDepth--;
                }
                out.end(tag.name());
            }
        } else if (!(tag.name().equals("a") && linkDepth > 0)) {
            openRawTags.add(tag.name());
            if (tag.name().equals("a")) {
                linkDepth++;
            }
            out.sanitized(tag.html());
        }
        return null;
    }
}
