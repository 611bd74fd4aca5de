package dev.galley.core.read;

import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Set;

/**
 * GFM tables, as Flexmark's tables extension reads them (its options, {@code TablesExtension.*},
 * apply), but asked only of
 * paragraphs that hold a {@code |}. The extension reads every paragraph's first line through
 * BasedSequence.indexOf, a character at a time, and a briefing's paragraphs are mostly one long
 * line each; a table needs a pipe in its separator row, and the extension gives up on a
 * paragraph at its first line without one, so a paragraph without any is never a table.
 */
final class PipeTables implements Parser.ParserExtension {

    private PipeTables() {
    }

    static PipeTables create() {
        return new PipeTables();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.paragraphPreProcessorFactory(new Gate(TableParagraphPreProcessor.Factory()));
    }

    /** The extension's factory, its ordering kept, its preprocessor asked behind the pipe check. */
    private record Gate(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor table = tables.apply(state);
            return (paragraph, parserState) -> FlexmarkParser.string(paragraph.getChars()).indexOf('|') < 0
                    ? 0 : table.preProcessBlock(paragraph, parserState);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }
}
