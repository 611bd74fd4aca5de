package dev.galley.render.pdf.font;

/**
 * The ligatures Galley sets: the standard f-ligatures that Unicode has presentation forms for
 * (U+FB00–U+FB04). Text keeps them as those characters, so every drawn glyph keeps a Unicode
 * mapping in the PDF (PDF/A-2u) and copying gives the letters back through ActualText; a
 * ligature a face forms from other letters has no such character and is not set. Longest first,
 * so that "ffi" is found before "ff".
 */
public enum Ligature {
    FFI("ffi", '\uFB03'),
    FFL("ffl", '\uFB04'),
    FF("ff", '\uFB00'),
    FI("fi", '\uFB01'),
    FL("fl", '\uFB02');

    private final String letters;
    private final char form;

    Ligature(String letters, char form) {
        this.letters = letters;
        this.form = form;
    }

    /** The letters the ligature joins. */
    public String letters() {
        return letters;
    }

    /** Its Unicode presentation form. */
    public char form() {
        return form;
    }
}
