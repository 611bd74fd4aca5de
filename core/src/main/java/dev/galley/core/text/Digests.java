package dev.galley.core.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the digest Galley uses for content hashes, cache keys and checksums of releases; names
 * that need only change with their content use the cheaper {@link Checksum}.
 */
public final class Digests {

    private Digests() {
    }

    /** A fresh SHA-256 digest, for hashing a stream. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The SHA-256 of {@code bytes}. */
    public static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    /** The SHA-256 of {@code bytes} in lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        return hex(sha256(bytes));
    }

    /** A digest in lower-case hex. */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
