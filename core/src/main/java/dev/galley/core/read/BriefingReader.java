package dev.galley.core.read;

import com.vladsch.flexmark.util.ast.Document;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.Block;
import dev.galley.core.model.BodyCounts;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Footnote;
import dev.galley.core.model.Meta;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.Section;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SourcePos;
import dev.galley.core.text.Slugs;
import dev.galley.core.yaml.YamlMap;
import dev.galley.core.yaml.YamlReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads one briefing's bytes into a {@link Briefing}, reporting every problem it finds with its
 * line and column. Pure apart from asking whether image files exist; safe to use from several
 * threads at once.
 */
public final class BriefingReader {

    /** Larger files are refused before parsing: no briefing is this long, and memory is finite. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final SiteConfig config;
    private final Predicate<String> contentFileExists;

    /**
     * @param config            the site's settings (default language and author)
     * @param contentFileExists whether a path relative to the content folder names a file
     */
    public BriefingReader(SiteConfig config, Predicate<String> contentFileExists) {
        this.config = config;
        this.contentFileExists = contentFileExists;
    }

    /** A briefing (absent when it could not be read at all) and what was wrong with it. */
    public record Result(Optional<Briefing> briefing, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * @param sourcePath  the file's path relative to the content folder, with forward slashes
     * @param displayPath the file's path as editors see it in diagnostics
     * @param bytes       the file's contents
     */
    public Result read(String sourcePath, String displayPath, byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics(displayPath);
        if (bytes.length > MAX_BYTES) {
            diagnostics.error(SourcePos.START, "too-large", String.format(Locale.ROOT,
                    "this file is %.1f MB; briefings may be at most %d MB", bytes.length / 1048576.0,
                    MAX_BYTES / 1048576));
            return new Result(Optional.empty(), diagnostics.all());
        }
        String slug = slugOf(sourcePath);
        if (slug.isEmpty()) {
            diagnostics.error(SourcePos.START, "slug", "the file name gives no usable page name;"
                    + " name it with letters or digits, such as nato-summit.md");
            return new Result(Optional.empty(), diagnostics.all());
        }
        try {
            return new Result(Optional.of(parse(sourcePath, slug, bytes, diagnostics)), diagnostics.all());
        } catch (StackOverflowError e) {
            diagnostics.error(SourcePos.START, "nesting", "this file is nested too deeply to read"
                    + " (lists, quotes or brackets inside each other thousands of times)");
            return new Result(Optional.empty(), diagnostics.all());
        }
    }

    private Briefing parse(String sourcePath, String slug, byte[] bytes, Diagnostics diagnostics) {
        SourceText source = SourceText.decode(bytes, diagnostics);
        if (source.text().isBlank()) {
            diagnostics.warning(SourcePos.START, "empty", "this briefing is empty");
        }
        Optional<FrontMatter> frontMatter = FrontMatter.split(source, diagnostics);
        String body = frontMatter.map(FrontMatter::body).orElse(source.text());

        // Positions are looked up in the text Flexmark saw; it has the file's lines, front matter blanked.
        SourceText parsed = frontMatter.isPresent() ? SourceText.of(body) : source;
        Document document = MarkdownLimits.check(parsed, diagnostics) ? parseWithin(parsed, diagnostics)
                : FlexmarkParser.parse("");
        Targets targets = new Targets(sourcePath, diagnostics, contentFileExists, config.baseUrl());
        MarkdownConverter converter = new MarkdownConverter(parsed, document, diagnostics, targets);
        List<MarkdownConverter.TopLevel> topLevel = new ArrayList<>(converter.topLevel());

        MetaReader metaReader = new MetaReader(diagnostics, config);
        Meta meta;
        Optional<YamlMap> yaml = frontMatter.flatMap(fm -> new YamlReader(fm.firstLine(), diagnostics, "front-matter")
                .readMapping(fm.yaml(), "front matter"));
        if (yaml.isPresent()) {
            meta = metaReader.read(yaml.get(), titleFromFileName(slug));
        } else if (frontMatter.isPresent()) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error(SourcePos.START, "front-matter-title",
                        "front matter needs a 'title:', the briefing's headline");
            }
            meta = metaReader.withoutFrontMatter(titleFromFileName(slug));
        } else if (diagnostics.all().stream().anyMatch(d -> d.code().equals("front-matter-unclosed"))) {
            meta = metaReader.withoutFrontMatter(titleFromFileName(slug));
        } else {
            meta = metaReader.withoutFrontMatter(titleWithoutFrontMatter(topLevel, slug, diagnostics));
        }

        SectionBuilder sections = new SectionBuilder(diagnostics);
        for (MarkdownConverter.TopLevel item : topLevel) {
            if (item instanceof MarkdownConverter.TopHeading heading) {
                sections.heading(heading.level(), heading.inlines(), heading.pos(), heading.id(), heading.idPos());
            } else if (item instanceof MarkdownConverter.TopAnchors anchors) {
                sections.anchors(anchors.anchors());
            } else {
                sections.block(((MarkdownConverter.TopBlock) item).block());
            }
        }
        List<Block> lead = sections.lead();
        Optional<Block.Figure> cover = yaml.flatMap(map -> CoverReader.read(map, targets, diagnostics));
        if (cover.isPresent()) {
            meta = meta.withCover(cover.get());
            lead = new ArrayList<>(lead);
            lead.add(0, cover.get());
        }
        List<Section> tree = sections.sections();
        List<Footnote> footnotes = converter.footnotes();
        return new Briefing(sourcePath, meta.slug().orElse(slug), meta, lead, tree, footnotes,
                BodyCounts.of(lead, tree, footnotes));
    }

    /** The text parsed, or an empty document when the parser gave up on a block (reported there). */
    private static Document parseWithin(SourceText text, Diagnostics diagnostics) {
        try {
            return FlexmarkParser.parse(text.text());
        } catch (TooComplex e) {
            diagnostics.error(text.position(e.offset), "too-complex", "this paragraph is too complex to"
                    + " read: thousands of unmatched *, _, [ or ] marks. Split it, or escape the marks"
                    + " with \\");
            return FlexmarkParser.parse("");
        }
    }

    /**
     * Without front matter the title is the document's opening level-1 heading, taken out of the
     * body; failing that, the file name. Either way the editor is told.
     */
    private static String titleWithoutFrontMatter(List<MarkdownConverter.TopLevel> topLevel,
                                                  String slug, Diagnostics diagnostics) {
        if (!topLevel.isEmpty() && topLevel.get(0) instanceof MarkdownConverter.TopHeading first
                && first.level() == 1) {
            topLevel.remove(0);
            String title = PlainText.of(first.inlines()).strip();
            diagnostics.warning(SourcePos.START, "front-matter-missing", "no front matter; the title “"
                    + title + "” is taken from the first heading. Add '---', 'title: …', '---' at the top");
            return title;
        }
        String title = titleFromFileName(slug);
        diagnostics.warning(SourcePos.START, "front-matter-missing", "no front matter; the title “"
                + title + "” is made from the file name. Add '---', 'title: …', '---' at the top");
        return title;
    }

    private static String titleFromFileName(String slug) {
        String words = slug.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The page name of a source file: the slug of its file name without {@code .md}. */
    public static String slugOf(String sourcePath) {
        return Slugs.ofFile(sourcePath);
    }
}
