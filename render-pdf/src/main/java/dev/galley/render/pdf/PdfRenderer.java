package dev.galley.render.pdf;

import dev.galley.core.model.Author;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Meta;
import dev.galley.core.model.Site;
import dev.galley.core.publish.Artifact;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.RenderContext;
import dev.galley.core.publish.Renderer;
import dev.galley.render.pdf.draw.PdfMetadata;
import dev.galley.render.pdf.draw.PdfWriter;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.page.BriefingLayout;
import dev.galley.render.pdf.page.LaidOutBriefing;
import dev.galley.render.pdf.page.PageGeometry;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The print briefing: one tagged PDF/UA-1 and PDF/A-2a per briefing at {@link Site#pdfPath}, set in embedded DejaVu
 * subsets, justified with Knuth–Plass line breaking and Liang hyphenation for the briefing's
 * language, with a masthead, a table of contents for long briefings, footnotes at the foot of
 * their page, running heads, "page N of M", an outline and links. Runs the typesetter's stages in
 * order (runs, items, lines, pages, drawing), one briefing per task on the build's threads; the
 * bytes depend only on the model and the build's source date.
 */
public final class PdfRenderer implements Renderer {

    public PdfRenderer() {
    }

    @Override
    public String name() {
        return "pdf";
    }

    /** Before the pages that show the PDF's size and page count. */
    @Override
    public int order() {
        return 10;
    }

    @Override
    public void render(Site site, RenderContext context) throws IOException {
        FontLibrary fonts = FontLibrary.get();
        // In an incremental build only changed briefings are set again; core carries the others'
        // PDFs and their recorded artifacts over.
        context.forEach(context.toRender(site.briefings()), briefing -> render(site, briefing, fonts, context));
    }

    private static void render(Site site, Briefing briefing, FontLibrary fonts, RenderContext context)
            throws IOException {
        BriefingReporter reporter = new BriefingReporter(context, briefing);
        ImageAssets images = ImageAssets.load(briefing, context, reporter);
        PageGeometry geometry = PageGeometry.of(site.config().paper());
        LaidOutBriefing layout = BriefingLayout.layout(site.config(), briefing, fonts, reporter,
                geometry, images);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfWriter.write(layout, metadata(briefing.meta(), context.build()), images.all(), fonts, reporter, pdf);
        String path = Site.pdfPath(briefing);
        context.write(path, pdf.toByteArray());
        context.recordArtifact(new Artifact(path, pdf.size(), layout.pages().size()));
        reporter.finish();
    }

    /** Document information from the front matter; dates never from the clock. */
    static PdfMetadata metadata(Meta meta, BuildContext build) {
        Optional<Instant> created = meta.date().map(PdfRenderer::midnightUtc).or(build::sourceDate);
        Optional<Instant> modified = meta.updated().map(PdfRenderer::midnightUtc).or(() -> created);
        String authors = meta.authors().stream().map(Author::name).collect(Collectors.joining(", "));
        return new PdfMetadata(meta.title(), authors, meta.dek().or(meta::summary).orElse(""),
                String.join(", ", meta.topics()), "Galley", "Galley " + build.galleyVersion(),
                meta.lang(), created, modified);
    }

    private static Instant midnightUtc(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
