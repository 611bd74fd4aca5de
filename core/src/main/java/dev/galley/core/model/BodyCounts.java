package dev.galley.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The counts of a briefing's body text, made in one walk over the model when the briefing is
 * read ({@link #of}), so that the word count and the paragraph-length rule no longer flatten the
 * whole briefing each. The text itself is not kept: a large desk holds every briefing it renders
 * at once, and the text would add half as much again to each; the search index flattens what it
 * takes of it ({@link PlainText#ofBody}).
 *
 * @param words      the words of the lead, each section's heading and blocks depth first, and the
 *                   footnotes, as {@link dev.galley.core.text.WordCount} counts them: those a
 *                   reader reads in the body
 * @param paragraphs every paragraph's words, wherever it sits (lists, quotes, callouts,
 *                   footnotes), in reading order
 */
public record BodyCounts(int words, List<ParagraphWords> paragraphs) {

    /** Nothing: a briefing with no body. */
    public static final BodyCounts EMPTY = new BodyCounts(0, List.of());

    public BodyCounts {
        paragraphs = List.copyOf(paragraphs);
    }

    /** One paragraph's length in words, where it starts in the source. */
    public record ParagraphWords(SourcePos pos, int words) {
        public ParagraphWords {
            Objects.requireNonNull(pos);
        }
    }

    /** The counts of a body made of {@code lead}, {@code sections} and {@code footnotes}. */
    public static BodyCounts of(List<Block> lead, List<Section> sections, List<Footnote> footnotes) {
        return PlainText.body(lead, sections, footnotes);
    }
}
