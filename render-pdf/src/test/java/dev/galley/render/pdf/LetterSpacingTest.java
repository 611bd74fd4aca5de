package dev.galley.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A paragraph (from the synthetic desk, seed 42) that the breaker can set within its hyphen
 * limit only with one line at TeX's tolerance of 200, its spaces 1.63 times their width: the
 * line setter gives what is beyond 1.6 to its letters (Tc), and the text and its tags read as
 * before.
 */
class LetterSpacingTest {

    private static final String PARAGRAPH = "Crisis energy in escalation position influence on leaders resilience"
            + " would support europe settlement in influence eastern a. Region foreign crisis with diplomacy strategy"
            + " conflict treaty settlement by treaty treaty leaders military coalition ceasefire energy. Members"
            + " ceasefire commitment eastern threat winter policy ministers to. Government analysts threat to council"
            + " region security logistics. Reserves of allies the members coalition economy foreign which influence"
            + " allies to. Policy response settlement supply and sanctions settlement allies escalation commitment"
            + " western to in support a intelligence resilience. Council economy troops western diplomacy conflict"
            + " analysts government for a threat defence. Strategy forces.";

    @TempDir
    Path dir;

    @Test
    void aLineTooLooseForItsSpacesIsLetterSpacedAndReadsTheSame() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("briefings"));
        Files.writeString(content.resolve("galley.yaml"), "title: Spacing desk\nlang: en\npaper: a4\n",
                StandardCharsets.UTF_8);
        Files.writeString(content.resolve("briefings/spaced.md"), """
                ---
                title: Spaced
                date: 2026-12-01
                ---
                ## Section 3: In negotiation the

                %s
                """.formatted(PARAGRAPH), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Fixtures.publishPdfs(content, out, 1);
        Path pdf = out.resolve("briefings/spaced/spaced.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String operators;
            try (InputStream in = document.getPage(0).getContents()) {
                operators = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            long spaced = operators.lines().filter(l -> l.endsWith(" Tc") && !l.equals("0 Tc")).count();
            assertTrue(spaced >= 1, "a line set with letter-spacing");
            for (String line : operators.lines().filter(l -> l.endsWith(" Tc")).toList()) {
                float tc = Float.parseFloat(line.substring(0, line.length() - 3));
                assertTrue(tc >= 0 && tc <= 0.005f * 10.5f, "at most 5 thousandths of an em: " + line);
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace("\u00AD ", "");
            String words = PARAGRAPH.replace("'", "\u2019");
            assertTrue(text.replace("- ", "").contains(words.substring(0, 120)), text);
            assertTrue(text.contains("Crisis energy in escalation position influence on leaders resilience would"), text);
        }
        assertEquals(List.of(), VeraPdf.failuresPdfUa1(pdf));
        assertEquals(List.of(), VeraPdf.failuresPdfA2a(pdf));
    }
}
