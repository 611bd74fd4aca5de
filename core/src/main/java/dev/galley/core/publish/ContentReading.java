package dev.galley.core.publish;

import dev.galley.core.text.Checksum;
import dev.galley.core.text.Digests;
import dev.galley.core.check.ContentRules;
import dev.galley.core.check.AliasCheck;
import dev.galley.core.check.LanguageCheck;
import dev.galley.core.check.LinkCheck;
import dev.galley.core.check.RuleLevels;
import dev.galley.core.config.SiteConfigReader;
import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.labels.Label;
import dev.galley.core.labels.LabelKey;
import dev.galley.core.labels.LabelsReader;
import dev.galley.core.read.SourceText;
import dev.galley.core.text.Languages;
import dev.galley.core.yaml.YamlReader;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.BriefingList;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.SitePaths;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.style.FontFile;
import dev.galley.core.style.FontFormat;
import dev.galley.core.style.Fonts;
import dev.galley.core.style.Logo;
import dev.galley.core.image.ImageFormat;
import dev.galley.core.model.SourcePos;
import dev.galley.core.read.BriefingReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The reading half of a build: the settings, every briefing (in parallel, reusing what the
 * build's memory already read), and the checks that need them all. Every problem goes into the
 * build's diagnostics; nothing is written.
 */
final class ContentReading {

    private final ContentFolder content;
    private final PublishRequest request;
    private final ExecutorService executor;
    private final BuildMemory memory;
    private final Progress progress;
    private final List<Diagnostic> diagnostics;
    private final List<LinkCheck.Facts> linkFacts = new ArrayList<>();
    private final Set<String> briefingFiles = new HashSet<>();
    private List<String> skipped = List.of();
    private final List<SvgFiles.Use> svgUses = new ArrayList<>();
    private final SvgFiles svgs;

    ContentReading(ContentFolder content, PublishRequest request, ExecutorService executor, BuildMemory memory,
                   Progress progress, List<Diagnostic> diagnostics) {
        this.content = content;
        this.request = request;
        this.executor = executor;
        this.memory = memory;
        this.progress = progress;
        this.diagnostics = diagnostics;
        this.svgs = new SvgFiles(content::read, memory);
    }

    /** The SVG files {@link #check} cleaned, for the renderers to publish. */
    SvgFiles svgs() {
        return svgs;
    }

    /**
     * {@code galley.yaml}, or the defaults when there is none, or when it cannot be read for a
     * reason the editor must fix (reported; the briefings are still read and checked).
     */
    SiteConfig config() throws IOException {
        return withFonts(withLogo(withSitePaths(withLabelFiles(settings()))));
    }

    private SiteConfig settings() throws IOException {
        if (!content.hasConfig()) {
            return SiteConfig.defaults();
        }
        String display = request.display(content.root().resolve(ContentFolder.CONFIG));
        byte[] bytes;
        try {
            bytes = content.read(ContentFolder.CONFIG);
        } catch (ContentFolder.Refusal e) {
            diagnostics.add(refused(display, e));
            return SiteConfig.defaults();
        }
        SiteConfigReader.Result result = SiteConfigReader.read(bytes, display);
        diagnostics.addAll(result.diagnostics());
        return result.config();
    }

    /**
     * {@code config} with the languages of the {@code labels/} files added: each file's labels,
     * then those {@code galley.yaml} gives for the same language, which are the desk's last word.
     */
    private SiteConfig withLabelFiles(SiteConfig config) throws IOException {
        List<String> files = content.labelFiles();
        if (files.isEmpty()) {
            return config;
        }
        Map<String, Map<LabelKey, Label>> labels = new TreeMap<>();
        for (String path : files) {
            String display = display(path);
            String name = path.substring(path.lastIndexOf('/') + 1);
            String tag = name.substring(0, name.length() - ".yaml".length());
            Optional<String> language = Languages.parse(tag);
            if (language.isEmpty()) {
                diagnostics.add(new Diagnostic(Severity.ERROR, display, SourcePos.START, "labels-file",
                        "a labels file is named after its language, such as labels/sv.yaml or labels/pt-BR.yaml"));
                continue;
            }
            byte[] bytes;
            try {
                bytes = content.read(path);
            } catch (ContentFolder.Refusal e) {
                diagnostics.add(refused(display, e));
                continue;
            }
            Diagnostics found = new Diagnostics(display);
            String text = SourceText.decode(bytes, found).text();
            if (!found.hasErrors()) {
                new YamlReader(1, found, "labels").readMapping(text, name)
                        .ifPresent(yaml -> labels.put(language.get(), LabelsReader.read(yaml, found)));
            }
            diagnostics.addAll(found.all());
        }
        config.labels().forEach((tag, table) -> labels.merge(tag, table, (file, yaml) -> {
            Map<LabelKey, Label> both = new TreeMap<>(file);
            both.putAll(yaml);
            return both;
        }));
        return config.withLabels(labels);
    }

    /**
     * {@code config} with the list of the wider site's addresses read from the file
     * {@code site_paths:} names; a file that cannot be read is an error, and no link is checked.
     */
    private SiteConfig withSitePaths(SiteConfig config) throws IOException {
        if (!config.sitePaths().given()) {
            return config;
        }
        String path = config.sitePaths().file();
        String display = display(path);
        try {
            Diagnostics found = new Diagnostics(display);
            String text = SourceText.decode(content.read(path), found).text();
            diagnostics.addAll(found.all());
            return config.withSitePaths(found.hasErrors() ? SitePaths.NONE : SitePaths.parse(path, text));
        } catch (ContentFolder.Refusal e) {
            diagnostics.add(refused(display, e));
        } catch (java.nio.file.NoSuchFileException e) {
            diagnostics.add(new Diagnostic(Severity.ERROR, display(ContentFolder.CONFIG), SourcePos.START, "config-value",
                    "site_paths names '" + path + "', which is not a file in the content folder"));
        }
        return config.withSitePaths(SitePaths.NONE);
    }

    /**
     * {@code config} if its logo is a PNG or JPEG file of the content folder; otherwise without
     * the logo, with an error at the setting (the first bytes tell the format, not the name).
     */
    private SiteConfig withLogo(SiteConfig config) throws IOException {
        Optional<Logo> logo = config.style().logo();
        if (logo.isEmpty()) {
            return config;
        }
        String path = logo.get().file();
        String problem;
        try {
            byte[] bytes = content.read(path);
            if (ImageFormat.of(bytes).isPresent()) {
                return config;
            }
            problem = "is not a PNG or JPEG image";
        } catch (ContentFolder.Refusal e) {
            problem = "cannot be used: " + e.getMessage();
        } catch (java.nio.file.NoSuchFileException e) {
            problem = "is not a file in the content folder";
        }
        diagnostics.add(new Diagnostic(Severity.ERROR, display(ContentFolder.CONFIG), logo.get().pos(), "style-logo",
                "the logo '" + path + "' " + problem));
        return config.withStyle(config.style().withoutLogo());
    }

    /**
     * {@code config} without the font files that cannot be used, each reported where
     * {@code galley.yaml} names it; the roles they were for keep Galley's own faces.
     */
    private SiteConfig withFonts(SiteConfig config) throws IOException {
        Fonts fonts = config.style().fonts();
        if (fonts.isDefault()) {
            return config;
        }
        Set<String> unusable = new TreeSet<>();
        Set<String> checked = new HashSet<>();
        for (FontFile font : (Iterable<FontFile>) fonts.files()::iterator) {
            if (!checked.add(font.file() + "#" + font.index())) {
                continue; // one file for several roles is read and reported once
            }
            Optional<String> problem;
            try {
                byte[] bytes = content.read(font.file());
                problem = bytes.length > MAX_FONT_BYTES
                        ? Optional.of("is larger than " + (MAX_FONT_BYTES >> 20) + " MB, more than any text font")
                        : FontFormat.problem(bytes, font.index());
            } catch (ContentFolder.Refusal e) {
                problem = Optional.of("cannot be used: " + e.getMessage());
            } catch (java.nio.file.NoSuchFileException e) {
                problem = Optional.of("is not a file in the content folder");
            }
            if (problem.isPresent()) {
                unusable.add(font.file());
                diagnostics.add(new Diagnostic(Severity.ERROR, display(ContentFolder.CONFIG), font.pos(), "style-font",
                        "the font '" + font.file() + "' " + problem.get()));
            }
        }
        return unusable.isEmpty() ? config : config.withStyle(config.style().withFonts(fonts.without(unusable)));
    }

    /** Large CJK faces run to 20 MB; a file far beyond that is not a font a desk meant. */
    private static final int MAX_FONT_BYTES = 64 << 20;

    private static Diagnostic refused(String display, ContentFolder.Refusal refusal) {
        return new Diagnostic(Severity.ERROR, display, SourcePos.START, refusal.code(), refusal.getMessage());
    }

    /**
     * The briefings' files, as editors see them, that have an error of their own (after the
     * desk's rule levels), in order; files that could not be read at all among them.
     */
    Set<String> failingBriefings() {
        Set<String> failing = new TreeSet<>();
        synchronized (diagnostics) {
            for (Diagnostic d : diagnostics) {
                if (d.isError() && briefingFiles.contains(d.file())) {
                    failing.add(d.file());
                }
            }
        }
        return failing;
    }

    /** A briefing's source file as editors see it. */
    String fileOf(BriefingList.Entry entry) {
        return display(entry.source());
    }

    /** Files and folders under {@code briefings/} that were skipped as hidden or editor files, as editors see them. */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    /**
     * Every briefing that could be read, newest first; duplicates of a slug are reported and left
     * out. Each file's own problems, including the editorial rules, are found as it is read; the
     * briefings are held only as memory allows (see {@link BriefingList}).
     */
    BriefingList briefings(SiteConfig config) throws IOException {
        return briefings(config, Optional.empty());
    }

    /**
     * {@link #briefings(SiteConfig)} after {@code changed} files were reported changed (by a
     * watcher): other files whose stamps are as they were when last read are not read again,
     * which at a thousand briefings is most of a preview's rebuild.
     */
    BriefingList briefings(SiteConfig config, Optional<Set<String>> changed) throws IOException {
        BriefingReader reader = new BriefingReader(config, content::isInside);
        ContentFolder.Listing listing = content.briefings();
        List<String> paths = listing.briefings();
        skipped = listing.skipped().stream().map(this::display).toList();
        for (String folder : listing.closed()) {
            diagnostics.add(new Diagnostic(Severity.ERROR, display(folder), SourcePos.START, "unreadable",
                    "Galley may not look into this folder (permission denied); give it read and execute"
                            + " permission, for example chmod a+rx"));
        }
        memory.keepReads(paths);
        List<Future<FileRead>> results = new ArrayList<>(Collections.nCopies(paths.size(), null));
        // The reported files first: in a preview's rebuild, parsing the saved briefing is most of
        // the reading, and it waited behind the stamps of the files listed before it.
        for (boolean reported : new boolean[] {true, false}) {
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                boolean trustStamp = changed.isPresent() && !changed.get().contains(path);
                if (trustStamp != reported) {
                    String display = display(path);
                    briefingFiles.add(display);
                    results.set(i, executor.submit(() -> read(reader, path, display, config, trustStamp)));
                }
            }
        }
        List<BriefingList.Entry> entries = new ArrayList<>();
        Map<String, String> sourceBySlug = new HashMap<>();
        int done = 0;
        for (Future<FileRead> future : results) {
            FileRead read = await(future);
            progress.step("read", ++done, results.size());
            diagnostics.addAll(read.diagnostics());
            read.entry().ifPresent(entry -> {
                String source = read.source();
                String other = sourceBySlug.putIfAbsent(entry.slug(), source);
                if (other != null) {
                    diagnostics.add(new Diagnostic(Severity.ERROR, request.display(content.root().resolve(source)),
                            SourcePos.START, "duplicate-slug", "this briefing's page name '" + entry.slug()
                            + "' is already taken by " + other + "; rename one of the files or set another 'slug:'"));
                } else {
                    entries.add(entry);
                    read.links().ifPresent(linkFacts::add);
                    svgUses.addAll(read.svgs());
                }
            });
        }
        return BriefingList.of(entries);
    }

    private String display(String path) {
        String shown = request.display(content.root().resolve(path));
        return path.endsWith("/") && !shown.endsWith("/") ? shown + "/" : shown;
    }

    /**
     * One file read, or recalled from the build's memory when its bytes have not changed (or, for
     * a file the watcher did not report, when its stamp has not).
     */
    private FileRead read(BriefingReader reader, String path, String display, SiteConfig config,
                          boolean trustStamp) {
        Optional<ContentFolder.Stamp> stamp = content.stamp(path);
        if (trustStamp && stamp.isPresent()) {
            Optional<FileRead> known = memory.unchanged(path, stamp.get(), config, display);
            if (known.isPresent()) {
                return known.get();
            }
        }
        byte[] bytes;
        try {
            bytes = content.read(path);
        } catch (ContentFolder.Refusal e) {
            return FileRead.failed(path, refused(display, e));
        } catch (IOException e) {
            return FileRead.failed(path, new Diagnostic(Severity.ERROR,
                    display, SourcePos.START, "io", "cannot read this file: " + Publisher.describe(e)));
        }
        byte[] digest = sourceDigest(bytes);
        Optional<FileRead> known = memory.read(path, digest, config, display);
        if (known.isPresent()) {
            memory.rememberRead(path, digest, stamp, config, display, known.get()); // touched, not changed
            return known.get();
        }
        try {
            BriefingReader.Result result = reader.read(path, display, bytes);
            List<Diagnostic> found = new ArrayList<>(result.diagnostics());
            result.briefing().ifPresent(b -> found.addAll(ContentRules.check(b, display)));
            Optional<BriefingList.Entry> entry = result.briefing().map(b -> new BriefingList.Entry(b,
                    Digests.hex(digest), () -> reread(reader, path, display, digest)));
            FileRead read = new FileRead(path, entry, result.briefing().map(b -> LinkCheck.Facts.of(b, display, config.baseUrl())),
                    result.briefing().map(b -> SvgFiles.uses(b, display)).orElse(List.of()), found);
            memory.rememberRead(path, digest, stamp, config, display, read);
            return read;
        } catch (RuntimeException e) {
            // A bug in Galley, not in the file; still one file's problem, reported as such.
            return FileRead.failed(path, new Diagnostic(Severity.ERROR,
                    display, SourcePos.START, "internal", "Galley failed to read this file ("
                    + e + "); please report it with the file attached"));
        }
    }

    /**
     * What tells one version of a source file from another within a process: a {@link Checksum}.
     * It only decides whether a file changed between two reads (the preview's rebuilds, a briefing
     * read again for a renderer) and names nothing kept between runs; SHA-256 of every source was
     * a tenth of reading a desk on the first JIT tier.
     */
    private static byte[] sourceDigest(byte[] bytes) {
        return ByteBuffer.allocate(Long.BYTES).putLong(Checksum.of(bytes)).array();
    }

    /**
     * Reads a briefing again for a renderer after memory ran short. The file must still have the
     * bytes the build checked: a file saved mid-build would otherwise publish unchecked text.
     */
    private Briefing reread(BriefingReader reader, String path, String display, byte[] digest) {
        byte[] bytes;
        try {
            bytes = content.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(display + " could not be read again: " + Publisher.describe(e), e);
        }
        if (!Arrays.equals(sourceDigest(bytes), digest)) {
            throw new IllegalStateException(display + " changed while it was being published; publish again");
        }
        return reader.read(path, display, bytes).briefing()
                .orElseThrow(() -> new IllegalStateException(display + " could not be read again"));
    }

    /**
     * Site-wide link checks over the briefings {@link #briefings} read, the SVG files they use
     * (cleaned once each), then every file's problems graded as {@code galley.yaml} says.
     */
    void check(SiteConfig config, BriefingList briefings) throws IOException {
        diagnostics.addAll(LinkCheck.check(linkFacts, request.build().includeDrafts(), PageNames.of(briefings, config.baseUrl()),
                config.sitePaths()));
        Map<String, String> files = new HashMap<>();
        for (LinkCheck.Facts facts : linkFacts) {
            files.putIfAbsent(facts.slug(), facts.file());
        }
        diagnostics.addAll(LanguageCheck.check(config, briefings, files));
        diagnostics.addAll(AliasCheck.check(briefings, files));
        diagnostics.addAll(svgs.check(svgUses, executor));
        List<Diagnostic> graded = RuleLevels.apply(config, diagnostics);
        diagnostics.clear();
        diagnostics.addAll(graded);
    }


    private static FileRead await(Future<FileRead> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(Publisher.describe(e.getCause()), e.getCause());
        }
    }

}
