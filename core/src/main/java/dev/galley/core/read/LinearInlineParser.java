package dev.galley.core.read;

import com.vladsch.flexmark.ext.gfm.strikethrough.internal.StrikethroughDelimiterProcessor;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.core.delimiter.EmphasisDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its quadratic paths made linear, so that no paragraph, however
 * hostile, takes more than time in proportion to its length. What it parses is unchanged: each
 * override gives the same tree as Flexmark's own code, only sooner (checked by
 * {@code LinearParsingTest} against the stock parser).
 *
 * <ul>
 * <li>Every regular-expression match: Flexmark asks the matcher for a {@code MatchResult}, which on
 *     Java 17 copies the whole paragraph to a string, once per entity, tag, link or code span.</li>
 * <li>HTML comments, CDATA sections, processing instructions and declarations that never end,
 *     and link labels and destinations that nest without bound: see each method.</li>
 * <li>Backtick runs without a closing run: each scanned to the paragraph's end
 *     ({@code `x``x```x…}). Here the paragraph's runs are indexed once, so an opener with no closer
 *     ahead is known at once.</li>
 * <li>Emphasis closers rejected by the "multiple of 3" rule, and strikethrough closers too short to
 *     close: each searched back through every opener before it ({@code a**b c* c* c*…}). Here a
 *     failed search leaves a lower bound for later closers of the same kind, as cmark does.</li>
 * </ul>
 */
final class LinearInlineParser extends InlineParserImpl {

    /** The factory Flexmark's parser builder takes. */
    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    /** Backslashes a link label may hold before it is read as text; see {@link #labelTooEscaped}. */
    private static final int MAX_LABEL_BACKSLASHES = 16;
    /** Parentheses a link destination may nest; see {@link #parseLinkDestination}. */
    private static final int MAX_DESTINATION_PARENS = 32;

    /** Steps of the opener search a paragraph may take per character; see {@link #step}. */
    private static final int STEPS_PER_CHARACTER = 64;
    private long delimiterSteps;

    /** The input {@link #lastTerminators} was made for. */
    private BasedSequence terminatorsFor;
    private Map<String, Integer> lastTerminators;

    /** The input the backtick index below was made for; a new paragraph or cell makes a new one. */
    private BasedSequence indexedInput;
    /** For each length of backtick run in {@link #indexedInput}: where its last run starts. */
    private Map<Integer, Integer> lastTickRun;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The match of {@code re} from the current index on, with the index moved past it; null if none. */
    private Matcher find(Pattern re) {
        if (index >= input.length() || (re == myParsing.LINK_LABEL && labelTooEscaped())
                || (re == myParsing.HTML_TAG && !htmlMayClose())) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }

