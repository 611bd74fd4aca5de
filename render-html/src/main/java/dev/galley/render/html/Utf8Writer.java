package dev.galley.render.html;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes to UTF-8 bytes as it goes, for pages that end up as bytes in a
 * file anyway: it spares the copies of a {@link java.io.StringWriter} (a synchronized buffer that
 * doubles in size and turns two bytes a character at the first non-Latin-1 one), its
 * {@code toString()} and the encoding after it.
 *
 * <p>The bytes are those of {@code String.getBytes(UTF_8)} on everything written, down to an
 * unpaired surrogate becoming {@code ?}, even when a pair is split between two writes. Not for
 * use by more than one thread.
 */
final class Utf8Writer extends Writer {

    private byte[] bytes;
    private int size;
    /** A high surrogate at the end of the last write, waiting for its other half; 0 if none. */
    private char pendingHigh;

    Utf8Writer(int initialCapacity) {
        this.bytes = new byte[Math.max(16, initialCapacity)];
    }

    @Override
    public void write(int c) {
        encode((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        ensureRoom(len);
        for (int i = off, end = off + len; i < end; i++) {
            encode(chars[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        ensureRoom(len);
        int end = off + len;
        int i = off;
        while (i < end) {
            // pages are mostly ASCII: copy such runs without the checks a wider character needs
            if (pendingHigh == 0) {
                char c;
                while (i < end && (c = s.charAt(i)) < 0x80) {
                    bytes[size++] = (byte) c;
                    i++;
                }
                if (i == end) {
                    return;
                }
            }
            encode(s.charAt(i));
            i++;
            ensureRoom(end - i);
        }
    }

    @Override
    public Writer append(CharSequence cs) {
        String s = String.valueOf(cs);
        write(s, 0, s.length());
        return this;
    }

    /** Everything written, encoded. */
    byte[] toByteArray() {
        flushPending();
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {
        // the bytes stay in memory until asked for
    }

    @Override
    public void close() {
        flushPending();
    }

    private void encode(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                put4(Character.toCodePoint(high, c));
                return;
            }
            put1('?');
        }
        if (c < 0x80) {
            put1(c);
        } else if (c < 0x800) {
            ensureRoom(2);
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            put1('?');
        } else {
            ensureRoom(3);
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void flushPending() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put1('?');
        }
    }

    private void put1(int b) {
        ensureRoom(1);
        bytes[size++] = (byte) b;
    }

    private void put4(int cp) {
        ensureRoom(4);
        bytes[size++] = (byte) (0xF0 | (cp >> 18));
        bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (cp & 0x3F));
    }

    private void ensureRoom(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
