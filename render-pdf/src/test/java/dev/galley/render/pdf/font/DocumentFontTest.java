package dev.galley.render.pdf.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentFontTest {

    private static final FontLibrary LIBRARY = FontLibrary.get();

    /** Draws each line in its face on one page, one line below the other, and saves the PDF. */
    private static byte[] pdf(Map<String, FontFace> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document, LIBRARY);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                COSDictionary resources = new COSDictionary();
                page.getResources().getCOSObject().setItem(COSName.FONT, resources);
                float y = 700;
                for (Map.Entry<String, FontFace> line : lines.entrySet()) {
                    DocumentFont font = fonts.get(line.getValue());
                    resources.setItem(font.resourceName(), font.dictionary());
                    StringBuilder ops = new StringBuilder("BT /").append(font.resourceName().getName())
                            .append(" 12 Tf 72 ").append(y).append(" Td (");
                    line.getKey().codePoints().forEach(cp -> font.appendGlyph(cp, ops));
                    stream.appendRawCommands(ops.append(") Tj ET\n").toString()
                            .getBytes(StandardCharsets.ISO_8859_1));
                    y -= 20;
                }
            }
            fonts.embed();
            // A fixed document id: PDFBox would otherwise make one from the clock.
            COSArray id = new COSArray();
            id.add(new COSString(new byte[16]));
            id.add(new COSString(new byte[16]));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static Map<String, FontFace> lines(Object... lineAndFace) {
        Map<String, FontFace> lines = new LinkedHashMap<>();
        for (int i = 0; i < lineAndFace.length; i += 2) {
            lines.put((String) lineAndFace[i], (FontFace) lineAndFace[i + 1]);
        }
        return lines;
    }

    private static PDFont onlyFont(PDDocument pdf) throws IOException {
        PDPage page = pdf.getPage(0);
        COSName name = page.getResources().getFontNames().iterator().next();
        return page.getResources().getFont(name);
    }

    private static byte[] fullFace(FontFace face) throws IOException {
        return Faces.bytes(face);
    }

    @Test
    void textExtractsAsItWasWritten() throws IOException {
        byte[] bytes = pdf(lines(
                "Plain words, digits 0123 & punctuation!", FontFace.SERIF,
                "Bold Ω ∑ ✓ and the ﬁ ligature", FontFace.SANS_BOLD,
                "mono() { return x; }", FontFace.MONO));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            // The stripper spells presentation-form ligatures out; the CMap itself says U+FB01.
            assertEquals("Plain words, digits 0123 & punctuation!\n"
                    + "Bold Ω ∑ ✓ and the fi ligature\n"
                    + "mono() { return x; }\n", text.replace("\r\n", "\n"));
            PDType0Font bold = (PDType0Font) pdf.getPage(0).getResources()
                    .getFont(COSName.getPDFName("F" + (FontFace.SANS_BOLD.ordinal() + 1)));
            assertEquals("\uFB01", bold.toUnicode(LIBRARY.glyphId(FontFace.SANS_BOLD, 0xFB01)));
            assertEquals("\u2713", bold.toUnicode(LIBRARY.glyphId(FontFace.SANS_BOLD, 0x2713)));
        }
    }

    @Test
    void theFontIsAnEmbeddedSubsetFarSmallerThanTheFace() throws IOException {
        byte[] bytes = pdf(lines("A briefing's worth of letters", FontFace.SERIF));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFont font = onlyFont(pdf);
            assertTrue(font instanceof PDType0Font, font.getClass().getName());
            assertTrue(font.isEmbedded());
            assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSerif"), font.getName());
            COSStream program = (COSStream) ((PDType0Font) font).getDescendantFont().getFontDescriptor()
                    .getFontFile2().getCOSObject();
            int length1 = program.getInt(COSName.LENGTH1);
            byte[] decoded;
            try (InputStream in = program.createInputStream()) {
                decoded = in.readAllBytes();
            }
            assertEquals(decoded.length, length1, "Length1 is the program's length");
            int full = fullFace(FontFace.SERIF).length;
            assertTrue(length1 * 10 < full, "subset " + length1 + " bytes of a " + full + "-byte face");
            // The program is a well-formed TrueType font holding the used glyphs and no others.
            try (TrueTypeFont subset = new TTFParser(true).parse(new RandomAccessReadBuffer(decoded))) {
                int used = "A briefing's worth of letters".chars().distinct().toArray().length;
                assertTrue(subset.getNumberOfGlyphs() >= used + 1, "glyphs: " + subset.getNumberOfGlyphs());
                assertTrue(subset.getNumberOfGlyphs() < used + 10, "glyphs: " + subset.getNumberOfGlyphs());
            }
        }
    }

    @Test
    void widthsAreTheAdvancesLayoutMeasuredWith() throws IOException {
        String text = "Wide and narrow: WMil.";
        byte[] bytes = pdf(lines(text, FontFace.SERIF_BOLD_ITALIC));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDType0Font font = (PDType0Font) onlyFont(pdf);
            COSArray w = (COSArray) font.getDescendantFont().getCOSObject().getDictionaryObject(COSName.W);
            int listed = 0;
            for (int i = 0; i < w.size(); i += 2) {
                int first = ((COSNumber) w.getObject(i)).intValue();
                COSArray run = (COSArray) w.getObject(i + 1);
                listed += run.size();
                for (int k = 0; k < run.size(); k++) {
                    assertEquals(LIBRARY.metrics(FontFace.SERIF_BOLD_ITALIC).glyphAdvance(first + k),
                            ((COSNumber) run.getObject(k)).intValue(), "glyph " + (first + k));
                }
            }
            assertEquals(text.chars().distinct().count(), listed, "one width per glyph used");
            for (int cp : text.codePoints().toArray()) {
                int gid = LIBRARY.glyphId(FontFace.SERIF_BOLD_ITALIC, cp);
                assertEquals(LIBRARY.advance(FontFace.SERIF_BOLD_ITALIC, cp, 1000f), font.getWidth(gid), 0.001f,
                        Character.toString(cp));
            }
        }
    }

    @Test
    void theSameTextGivesTheSameBytesAndOtherGlyphsAnotherTag() throws IOException {
        Map<String, FontFace> lines = lines("Deterministic", FontFace.SERIF, "output", FontFace.SANS);
        byte[] first = pdf(lines);
        assertArrayEquals(first, pdf(lines));
        try (PDDocument one = Loader.loadPDF(first);
             PDDocument other = Loader.loadPDF(pdf(lines("Different letters", FontFace.SERIF)))) {
            String a = onlyFontNamed(one, FontFace.SERIF);
            String b = onlyFontNamed(other, FontFace.SERIF);
            assertEquals(a.substring(6), b.substring(6));
            assertNotEquals(a, b, "another subset, another tag");
        }
    }

    private static String onlyFontNamed(PDDocument pdf, FontFace face) throws IOException {
        PDPage page = pdf.getPage(0);
        return page.getResources().getFont(COSName.getPDFName("F" + (face.ordinal() + 1))).getName();
    }

    @Test
    void aCharacterTheFaceLacksIsRefusedNotDroppedSilently() throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document, LIBRARY);
            DocumentFont mono = fonts.get(FontFace.MONO);
            assertEquals(0, LIBRARY.glyphId(FontFace.MONO, 0x4E2D));
            assertThrows(IllegalArgumentException.class, () -> mono.appendGlyph(0x4E2D, new StringBuilder()));
        }
    }

    @Test
    void glyphsAreWrittenAsTheirIdsInTwoBytes() throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document, LIBRARY);
            DocumentFont serif = fonts.get(FontFace.SERIF);
            StringBuilder literal = new StringBuilder();
            serif.appendGlyph('B', literal);
            serif.appendGlyph('A', literal);
            serif.appendGlyph('B', literal);
            int a = LIBRARY.glyphId(FontFace.SERIF, 'A');
            int b = LIBRARY.glyphId(FontFace.SERIF, 'B');
            assertEquals(new String(new char[] {(char) (b >> 8), (char) (b & 0xFF), (char) (a >> 8),
                    (char) (a & 0xFF), (char) (b >> 8), (char) (b & 0xFF)}), literal.toString());
            int[] expected = {LIBRARY.glyphId(FontFace.SERIF, 'A'), LIBRARY.glyphId(FontFace.SERIF, 'B')};
            Arrays.sort(expected);
            assertArrayEquals(expected, serif.glyphs());
        }
    }

    @Test
    void bytesThatWouldEndTheStringOrALineAreEscaped() throws IOException {
        // Left-to-right characters (the stripper reorders right-to-left ones) whose glyph ids
        // have a byte a literal string must escape.
        int[] special = {'(', ')', '\\', '\r', '\n'};
        String text = "";
        for (int cp = 0x20; cp < 0x0590; cp++) {
            int gid = LIBRARY.glyphId(FontFace.SANS, cp);
            for (int b : special) {
                if (gid != 0 && ((gid & 0xFF) == b || (gid >> 8) == b)) {
                    text += Character.toString(cp);
                }
            }
        }
        assertTrue(text.length() >= 5, "characters found: " + text);
        try (PDDocument pdf = Loader.loadPDF(pdf(lines(text, FontFace.SANS)))) {
            assertEquals(text, new PDFTextStripper().getText(pdf).strip());
        }
    }

    /**
     * Documents that draw the same glyphs for the same characters share one cut; another
     * character on a glyph is another subset (its ToUnicode differs). Code points no text has,
     * so that real documents never meet these made-up subsets in the shared library.
     */
    @Test
    void aSubsetIsCutOncePerFaceGlyphsAndCharacters() throws IOException {
        int[] cuts = {0};
        FontLibrary.Cutter cutter = () -> {
            cuts[0]++;
            return new FontSubset("AAAAAA+Test", new byte[] {1}, 1, new byte[] {2}, new byte[] {3});
        };
        FontSubset first = LIBRARY.subset(new FontSubset.Key(FontFace.SERIF, new int[] {3, 4}, new int[] {-1, -2}), cutter);
        FontSubset again = LIBRARY.subset(new FontSubset.Key(FontFace.SERIF, new int[] {3, 4}, new int[] {-1, -2}), cutter);
        assertEquals(1, cuts[0]);
        assertTrue(first == again, "the kept subset, not a new cut");
        LIBRARY.subset(new FontSubset.Key(FontFace.SERIF, new int[] {3, 4}, new int[] {-1, -3}), cutter);
        LIBRARY.subset(new FontSubset.Key(FontFace.SERIF_BOLD, new int[] {3, 4}, new int[] {-1, -2}), cutter);
        assertEquals(3, cuts[0]);
    }
}
