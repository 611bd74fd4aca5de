package dev.galley.core.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a file saved as UTF-16 or UTF-32 from UTF-8: by its byte order mark, or, without one, by
 * where the zero bytes fall in its first kilobytes. Text in any of these encodings that is mostly
 * Latin, Cyrillic or Greek has a zero in every other (or three of every four) bytes; UTF-8 text
 * has none at all.
 */
final class WideEncoding {

    private static final int SAMPLE = 4096;

    private WideEncoding() {
    }

    /** The wide encoding {@code bytes} are in; empty for UTF-8 (and for anything else). */
    static Optional<Charset> of(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(Charset.forName("UTF-32BE"));
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(Charset.forName("UTF-32LE"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return withoutMark(bytes);
    }

    private static Optional<Charset> withoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~3;
        if (n < 4) {
            return Optional.empty();
        }
        int[] zerosAt = new int[4]; // zero bytes by position modulo 4
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zerosAt[i & 3]++;
            }
        }
        int quarter = n / 4;
        // Most code points below U+10000 and above U+00FF have no zero byte in UTF-16, so a half
        // of the possible zeros is taken as the sign; in UTF-32 two bytes of four are always zero.
        if (zerosAt[0] == quarter && zerosAt[1] == quarter && zerosAt[2] + zerosAt[3] < quarter) {
            return Optional.of(Charset.forName("UTF-32BE"));
        }
        if (zerosAt[2] == quarter && zerosAt[3] == quarter && zerosAt[0] + zerosAt[1] < quarter) {
            return Optional.of(Charset.forName("UTF-32LE"));
        }
        int even = zerosAt[0] + zerosAt[2];
        int odd = zerosAt[1] + zerosAt[3];
        if (even > n / 4 && odd * 10 < even) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (odd > n / 4 && even * 10 < odd) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
