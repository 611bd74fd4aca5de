package dev.galley.render.pdf;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.Site;
import dev.galley.core.read.BriefingReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Front matter typed with straight quotes, {@code --} and {@code ...}, read by core as the desk's
 * files are, is printed and described with the body's curly quotes, dashes and ellipses.
 */
class FrontMatterTypographyTest {

    static final String TITLE = "The Port of Vellmar\u2019s \u201CDifficult\u201D Year";
    static final String DEK = "Cranes idle \u2013 for now\u2026";

    @TempDir
    Path dir;

    private PDDocument render(String markdown) throws IOException {
        Briefing briefing = new BriefingReader(Fixtures.site(PaperSize.A4).config(), p -> false)
                .read("briefings/b.md", "content/briefings/b.md", markdown.getBytes(StandardCharsets.UTF_8))
                .briefing().orElseThrow();
        Fixtures.render(Fixtures.site(PaperSize.A4, briefing), dir.resolve("out"), dir, 1);
        return Loader.loadPDF(dir.resolve("out").resolve(Site.pdfPath(briefing)).toFile());
    }

    /** The text on the pages, no-break spaces as plain ones and lines joined. */
    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replace('\u202F', ' ')
                .replaceAll("\\s+", " ");
    }

    @Test
    void theMastheadAndTheDocumentsMetadataHaveTheBodysPunctuation() throws IOException {
        try (PDDocument pdf = render("""
                ---
                title: The Port of Vellmar's "Difficult" Year
                dek: Cranes idle -- for now...
                authors:
                  - name: Aoife O'Brien
                    role: Editor's desk
                topics: [Vellmar's port]
                ---
                The harbour's year.
                """)) {
            String text = text(pdf);
            assertTrue(text.contains(TITLE), text);
            assertTrue(text.contains(DEK), text);
            assertTrue(text.contains("By Aoife O\u2019Brien (Editor\u2019s desk)"), text);
            assertTrue(text.contains("The harbour\u2019s year."), text);

            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals(TITLE, info.getTitle());
            assertEquals(DEK, info.getSubject());
            assertEquals("Aoife O\u2019Brien", info.getAuthor());
            assertEquals("Vellmar's port", info.getKeywords()); // topics stay as written
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">" + TITLE + "</rdf:li>"), xmp);
            assertTrue(xmp.contains("<rdf:li>Aoife O\u2019Brien</rdf:li>"), xmp);
        }
    }

    @Test
    void aFrenchTitleIsPrintedAsTheSameFrenchBodyCounts() throws IOException {
        try (PDDocument pdf = render("""
                ---
                title: <<L'année du port>> -- bilan...
                lang: fr
                ---
                <<L'année du port>> -- bilan...
                """)) {
            // the title and the body's paragraph, each printed with the same characters and spaces
            java.util.List<String> lines = new PDFTextStripper().getText(pdf).lines()
                    .filter(l -> l.contains("bilan")).map(String::strip).toList();
            assertEquals(2, lines.size(), lines.toString());
            assertEquals(lines.get(0), lines.get(1));
            assertEquals("\u00AB L\u2019ann\u00E9e du port \u00BB \u2013 bilan\u2026",
                    lines.get(0).replace('\u00A0', ' '), lines.get(0));
        }
    }
}
