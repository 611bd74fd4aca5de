package dev.galley.render.pdf.draw;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FingerprintTest {

    private static byte[] of(Object... parts) {
        Fingerprint f = new Fingerprint();
        for (Object part : parts) {
            if (part instanceof String s) {
                f.put(s);
            } else if (part instanceof Float v) {
                f.putFloat(v);
            } else {
                f.put((byte[]) part);
            }
        }
        return f.id("metadata");
    }

    @Test
    void sameDrawingSameIdDifferentDrawingDifferentId() {
        assertEquals(16, of("word", 12.5f).length);
        assertArrayEquals(of("word", 12.5f), of("word", 12.5f));
        assertFalse(Arrays.equals(of("word", 12.5f), of("word", 12.75f)));
        assertFalse(Arrays.equals(of("ab", "c"), of("a", "bc")), "text boundaries count");
        Fingerprint a = new Fingerprint();
        Fingerprint b = new Fingerprint();
        assertFalse(Arrays.equals(a.id("one"), b.id("two")), "the metadata counts");
    }

    @Test
    void largeImagesCountByteForByteWhateverTheBuffer() {
        byte[] image = new byte[50_000];
        new Random(7).nextBytes(image);
        byte[] whole = of("before", image, "after");
        assertArrayEquals(whole, of("before", image.clone(), "after"));
        byte[] changed = image.clone();
        changed[40_000] ^= 1;
        assertFalse(Arrays.equals(whole, of("before", changed, "after")));
    }
}
