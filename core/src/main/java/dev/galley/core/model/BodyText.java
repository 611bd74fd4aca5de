package dev.galley.core.model;

import java.util.List;
import java.util.Objects;

/**
 * What a briefing's body says as plain text, and the counts made from it: gathered in one walk
 * over the model when the briefing is read ({@link #of}), so that the word count, the
 * paragraph-length rule and the search index no longer flatten the whole briefing each.
 *
 * @param text       the visible text ({@link PlainText}) of the lead, each section's heading and
 *                   blocks depth first, and the footnotes, in reading order, on one line: each
 *                   run of white space one space, none at either end ({@link PlainText#squeezed})
 * @param words      the words of {@code text}, as {@link dev.galley.core.text.WordCount} counts
 *                   them: those a reader reads in the body
 * @param paragraphs every paragraph's words, wherever it sits (lists, quotes, callouts,
 *                   footnotes), in reading order
 */
public record BodyText(String text, int words, List<ParagraphWords> paragraphs) {

    /** Nothing: a briefing with no body. */
    public static final BodyText EMPTY = new BodyText("", 0, List.of());

    public BodyText {
        Objects.requireNonNull(text);
        paragraphs = List.copyOf(paragraphs);
    }

    /** One paragraph's length in words, where it starts in the source. */
    public record ParagraphWords(SourcePos pos, int words) {
        public ParagraphWords {
            Objects.requireNonNull(pos);
        }
    }

    /** The facts of a body made of {@code lead}, {@code sections} and {@code footnotes}. */
    public static BodyText of(List<Block> lead, List<Section> sections, List<Footnote> footnotes) {
        return PlainText.body(lead, sections, footnotes);
    }

    /**
     * The text cut after {@code limit} characters (at most), for indexes that hold many
     * briefings: {@code PlainText.squeezed} of the body with that limit.
     */
    public String text(int limit) {
        return text.length() <= limit ? text : text.substring(0, limit);
    }
}
