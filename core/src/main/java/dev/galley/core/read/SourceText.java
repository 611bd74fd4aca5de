package dev.galley.core.read;

import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.SourcePos;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A source file's text with its line structure, so that any character offset can be named as
 * {@code line:column}. Decoding is strict: every invalid UTF-8 sequence is reported where it
 * stands, and replaced by U+FFFD so that reading can go on and find the file's other problems.
 * A byte order mark is dropped; CRLF and lone CR line ends become LF (columns are unchanged and
 * lines are counted as editors count them).
 */
public final class SourceText {

    /** More invalid sequences than this in one file are summarised, not listed one by one. */
    private static final int MAX_ENCODING_REPORTS = 10;

    private static final int PAIR_BLOCK = 64;

    private final String text;
    private final int[] lineStarts;
    private final int[] pairsPerBlock;

    private SourceText(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
        this.pairsPerBlock = pairsPerBlock(text);
    }

    /** Text that is already a Java string (tests, generated content). */
    public static SourceText of(String text) {
        return new SourceText(normalizeLineEnds(stripBom(text)));
    }

    /**
     * Decodes {@code bytes} as UTF-8, reporting each invalid sequence into {@code diagnostics}. A
     * file saved as UTF-16 or UTF-32 (Windows editors do), with or without a byte order mark, is
     * read in that encoding with a warning at 1:1 that names it. NUL characters, which no text
     * holds and some outputs cannot carry, are reported and replaced.
     */
    public static SourceText decode(byte[] bytes, Diagnostics diagnostics) {
        Optional<Charset> wide = WideEncoding.of(bytes);
        if (wide.isPresent()) {
            diagnostics.warning(SourcePos.START, "encoding-utf16", "this file is saved as "
                    + wide.get().name() + ", not UTF-8; Galley reads it as " + wide.get().name()
                    + ", but save it as UTF-8 so that every tool reads it alike");
            return withoutNul(decodeStrictly(bytes, wide.get(), diagnostics), diagnostics);
        }
        return withoutNul(decodeStrictly(bytes, StandardCharsets.UTF_8, diagnostics), diagnostics);
    }

    /** {@code text} with each NUL made U+FFFD, as CommonMark asks, and reported once. */
    private static SourceText withoutNul(SourceText text, Diagnostics diagnostics) {
        int first = text.text.indexOf('\u0000');
        if (first < 0) {
            return text;
        }
        long count = text.text.chars().filter(c -> c == 0).count();
        diagnostics.error(text.position(first), "encoding", count + " NUL character" + (count == 1 ? "" : "s")
                + " in this file, the first here; a text file holds none. Is it a text file, saved as UTF-8?");
        return new SourceText(text.text.replace('\u0000', '\uFFFD'));
    }

    private static SourceText decodeStrictly(byte[] bytes, Charset charset, Diagnostics diagnostics) {
        // Valid input decodes to the same characters either way, and String's decoder is several
        // times faster than a CharsetDecoder on the first JIT tier. Invalid input becomes U+FFFD
        // there, so text without one was valid; text with one (also a character a file may hold)
        // is decoded again below, to report each invalid byte where it stands.
        String text = new String(bytes, charset);
        if (text.indexOf('\uFFFD') < 0) {
            return of(text);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int reported = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                int at = in.position();
                if (reported < MAX_ENCODING_REPORTS) {
                    SourcePos pos = positionOfByte(out, at);
                    diagnostics.error(pos, "encoding", String.format(
                            "invalid %s: byte 0x%02X at byte offset %d cannot start or continue"
                                    + " a character; save the file as UTF-8",
                            charset.name(), bytes[at] & 0xFF, at));
                } else if (reported == MAX_ENCODING_REPORTS) {
                    diagnostics.error(positionOfByte(out, at), "encoding",
                            "more invalid " + charset.name() + " from here on; not listing each one");
                }
                reported++;
                out.put('\uFFFD');
                in.position(at + result.length());
            }
        }
        out.flip();
        return of(out.toString());
    }

    /** The position of the byte being decoded, given the text decoded before it. */
    private static SourcePos positionOfByte(CharBuffer decodedSoFar, int byteOffset) {
        CharBuffer before = decodedSoFar.duplicate().flip();
        String prefix = before.toString();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= prefix.length() || prefix.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int bomOffset = (line == 1 && prefix.startsWith("\uFEFF")) ? 1 : 0;
        int column = prefix.codePointCount(lineStart + bomOffset, prefix.length()) + 1;
        return new SourcePos(line, column);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** The whole text, LF line ends, no byte order mark. */
    public String text() {
        return text;
    }

    /** Number of lines; a final line end does not open a counted line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** Character offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The 1-based line and column (in code points) of a character offset. */
    public SourcePos position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int lineIndex = index >= 0 ? index : -index - 2;
        int start = lineStarts[lineIndex];
        // In constant time: counting code points from the line's start made a long line with
        // many inlines quadratic.
        return new SourcePos(lineIndex + 1, clamped - start - (pairsBefore(clamped) - pairsBefore(start)) + 1);
    }

    /** Surrogate pairs that end before {@code offset}: each is two chars but one column. */
    private int pairsBefore(int offset) {
        if (pairsPerBlock == null) {
            return 0;
        }
        int pairs = pairsPerBlock[offset / PAIR_BLOCK];
        for (int i = offset / PAIR_BLOCK * PAIR_BLOCK; i < offset; i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                pairs++;
            }
        }
        return pairs;
    }

    /** Pairs before each block of {@link #PAIR_BLOCK} chars; null when the text has none. */
    private static int[] pairsPerBlock(String text) {
        // Most briefings hold no character outside the Basic Multilingual Plane: find that out in
        // a loop of one comparison a character before counting pairs block by block.
        // (read as an array, which is faster on the first JIT tier than String.charAt)
        char[] chars = text.toCharArray();
        int n = chars.length;
        int first = 0;
        while (first < n && !Character.isSurrogate(chars[first])) {
            first++;
        }
        if (first == n) {
            return null;
        }
        int[] blocks = null;
        int pairs = 0;
        for (int i = first; i < n; i++) {
            if (i % PAIR_BLOCK == 0 && blocks != null) {
                blocks[i / PAIR_BLOCK] = pairs;
            }
            if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (blocks == null) {
                    blocks = new int[text.length() / PAIR_BLOCK + 1]; // blocks so far hold no pairs
                }
                pairs++;
            }
        }
        return blocks;
    }
}
