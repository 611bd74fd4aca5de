package dev.galley.core.text;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit checksum of a byte stream: CRC-32C and CRC-32, two different polynomials, side by
 * side. Both run as CPU instructions at gigabytes a second on every JIT tier, where SHA-256 runs
 * at about 150 MB/s when only the first tier compiles it (as {@code galley publish} runs). For
 * names that change when content changes (an asset's cache-busting path, a PDF's /ID); not for
 * anything an adversary could target, nor for cache keys, which use {@link Digests}.
 */
public final class Checksum {

    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();

    /** Adds {@code count} bytes of {@code bytes} from {@code offset}. */
    public void update(byte[] bytes, int offset, int count) {
        crc32c.update(bytes, offset, count);
        crc32.update(bytes, offset, count);
    }

    /** The checksum of everything added so far. */
    public long value() {
        return crc32c.getValue() << 32 | crc32.getValue();
    }

    /** The checksum of {@code bytes}. */
    public static long of(byte[] bytes) {
        Checksum checksum = new Checksum();
        checksum.update(bytes, 0, bytes.length);
        return checksum.value();
    }

    /** {@link #of} as 16 lower-case hex digits. */
    public static String hex(byte[] bytes) {
        return String.format("%016x", of(bytes));
    }
}