    /**
     * Whether the link label that may start here holds more backslashes than Flexmark's label
     * pattern can take. The pattern reads a backslash either as an escape or on its own, so a
     * label that does not close tries every way of pairing its backslashes: time exponential in
     * their number. A label has at most 999 parts, so only the next 2,000 characters matter; no
     * editor writes a reference label with more than a dozen backslashes, and one that has is
     * read as text.
     */
    private boolean labelTooEscaped() {
        int backslashes = 0;
        for (int i = index + 1, end = Math.min(input.length(), index + 2_000); i < end; i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                if (++backslashes > MAX_LABEL_BACKSLASHES) {
                    return true;
                }
                i++; // what it escapes cannot close the label
            } else if (c == ']' || c == '[') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the comment, CDATA section, processing instruction or declaration that may start
     * here has its end anywhere ahead. Flexmark's pattern looks for it to the paragraph's end, and
     * a paragraph of {@code a<![CDATA[a<![CDATA[…} does that once per opener; where the end is
     * nowhere ahead, the answer is known without looking. Where it is, the pattern stops at the
     * first one, and what it read is consumed.
     */
    private boolean htmlMayClose() {
        if (startsHere("<![CDATA[")) {
            return lastIndexOf("]]>") >= index + 9;
        } else if (startsHere("<!--")) {
            return lastIndexOf("-->") >= index + 4;
        } else if (startsHere("<?")) {
            return lastIndexOf("?>") >= index + 2;
        } else if (startsHere("<!")) {
            return lastIndexOf(">") > index;
        }
        return true;
    }

    private boolean startsHere(String prefix) {
        return input.length() - index >= prefix.length() && input.subSequence(index, index + prefix.length()).equals(prefix);
    }

    /** Where {@code terminator} last occurs in the input; remembered per input. */
    private int lastIndexOf(String terminator) {
        if (terminatorsFor != input) {
            lastTerminators = new HashMap<>();
            terminatorsFor = input;
        }
        return lastTerminators.computeIfAbsent(terminator, t -> input.lastIndexOf(t));
    }

    /**
     * A link destination is read up to white space or an unbalanced parenthesis, so a paragraph
     * of {@code [a](b[a](b…} reads the rest of the paragraph once per link opener. CommonMark lets
     * a parser bound how deeply parentheses nest in a destination (cmark allows 32); beyond
     * that, as there, the brackets are not a link, and each destination is read at most 32
     * openers far.
     */
    @Override
    public BasedSequence parseLinkDestination() {
        int depth = 0;
        for (int i = index, n = input.length(); i < n; i++) {
            char c = input.charAt(i);
            if (c <= ' ') {
                break;
            } else if (c == '\\') {
                i++;
            } else if (c == '(' && ++depth > MAX_DESTINATION_PARENS) {
                return input.subSequence(index, index);
            } else if (c == ')' && --depth < 0) {
                break;
            }
        }
        return super.parseLinkDestination();
    }

    @Override
    protected boolean parseBackticks() {
        int start = index;
        int end = start;
        while (end < input.length() && input.charAt(end) == '`') {
            end++;
        }
        if (end > start && lastTickRun(end - start) < end) {
            // No run of this length lies ahead, so Flexmark would scan to the end and give up.
            index = end;
            appendText(input.subSequence(start, end));
            return true;
        }
        return super.parseBackticks();
    }

    /** Where the last backtick run of exactly {@code length} starts in the input; -1 if none. */
    private int lastTickRun(int length) {
        if (indexedInput != input) {
            lastTickRun = new HashMap<>();
            for (int i = 0, n = input.length(); i < n; ) {
                if (input.charAt(i) != '`') {
                    i++;
                    continue;
                }
                int runStart = i;
                while (i < n && input.charAt(i) == '`') {
                    i++;
                }
                lastTickRun.put(i - runStart, runStart);
            }
            indexedInput = input;
        }
        return lastTickRun.getOrDefault(length, -1);
    }

    /**
     * The spec's "process emphasis" procedure as Flexmark runs it, with one more lower bound for the
     * search back from a closer. Flexmark keeps a bound per character, set only when no opener of
     * that character could open. A closer whose openers were all refused by the delimiter rules
     * leaves a bound too, for later closers that the same rules would refuse the same openers:
     * same character, same "can open", same length class. Where a match changes an opener's
     * length, bounds above it are lowered past it again.
     */
    @Override
    public void parse(BasedSequence content, Node block) {
        delimiterSteps = 0;
        super.parse(content, block);
    }

    @Override
    public void processDelimiters(Delimiter stackBottom) {
        Map<Character, Delimiter> noOpenerBelow = new HashMap<>();
        Map<Integer, Delimiter> refusedBelow = new HashMap<>();

        Delimiter closer = lastDelimiter;
        while (closer != null && closer.getPrevious() != stackBottom) {
            closer = closer.getPrevious();
            step();
        }
        while (closer != null) {
            char closing = closer.getDelimiterChar();
            DelimiterProcessor processor = delimiterProcessors.get(closing);
            if (processor == null || !closer.canClose()) {
                closer = closer.getNext();
                continue;
            }
            Integer refusalKind = refusalKind(processor, closer);
            Delimiter charBound = noOpenerBelow.get(closing);
            Delimiter kindBound = refusalKind == null ? null : refusedBelow.get(refusalKind);

            Delimiter opener = null;
            int used = 0;
            boolean couldOpen = false;
            Delimiter d = closer.getPrevious();
            for (; d != null && d != stackBottom && d != charBound && d != kindBound; d = d.getPrevious()) {
                step();
                if (d.canOpen() && d.getDelimiterChar() == processor.getOpeningCharacter()) {
                    couldOpen = true;
                    used = processor.getDelimiterUse(d, closer);
                    if (used > 0) {
                        opener = d;
                        break;
                    }
                }
            }
            // Below a refusal bound lie openers that were refused, not absent.
            couldOpen |= d != null && d == kindBound && d != charBound && d != stackBottom;

            if (opener == null) {
                if (!couldOpen) {
                    noOpenerBelow.put(closing, closer.getPrevious());
                    if (!closer.canOpen()) {
                        removeDelimiterKeepNode(closer);
                    }
                } else if (refusalKind != null) {
                    refusedBelow.put(refusalKind, closer.getPrevious());
                }
                closer = closer.getNext();
                continue;
            }

            for (Map.Entry<Integer, Delimiter> bound : refusedBelow.entrySet()) {
                if (bound.getValue() != null && bound.getValue().getIndex() >= opener.getIndex()) {
                    bound.setValue(opener.getPrevious());
                }
            }
            closer = close(opener, closer, used, processor);
        }

        while (lastDelimiter != null && lastDelimiter != stackBottom) {
            removeDelimiterKeepNode(lastDelimiter);
        }
    }

    /**
     * Counts one step of the search for openers, and gives up on the paragraph when the steps
     * outgrow its length: the bounds above make every shape cmark knows of linear, and this keeps
     * any shape nobody has found yet from taking minutes. No real paragraph comes near.
     */
    private void step() {
        if (++delimiterSteps > STEPS_PER_CHARACTER * (long) input.length() + 100_000) {
            throw new TooComplex(block.getStartOffset());
        }
    }

    /**
     * Which closers the delimiter rules treat alike, for processors whose refusal depends only on
     * the runs' lengths and flags; null for the others (typographic quotes look at the text around).
     */
    private static Integer refusalKind(DelimiterProcessor processor, Delimiter closer) {
        if (!(processor instanceof EmphasisDelimiterProcessor || processor instanceof StrikethroughDelimiterProcessor)) {
            return null;
        }
        int length = closer.length();
        return (closer.getDelimiterChar() << 5) | (closer.canOpen() ? 16 : 0) | (Math.min(length, 3) << 2) | (length % 3);
    }

    /**
     * Lets {@code processor} wrap what lies between {@code opener} and {@code closer}, using
     * {@code used} delimiters of each; returns the closer to go on from.
     */
    private Delimiter close(Delimiter opener, Delimiter closer, int used, DelimiterProcessor processor) {
        opener.setNumDelims(opener.getNumDelims() - used);
        closer.setNumDelims(closer.getNumDelims() - used);
        removeDelimitersBetween(opener, closer);
        // The processor reads the runs at their full length; what it used comes off afterwards.
        opener.setNumDelims(opener.getNumDelims() + used);
        closer.setNumDelims(closer.getNumDelims() + used);
        processor.process(opener, closer, used);
        opener.setNumDelims(opener.getNumDelims() - used);
        closer.setNumDelims(closer.getNumDelims() - used);

        if (opener.getNumDelims() == 0) {
            removeDelimiterAndNode(opener);
        } else {
            opener.getNode().setChars(opener.getNode().getChars().subSequence(0, opener.getNumDelims()));
        }
        if (closer.getNumDelims() == 0) {
            Delimiter next = closer.getNext();
            removeDelimiterAndNode(closer);
            return next;
        }
        BasedSequence chars = closer.getNode().getChars();
        closer.getNode().setChars(chars.subSequence(chars.length() - closer.getNumDelims(), chars.length()));
        closer.setIndex(closer.getIndex() + used);
        return closer;
    }
}
