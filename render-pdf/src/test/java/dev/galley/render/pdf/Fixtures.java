package dev.galley.render.pdf;

import dev.galley.core.model.Author;
import dev.galley.core.model.Block;
import dev.galley.core.model.BodyCounts;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Inline;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.Section;
import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SourcePos;
import dev.galley.core.model.Status;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import dev.galley.core.publish.TestRenderContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builds sites and briefings by hand for the renderer's tests, and renders them. */
final class Fixtures {

    static final Path SEED = Path.of("/work/shared/seed/briefing-source.txt");

    private Fixtures() {
    }

    /**
     * Publishes the content folder {@code content} into {@code out} with the PDF renderer alone,
     * as on 1 December 2026 on {@code threads} threads, and checks that it reports no problem.
     */
    static void publishPdfs(Path content, Path out, int threads) {
        BuildContext build = new BuildContext(Instant.parse("2026-12-01T12:00:00Z"),
                Optional.of(Instant.parse("2026-12-01T00:00:00Z")), threads, false, "test");
        PublishReport report = new Publisher(List.of(new PdfRenderer())).publish(
                new PublishRequest(content, out, build, content, false));
        assertEquals(List.of(), report.diagnostics().stream().map(Object::toString).toList(),
                content + " publishes without a problem");
    }

    static SourcePos at(int line, int column) {
        return new SourcePos(line, column);
    }

    static Inline.Text text(String text, int line) {
        return new Inline.Text(text, at(line, 1));
    }

    static Block.Paragraph paragraph(String text, int line) {
        return new Block.Paragraph(List.of(text(text, line)), at(line, 1));
    }

    static Block.Paragraph paragraph(int line, Inline... inlines) {
        return new Block.Paragraph(List.of(inlines), at(line, 1));
    }

    static Section section(String id, int level, String heading, int line, List<Block> blocks,
                           List<Section> children) {
        return new Section(id, level, List.of(text(heading, line)), blocks, children, at(line, 1));
    }

    static Meta meta(String title) {
        return new Meta(title, Optional.of("What the counteroffensive means for the alliance"),
                Optional.of(LocalDate.of(2026, 11, 28)), Optional.of(LocalDate.of(2026, 12, 3)),
                List.of(new Author("Ada Lovelace", Optional.of("Senior analyst")), Author.named("Alan Turing")),
                List.of("NATO", "Ukraine"), Optional.of("A summary."), Status.PUBLISHED,
                Optional.empty(), Optional.of("INTERNAL"), "en-GB", Map.of(), Map.of());
    }

    static Meta bareMeta(String title) {
        return new Meta(title, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), Status.PUBLISHED, Optional.empty(), Optional.empty(), "en", Map.of(), Map.of());
    }

    static Briefing briefing(String slug, Meta meta, List<Block> lead, List<Section> sections,
                             List<Footnote> footnotes) {
        return new Briefing("briefings/" + slug + ".md", slug, meta, lead, sections, footnotes,
                BodyCounts.of(lead, sections, footnotes));
    }

    static Briefing briefing(String slug, List<Block> lead) {
        return briefing(slug, meta("Title of " + slug), lead, List.of(), List.of());
    }

    static Site site(PaperSize paper, Briefing... briefings) {
        return new Site(new SiteConfig("The Desk", Optional.empty(), "en", Optional.empty(), paper,
                SiteConfig.DEFAULT_TOC_MIN_PAGES, Map.of()),
                List.of(briefings));
    }

    /**
     * The seed briefing: its first line is the lead paragraph; short lines without a final full
     * stop are level-2 headings; other lines are paragraphs of the section above them.
     */
    static Briefing seedBriefing(String slug) throws IOException {
        List<String> lines = Files.readAllLines(SEED);
        List<Block> lead = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        String heading = null;
        int headingLine = 0;
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (i > 0 && isHeading(line)) {
                if (heading != null) {
                    sections.add(section("s" + sections.size(), 2, heading, headingLine, blocks, List.of()));
                }
                heading = line;
                headingLine = number;
                blocks = new ArrayList<>();
            } else if (heading == null) {
                lead.add(paragraph(line, number));
            } else {
                blocks.add(paragraph(line, number));
            }
        }
        if (heading != null) {
            sections.add(section("s" + sections.size(), 2, heading, headingLine, blocks, List.of()));
        }
        return briefing(slug, meta("NATO after Ukraine: will the alliance hold?"), lead, sections, List.of());
    }

    static boolean isHeading(String line) {
        return line.length() < 80 && !line.endsWith(".") && !line.endsWith("?") && !line.endsWith("!");
    }

    /** Renders {@code site} with {@code threads} threads into {@code out}; returns the diagnostics. */
    static List<dev.galley.core.diagnostic.Diagnostic> render(Site site, Path out, Path content, int threads)
            throws IOException {
        try (TestRenderContext context = new TestRenderContext(out, content, threads)) {
            new PdfRenderer().render(site, context.context());
            return context.diagnostics();
        }
    }
}
