package dev.galley.render.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A desk's face with kerning only in {@code GPOS}, ligatures and figure styles in {@code GSUB}
 * (Carlito, OFL-1.1, in the test resources with its copyright): letters sit where its kerning
 * puts them, the text still extracts letter for letter, and {@code figures:} picks the digits'
 * widths — checked on the published PDF, as a reader's tools see it.
 */
class DeskFontFeaturesTest {

    private static final String WORDS = "AVATAR Today staff office 1111 2019";
    private static final float BODY_SIZE = 11;

    @TempDir
    Path dir;
    /** The file {@link #publish} read last. */
    private Path published;

    private PDDocument publish(String figures) throws IOException {
        return publish(figures, WORDS);
    }

    private PDDocument publish(String figures, String body) throws IOException {
        Path content = dir.resolve("content-" + figures);
        Files.createDirectories(content.resolve("briefings"));
        Files.createDirectories(content.resolve("fonts"));
        try (InputStream in = DeskFontFeaturesTest.class.getResourceAsStream("/fonts/Carlito-Regular.ttf")) {
            Files.copy(in, content.resolve("fonts/Carlito-Regular.ttf"));
        }
        Files.writeString(content.resolve("galley.yaml"), """
                title: Kerning desk
                style:
                  text: {size: %spt}
                  fonts:
                    body: fonts/Carlito-Regular.ttf
                    figures: %s
                """.formatted(BODY_SIZE, figures), StandardCharsets.UTF_8);
        Files.writeString(content.resolve("briefings/kerned.md"), """
                ---
                title: Kerned
                date: 2026-12-01
                ---
                %s
                """.formatted(body), StandardCharsets.UTF_8);
        Path out = dir.resolve("out-" + figures);
        Fixtures.publishPdfs(content, out, 1);
        try (var pdfs = Files.walk(out)) {
            published = pdfs.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            return Loader.loadPDF(published.toFile());
        }
    }

    /** The body line's letters as drawn, in order. */
    private static List<TextPosition> bodyLetters(PDDocument pdf) throws IOException {
        List<TextPosition> letters = new ArrayList<>();
        new GlyphTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (Math.abs(text.getFontSizeInPt() - BODY_SIZE) < 0.01f && text.getFont().getName().contains("Carlito")) {
                    letters.add(text);
                }
            }
        }.getText(pdf);
        return letters;
    }

    private static TrueTypeFont carlito() throws IOException {
        try (InputStream in = DeskFontFeaturesTest.class.getResourceAsStream("/fonts/Carlito-Regular.ttf")) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    @Test
    void lettersSitWhereTheFacesGposKerningPutsThem() throws IOException {
        try (PDDocument pdf = publish("default"); TrueTypeFont font = carlito()) {
            assertTrue(font.getTableMap().get("kern") == null, "the face kerns by GPOS alone");
            List<TextPosition> letters = bodyLetters(pdf);
            TextPosition a = letters.get(0);
            TextPosition v = letters.get(1);
            assertEquals("A", a.getUnicode());
            assertEquals("V", v.getUnicode());
            var cmap = font.getUnicodeCmapLookup();
            float advance = font.getAdvanceWidth(cmap.getGlyphId('A')) * BODY_SIZE / font.getUnitsPerEm();
            float gap = v.getXDirAdj() - a.getXDirAdj();
            // Carlito pulls V towards A by some 43 thousandths of an em: about half a point here
            assertTrue(gap < advance - 0.3f, "A–V kerned: gap " + gap + " against an advance of " + advance);
            assertEquals(advance - 43 * BODY_SIZE / 1000f, gap, 0.05f);
        }
    }

    @Test
    void ligaturesAreDrawnAndTheTextStillReadsLetterForLetter() throws IOException {
        try (PDDocument pdf = publish("default")) {
            String text = GlyphTextStripper.text(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(WORDS), text);
            List<String> drawn = bodyLetters(pdf).stream().map(TextPosition::getUnicode).toList();
            // "of-fice" may break at its hyphen, so the ligature there is fi, not ffi
            assertTrue(drawn.contains("\uFB00") && drawn.contains("\uFB01"), "staff and office ligated: " + drawn);
        }
    }

    @Test
    void figuresFollowTheHouseStyle() throws IOException {
        float[] one = new float[3];
        float[] zero = new float[3];
        String[] settings = {"default", "tabular", "proportional"};
        for (int s = 0; s < settings.length; s++) {
            try (PDDocument pdf = publish(settings[s])) {
                for (TextPosition letter : bodyLetters(pdf)) {
                    if (letter.getUnicode().equals("1")) {
                        one[s] = letter.getWidthDirAdj();
                    } else if (letter.getUnicode().equals("0")) {
                        zero[s] = letter.getWidthDirAdj();
                    }
                }
                String text = GlyphTextStripper.text(pdf).replaceAll("\\s+", " ");
                assertTrue(text.contains("1111 2019"), settings[s] + ": " + text);
            }
        }
        assertEquals(zero[0], one[0], 0.01f, "Carlito's default figures are tabular");
        assertEquals(zero[1], one[1], 0.01f, "tabular: every digit as wide");
        assertTrue(one[2] < zero[2] * 0.75f, "proportional: a narrow one, " + one[2] + " against " + zero[2]);
    }

    /**
     * With proportional figures in text, a table's digits are still tabular, from Carlito's
     * {@code tnum} (its "1" 507 thousandths of an em against the text's 349), so columns of
     * numbers align; both read back as "1", from one embedded font, and the file is PDF/A.
     */
    @Test
    void tableCellsSetTabularFiguresWhateverTheTextSets() throws Exception {
        String body = WORDS + "\n\n| Year | Count |\n|------|------:|\n| 2019 | 1111 |\n| 2020 | 808 |\n";
        try (PDDocument pdf = publish("proportional", body)) {
            List<Float> text = new ArrayList<>();
            List<Float> table = new ArrayList<>();
            new GlyphTextStripper() {
                @Override
                protected void processTextPosition(TextPosition letter) {
                    if (letter.getUnicode().equals("1") && letter.getFont().getName().contains("Carlito")) {
                        // the size as set (9.5 pt in tables): the "in points" one is rounded
                        float em = letter.getWidthDirAdj() * 1000 / letter.getFontSize();
                        (Math.abs(letter.getFontSize() - BODY_SIZE) < 0.01f ? text : table).add(em);
                    }
                }
            }.getText(pdf);
            assertEquals(5, text.size(), "the paragraph's ones: " + text);
            assertEquals(5, table.size(), "the table's ones: " + table);
            text.forEach(em -> assertEquals(349, em, 1f, "a proportional one in text: " + text));
            table.forEach(em -> assertEquals(507, em, 1f, "a tabular one in a cell: " + table));
            String read = GlyphTextStripper.text(pdf).replaceAll("\\s+", " ");
            assertTrue(read.contains("1111 2019") && read.contains("2019 1111") && read.contains("2020 808"), read);
            int carlito = 0;
            PDResources resources = pdf.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                carlito += resources.getFont(name).getName().contains("Carlito") ? 1 : 0;
            }
            assertEquals(1, carlito, "the twin draws through the face's own font");
        }
        assertEquals(List.of(), VeraPdf.failuresPdfA2a(published), "PDF/A-2a");
    }
}
