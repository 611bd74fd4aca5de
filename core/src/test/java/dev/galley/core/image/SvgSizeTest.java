package dev.galley.core.image;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgSizeTest {

    @Test
    void widthAndHeightInAnyAbsoluteUnit() {
        assertEquals(new SvgSize(480, 300), SvgSize.of("480", "300px", "0 0 10 10"));
        assertEquals(96, SvgSize.of("1in", "2.54cm", null).width(), 1e-9);
        assertEquals(96, SvgSize.of("1in", "2.54cm", null).height(), 1e-9);
        assertEquals(OptionalDouble.of(16), SvgSize.pixels("12pt"));
        assertTrue(SvgSize.pixels("50%").isEmpty());
        assertTrue(SvgSize.pixels("1em").isEmpty());
    }

    @Test
    void theViewBoxGivesWhatIsMissingOrRelative() {
        assertEquals(new SvgSize(600, 400), SvgSize.of(null, null, "0 0 600 400"));
        assertEquals(new SvgSize(300, 200), SvgSize.of("300", "100%", "0,0,600,400"));
        assertEquals(new SvgSize(150, 100), SvgSize.of(null, "100", "-10 -10 600 400"));
    }

    @Test
    void nothingSaidIsWhatBrowsersShow() {
        assertEquals(SvgSize.DEFAULT, SvgSize.of(null, null, null));
        assertEquals(SvgSize.DEFAULT, SvgSize.of("0", "-5", "0 0 0 10"));
    }

    @Test
    void readFromACleanedFile() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4cm\" viewBox=\"0 0 200 100\"><g/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        SvgSize size = SvgSize.of(svg).orElseThrow();
        assertEquals(4 * 96 / 2.54, size.width(), 1e-9);
        assertEquals(2 * 96 / 2.54, size.height(), 1e-9);
        assertTrue(SvgSize.of("not xml".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }
}
