package dev.galley.core.read;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.List;

/**
 * The one place Flexmark's string-keyed options are set. Galley reads CommonMark plus GFM tables,
 * strikethrough, bare links (see {@link BareLinks}), footnotes and typographic punctuation.
 * Typographic replacements are configured as Unicode characters, not HTML entities, so the model
 * holds the text readers see.
 */
final class FlexmarkParser {

    private static final Parser PARSER = Parser.builder(options(PipeTables.create()).set(Parser.HEADING_PARSER, false))
            // Flexmark's quadratic paths replaced, and tables asked only of paragraphs with a pipe
            // (PipeTables), see each class; the reference definitions the
            // stock inline parser brings along are then asked for by name.
            .customInlineParserFactory(LinearInlineParser.FACTORY)
            .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
            .customBlockParserFactory(new HeadingStart()) // in place of the stock one, turned off above
            .build();

    private FlexmarkParser() {
    }

    /** The options with Flexmark's own extensions: what Galley's parser must read alike (for tests). */
    static MutableDataSet options() {
        return options(TablesExtension.create());
    }

    /** The options, tables read by {@code tables}: Flexmark's extension or {@link PipeTables}. */
    private static MutableDataSet options(Parser.ParserExtension tables) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                tables,
                StrikethroughExtension.create(),
                BareLinks.create(),
                FootnoteExtension.create(),
                TypographicExtension.create()));
        // GFM's table rules: a header row is required, cells may be fewer than columns.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
        options.set(TypographicExtension.DOUBLE_QUOTE_UNMATCHED, "\"");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB");
        options.set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB");
        options.set(TypographicExtension.ELLIPSIS, "\u2026");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
        options.set(TypographicExtension.EN_DASH, "\u2013");
        options.set(TypographicExtension.EM_DASH, "\u2014");
        return options;
    }

    /**
     * {@code chars} as a String. Flexmark's toString appends one character at a time through
     * two interface calls; a plain slice of the parsed text is cut from it at once instead, with
     * the one change its charAt makes (NUL reads as U+FFFD).
     */
    static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            String text = base.substring(chars.getStartOffset(), chars.getEndOffset());
            return text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
        }
        return chars.toString();
    }

    /** Parses Markdown; the parser is immutable and safe to share between threads. */
    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
