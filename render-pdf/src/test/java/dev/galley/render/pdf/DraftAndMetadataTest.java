package dev.galley.render.pdf;

import dev.galley.core.model.Author;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.Site;
import dev.galley.core.model.Status;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts carry a watermark on every page; labels and XMP metadata come from the front matter. */
class DraftAndMetadataTest {

    @TempDir
    Path dir;

    private static Meta meta(Status status) {
        return new Meta("A draft & its <metadata>", Optional.of("Dek"), Optional.of(LocalDate.of(2026, 11, 28)),
                Optional.empty(), List.of(Author.named("Ada Lovelace")), List.of("NATO", "Baltic states"),
                Optional.empty(), status, Optional.of(OffsetDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.ofHours(1))),
                Optional.of("RESTRICTED"), "de-DE", Map.of(), Map.of());
    }

    private PDDocument render(Status status, PaperSize paper) throws IOException {
        Briefing seed = Fixtures.seedBriefing("draft");
        Briefing briefing = Fixtures.briefing("draft", meta(status), seed.lead(), seed.sections(), List.of());
        Fixtures.render(Fixtures.site(paper, briefing), dir.resolve("out"), dir, 1);
        Path pdf = dir.resolve("out").resolve(Site.pdfPath(briefing));
        // Kept for a look with pdftoppm.
        java.nio.file.Files.createDirectories(EndToEndTest.OUT);
        java.nio.file.Files.copy(pdf, EndToEndTest.OUT.resolve("draft-" + status + "-" + paper + ".pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Loader.loadPDF(pdf.toFile());
    }

    @Test
    void aDraftWithItsWatermarkAndLabelsIsTaggedPdfUaAndPdfA2a() throws Exception {
        render(Status.DRAFT, PaperSize.LETTER).close();
        Path pdf = EndToEndTest.OUT.resolve("draft-DRAFT-LETTER.pdf");
        assertEquals(List.of(), VeraPdf.failuresPdfUa1(pdf), "PDF/UA-1");
        assertEquals(List.of(), VeraPdf.failuresPdfA2a(pdf), "PDF/A-2a");
    }

    /** The text drawn turned (the watermark), in drawing order: position-sorted extraction scatters it. */
    private static String diagonalText(PDDocument pdf, int page) throws IOException {
        StringBuilder turned = new StringBuilder();
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                if (text.getTextMatrix().getShearY() != 0) {
                    turned.append(text.getUnicode());
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return turned.toString();
    }

    @Test
    void aDraftIsWatermarkedOnEveryPage() throws IOException {
        try (PDDocument pdf = render(Status.DRAFT, PaperSize.LETTER)) {
            assertTrue(pdf.getNumberOfPages() >= 2);
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 0.01);
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                assertEquals("ENTWURF", diagonalText(pdf, p), "page " + p);
            }
        }
        try (PDDocument pdf = render(Status.PUBLISHED, PaperSize.A4)) {
            assertTrue(!new GlyphTextStripper().getText(pdf).contains("ENTWURF"));
        }
    }

    @Test
    void theMastheadShowsClassificationAndEmbargo() throws IOException {
        try (PDDocument pdf = render(Status.PUBLISHED, PaperSize.A4)) {
            String first = EndToEndTest.pageText(pdf, 1);
            // the briefing is in German, so are Galley's words on it
            assertTrue(first.contains("RESTRICTED · SPERRFRIST BIS 1. Dezember 2026, 08:30 UHR UTC"), first);
        }
    }

    @Test
    void xmpMetadataMirrorsTheDocumentInformation() throws IOException {
        try (PDDocument pdf = render(Status.PUBLISHED, PaperSize.A4)) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">A draft &amp; its &lt;metadata&gt;</rdf:li>"), xmp);
            assertTrue(xmp.contains("<dc:creator><rdf:Seq><rdf:li>Ada Lovelace</rdf:li></rdf:Seq></dc:creator>"), xmp);
            assertTrue(xmp.contains("<rdf:li>NATO</rdf:li><rdf:li>Baltic states</rdf:li>"), xmp);
            assertTrue(xmp.contains("<dc:language><rdf:Bag><rdf:li>de-DE</rdf:li></rdf:Bag></dc:language>"), xmp);
            assertTrue(xmp.contains("<xmp:CreateDate>2026-11-28T00:00:00Z</xmp:CreateDate>"), xmp);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"), xmp);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>") && xmp.contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"), xmp);
            assertEquals("de-DE", pdf.getDocumentCatalog().getLanguage());
            assertEquals(1, pdf.getDocumentCatalog().getOutputIntents().size());
        }
    }
}
