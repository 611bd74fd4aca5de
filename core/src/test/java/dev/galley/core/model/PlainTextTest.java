package dev.galley.core.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextTest {

    @Test
    void squeezedTextIsOneLineWithinItsLimit() {
        assertEquals("Allies met in Vilnius.", PlainText.squeezed("  Allies\n met\t\tin   Vilnius. \n", 100));
        assertEquals("Allies met", PlainText.squeezed("Allies \n\n met in Vilnius", 10));
        assertEquals("", PlainText.squeezed(" \n ", 10));
    }
}
