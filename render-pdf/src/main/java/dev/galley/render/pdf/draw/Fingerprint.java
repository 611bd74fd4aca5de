package dev.galley.render.pdf.draw;

import dev.galley.core.text.Checksum;
import dev.galley.core.text.Digests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A cheap fingerprint of everything a document draws, for its /ID: the same drawing gives the
 * same ID in every build, and different drawings different IDs. {@link PdfWriter} puts in each
 * page's content stream before it is compressed, and what that does not show: each image's bytes,
 * source and alt text, each link's target, the outline's titles and the character each glyph
 * reads as. An ID needs no cryptographic strength, and hashing every page with SHA-256 cost about 5 %
 * of a build: the drawing goes through a {@link Checksum}, and only that, its length and the
 * metadata are hashed with SHA-256.
 */
final class Fingerprint {

    private final Checksum checksum = new Checksum();
    private final byte[] buffer = new byte[8192];
    private int used;
    private long length;

    void putInt(int value) {
        if (used + 4 > buffer.length) {
            flush();
        }
        buffer[used++] = (byte) (value >>> 24);
        buffer[used++] = (byte) (value >>> 16);
        buffer[used++] = (byte) (value >>> 8);
        buffer[used++] = (byte) value;
    }

    void putFloat(float value) {
        putInt(Float.floatToIntBits(value));
    }

    void put(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length); // so that "ab" + "c" differs from "a" + "bc"
        put(bytes);
    }

    void put(byte[] bytes) {
        if (bytes.length > buffer.length - used) {
            flush();
            update(bytes, bytes.length);
        } else {
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
    }

    /** Sixteen bytes from the checksums, the length and {@code metadata}. */
    byte[] id(String metadata) {
        flush();
        MessageDigest sha = Digests.sha256();
        byte[] summary = new byte[16];
        for (int i = 0; i < 8; i++) {
            summary[i] = (byte) (length >>> (56 - 8 * i));
        }
        long sum = checksum.value();
        for (int i = 0; i < 8; i++) {
            summary[8 + i] = (byte) (sum >>> (56 - 8 * i));
        }
        sha.update(summary);
        sha.update(metadata.getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(sha.digest(), 16);
    }

    private void flush() {
        update(buffer, used);
        used = 0;
    }

    private void update(byte[] bytes, int count) {
        checksum.update(bytes, 0, count);
        length += count;
    }
}
