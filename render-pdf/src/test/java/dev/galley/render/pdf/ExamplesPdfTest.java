package dev.galley.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The example desks of {@code ../examples}, each in its own house style: every PDF they publish
 * passes veraPDF as PDF/UA-1 and PDF/A-2a, without a warning on the way. Prints the pages and the
 * fonts each embeds, for the record.
 */
class ExamplesPdfTest {

    static final Path EXAMPLES = Path.of("..", "examples");

    @ParameterizedTest
    @ValueSource(strings = {"default", "harbour-report", "vellmar-post"})
    void everyPdfOfTheExampleIsValidPdfUaAndPdfA(String desk) throws Exception {
        Path out = Path.of("target", "examples", desk);
        Fixtures.publishPdfs(EXAMPLES.resolve(desk), out, 2);
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(out)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertFalse(pdfs.isEmpty());
        List<String> failures = new ArrayList<>();
        for (Path pdf : pdfs) {
            VeraPdf.failuresPdfUa1(pdf).forEach(f -> failures.add(pdf.getFileName() + " PDF/UA-1 " + f));
            VeraPdf.failuresPdfA2a(pdf).forEach(f -> failures.add(pdf.getFileName() + " PDF/A-2a " + f));
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                TreeSet<String> fonts = new TreeSet<>();
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
                System.out.println("[examples] " + desk + "/" + pdf.getFileName() + ": " + doc.getNumberOfPages()
                        + " pages, fonts " + fonts);
            }
        }
        System.out.println("[examples] " + desk + ": " + pdfs.size() + " PDFs, " + failures.size() + " veraPDF failures");
        assertEquals(List.of(), failures, String.join("\n", failures));
    }
}
