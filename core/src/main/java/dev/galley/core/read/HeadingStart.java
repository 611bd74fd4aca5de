package dev.galley.core.read;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.regex.Pattern;

/**
 * Flexmark's heading parser, asked only about lines that can start a heading. Flexmark's own
 * rebuilds the open paragraph's whole text before it looks at the line, on every line it is
 * asked about, which makes a long paragraph of lines such as {@code [r1]: /u1} quadratic. A line
 * that is neither an ATX opening ({@code #} to {@code ######}) nor a setext underline
 * ({@code ===} or {@code ---}) is turned away here first, with the core parser's own patterns for
 * Galley's options; the lines that pass start a heading and end the paragraph, so each
 * paragraph's text is rebuilt at most once.
 */
final class HeadingStart extends HeadingParser.Factory {

    private static final Pattern ATX_OPENING = Pattern.compile("^#{1,6}(?:[ \t]+|$)");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(?:=+|-+)[ \t]*$");

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory core = super.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
            if (!ATX_OPENING.matcher(rest).find() && !SETEXT_UNDERLINE.matcher(rest).find()) {
                return BlockStart.none();
            }
            return core.tryStart(state, matched);
        };
    }
}
