package dev.galley.render.pdf.draw;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PdfNumbersTest {

    private static String format(float value) {
        return PdfNumbers.append(new StringBuilder(), value).toString();
    }

    @Test
    void plainDecimalsWithoutTrailingZeros() {
        assertEquals("0", format(0f));
        assertEquals("12", format(12f));
        assertEquals("10.5", format(10.5f));
        assertEquals("-3.25", format(-3.25f));
        assertEquals("0.05", format(0.05f));
        assertEquals("0.00001", format(0.00001f));
        assertEquals("595.25", format(595.25f));
        assertEquals("841.88977", format(841.88977f));
        assertEquals("1234567", format(1234567f), "no exponent");
    }

    @Test
    void roundsToFivePlacesAndNeverWritesMinusZero() {
        assertEquals("0.33333", format(1f / 3f));
        assertEquals("0.70711", format((float) Math.cos(Math.toRadians(45))));
        assertEquals("0", format(-0.000001f));
    }

    @Test
    void refusesWhatPdfCannotWrite() {
        assertThrows(IllegalArgumentException.class, () -> format(Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> format(Float.POSITIVE_INFINITY));
    }
}
