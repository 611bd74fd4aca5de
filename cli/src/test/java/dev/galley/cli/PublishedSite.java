package dev.galley.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.galley.cli.Run.galley;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A site the command line published, read as its readers see it: pages, PDF text and PDF links. */
record PublishedSite(Path out, Run run) {

    /** Publishes {@code content} into {@code out} with {@code options}; the run must succeed. */
    static PublishedSite publish(Path content, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("publish", content.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        Run run = galley(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return new PublishedSite(out, run);
    }

    /** A page of the site, by its path under the site's root. */
    Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    /** The page of the briefing published as {@code slug}. */
    Document briefing(String slug) throws IOException {
        return page("briefings/" + slug + "/index.html");
    }

    /** The PDF of the briefing published as {@code slug}, opened; the caller closes it. */
    PDDocument pdf(String slug) throws IOException {
        return Loader.loadPDF(out.resolve("briefings/" + slug + "/" + slug + ".pdf").toFile());
    }

    /** The text a reader copies out of that PDF, with Unix line ends. */
    String pdfText(String slug) throws IOException {
        try (PDDocument pdf = pdf(slug)) {
            return new PDFTextStripper().getText(pdf).replace("\r", "");
        }
    }

    /** The text of page {@code page} (from 1) of that PDF, with Unix line ends. */
    String pdfPageText(String slug, int page) throws IOException {
        try (PDDocument pdf = pdf(slug)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf).replace("\r", "");
        }
    }

    /** The addresses the PDF's links go to (internal go-to links are not among them), in page order. */
    List<String> pdfUris(String slug) throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument pdf = pdf(slug)) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        return uris;
    }
}
