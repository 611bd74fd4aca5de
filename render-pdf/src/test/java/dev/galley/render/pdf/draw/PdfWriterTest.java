package dev.galley.render.pdf.draw;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.read.BriefingReader;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.line.Fragment;
import dev.galley.render.pdf.page.BriefingLayout;
import dev.galley.render.pdf.page.ImageCatalog;
import dev.galley.render.pdf.page.LaidOutBriefing;
import dev.galley.render.pdf.page.Page;
import dev.galley.render.pdf.page.PageGeometry;
import dev.galley.render.pdf.page.VItem;
import dev.galley.render.pdf.text.Reporter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfWriterTest {

    /**
     * Words and syllables share TJ arrays whose numbers carry the moves between them: a reader
     * must still find every fragment's first glyph exactly where layout put it, on every line of
     * a briefing with kerning, ligatures, superscripts, links and other languages.
     */
    @Test
    void everyFragmentStartsWhereLayoutPutIt() throws IOException {
        SiteConfig config = SiteConfig.defaults();
        String path = "briefings/every-construct.md";
        Briefing briefing = new BriefingReader(config, p -> true)
                .read(path, path, Files.readAllBytes(Path.of("src/test/resources/" + path))).briefing().orElseThrow();
        PageGeometry geometry = PageGeometry.of(config.paper());
        LaidOutBriefing layout = BriefingLayout.layout(config, briefing, FontLibrary.get(), Reporter.SILENT,
                geometry, ImageCatalog.NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfMetadata metadata = new PdfMetadata(briefing.meta().title(), "", "", "", "Galley", "Galley", "en",
                Optional.empty(), Optional.empty());
        PdfWriter.write(layout, metadata, Map.of(), Map.of(), FontLibrary.get(), Reporter.SILENT, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int checked = 0;
            List<String> misplaced = new ArrayList<>();
            for (int p = 0; p < layout.pages().size(); p++) {
                List<TextPosition> glyphs = glyphs(pdf, p + 1);
                for (Page.Placed placed : layout.pages().get(p).items()) {
                    if (!(placed.item() instanceof VItem.LineBox line)) {
                        continue;
                    }
                    for (Fragment fragment : line.fragments()) {
                        if (fragment.text().isBlank()) {
                            continue;
                        }
                        // Reader coordinates run down from the page's top edge.
                        float baseline = placed.top() + line.baseline() - fragment.style().rise();
                        boolean found = glyphs.stream().anyMatch(g -> Math.abs(g.getXDirAdj() - fragment.x()) < 0.01f
                                && Math.abs(g.getYDirAdj() - baseline) < 0.05f);
                        checked++;
                        if (!found) {
                            misplaced.add("page " + (p + 1) + ": '" + fragment.text() + "' at " + fragment.x());
                        }
                    }
                }
            }
            assertTrue(checked > 500, "fragments checked: " + checked);
            assertEquals(List.of(), misplaced.subList(0, Math.min(5, misplaced.size())));
        }
    }

    private static List<TextPosition> glyphs(PDDocument pdf, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return glyphs;
    }
}
