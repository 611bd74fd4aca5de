package dev.galley.render.pdf;

import dev.galley.core.model.Author;
import dev.galley.core.model.Block;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.BriefingList;
import dev.galley.core.model.Meta;
import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.publish.Artifact;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.CacheKey;
import dev.galley.core.publish.RenderContext;
import dev.galley.core.publish.Renderer;
import dev.galley.render.pdf.draw.PdfMetadata;
import dev.galley.render.pdf.draw.PdfWriter;
import dev.galley.render.pdf.font.DeskFaces;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.font.TypeFaces;
import dev.galley.render.pdf.hyphen.Hyphenator;
import dev.galley.render.pdf.page.BriefingLayout;
import dev.galley.render.pdf.page.LaidOutBriefing;
import dev.galley.render.pdf.page.PageGeometry;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
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

    /**
     * Reads the common faces and the site language's hyphenation patterns into the JVM's caches. (Also
     * setting and writing a sample paragraph here, to load the typesetter's classes ahead, made
     * the seed's build no faster in runs taken in turn, 1.35 s against 1.29 s, for 14 % more CPU.)
     */
    @Override
    public void prepare(SiteConfig config) {
        FontLibrary.get().readCommon();
        Hyphenator.forLanguage(config.lang());
    }

    @Override
    public void render(Site site, RenderContext context) throws IOException {
        FontLibrary fonts = FontLibrary.get();
        reportUnhyphenated(site, context);
        // In an incremental build only changed briefings are set again; core carries the others'
        // PDFs and their recorded artifacts over.
        PageNames pages = PageNames.of(site.briefings(), site.config().baseUrl());
        TypeFaces faces = DeskFaces.load(site.config().style().fonts(), file -> Files.readAllBytes(context.contentFile(file)),
                (file, problem) -> context.reportFile(Severity.ERROR, "galley.yaml", file.pos(), "style-font",
                        "the font '" + file.file() + "' " + problem));
        context.forEach(context.toRender(site.briefings()), briefing -> render(site, briefing, fonts, faces, pages, context));
    }

    /**
     * Once per build and language: the briefings in a language Galley has no hyphenation patterns
     * for are set ragged right, said at the first of them (in the site's order) with how many.
     */
    private static void reportUnhyphenated(Site site, RenderContext context) {
        List<Briefing> briefings = site.briefings();
        // the front matter alone: a large desk's briefings need not all be in memory for this
        IntFunction<Meta> meta = briefings instanceof BriefingList list ? i -> list.entry(i).meta()
                : i -> briefings.get(i).meta();
        Map<String, int[]> unhyphenated = new LinkedHashMap<>(); // language: first briefing, count
        for (int i = 0; i < briefings.size(); i++) {
            String lang = meta.apply(i).lang();
            if (!Hyphenator.hasPatterns(lang)) {
                int index = i;
                unhyphenated.computeIfAbsent(lang.toLowerCase(Locale.ROOT), l -> new int[] {index, 0})[1]++;
            }
        }
        unhyphenated.forEach((lang, found) -> {
            Briefing first = briefings.get(found[0]);
            context.report(Severity.WARNING, first, first.meta().positionOf("lang"), "hyphenation-missing",
                    "Galley has no hyphenation patterns for '" + first.meta().lang() + "', so the text of "
                            + found[1] + (found[1] == 1 ? " PDF" : " PDFs")
                            + " is set ragged right instead of justified");
        });
    }

    private static void render(Site site, Briefing briefing, FontLibrary fonts, TypeFaces faces, PageNames pages,
                               RenderContext context) throws IOException {
        BriefingReporter reporter = new BriefingReporter(context, briefing);
        String path = Site.pdfPath(briefing);
        // Digesting the whole briefing and its images is wasted work in a build without a cache.
        Optional<String> key = context.caches() ? Optional.of(cacheKey(site, briefing, pages, context)) : Optional.empty();
        Optional<CachedPdf> cached = key.flatMap(context::recall).flatMap(CachedPdf::of);
        if (cached.isPresent()) {
            context.write(path, cached.get().pdf());
            context.recordArtifact(new Artifact(path, cached.get().pdf().length, cached.get().pages()));
            cached.get().warnings().forEach(reporter::report);
            return;
        }
        ImageAssets images = ImageAssets.load(briefing, site.config().style().logo(), context, reporter);
        PageGeometry geometry = PageGeometry.of(site.config().pageSize(), site.config().style().margins(),
                site.config().style().facing());
        LaidOutBriefing layout = BriefingLayout.layout(site.config(), briefing, fonts, reporter,
                geometry, images, pages, faces);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfWriter.write(layout, metadata(briefing.meta(), context.build()), images.all(), images.drawings(), fonts,
                reporter, pdf);
        byte[] bytes = pdf.toByteArray();
        context.write(path, bytes);
        context.recordArtifact(new Artifact(path, bytes.length, layout.pages().size()));
        reporter.finish();
        key.ifPresent(k -> context.keep(k, new CachedPdf(bytes, layout.pages().size(), reporter.reported()).toBytes()));
    }

    /**
     * What a briefing's PDF depends on beyond the model, the settings and Galley's build: the
     * bytes of every image it may embed (an image edited in place changes the PDF, not the text).
     */
    private static String cacheKey(Site site, Briefing briefing, PageNames pages, RenderContext context) {
        CacheKey key = CacheKey.of(PdfRenderer.class, site.config(), context.build(), briefing).add(pages.reachedFrom(briefing));
        List<String> sources = new java.util.ArrayList<>();
        site.config().style().logo().ifPresent(logo -> sources.add(logo.file()));
        site.config().style().fonts().files().forEach(font -> sources.add(font.file()));
        ImageAssets.figures(briefing).forEach(figure -> sources.add(figure.image().source()));
        for (String source : sources) {
            key.add(source);
            if (!ImageAssets.isRemote(source)) {
                try {
                    Path file = context.contentFile(source);
                    if (Files.size(file) > ImageAssets.MAX_BYTES) { // refused when set: no need to read it
                        key.add("too large " + Files.size(file) + " " + Files.getLastModifiedTime(file));
                    } else {
                        key.add(Files.readAllBytes(file));
                    }
                } catch (IOException e) {
                    key.add("unreadable"); // reported when the PDF is set; keyed so a fix shows
                }
            }
        }
        return key.hex();
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
