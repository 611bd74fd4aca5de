package dev.galley.core.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ChecksumTest {

    @Test
    void isCrc32cBesideCrc32() {
        // The check values of both polynomials for "123456789".
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0xE3069283L << 32 | 0xCBF43926L, Checksum.of(check));
        assertEquals("e3069283cbf43926", Checksum.hex(check));
    }

    @Test
    void piecesAddUpToTheWhole() {
        byte[] bytes = "a briefing's search index, in pieces".getBytes(StandardCharsets.UTF_8);
        Checksum pieces = new Checksum();
        pieces.update(bytes, 0, 10);
        pieces.update(bytes, 10, bytes.length - 10);
        assertEquals(Checksum.of(bytes), pieces.value());
        bytes[3] ^= 1;
        assertNotEquals(Checksum.of(bytes), pieces.value());
    }
}
