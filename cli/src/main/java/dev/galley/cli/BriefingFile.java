package dev.galley.cli;

import dev.galley.core.config.SiteConfigReader;
import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.model.Author;
import dev.galley.core.publish.SkippedFiles;
import dev.galley.core.read.FrontMatter;
import dev.galley.core.read.SourceText;
import dev.galley.core.yaml.YamlReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A new briefing in a desk: {@code briefings/<slug>.md} with its front matter filled in from the
 * title, the day and the desk's {@code default_author}.
 */
final class BriefingFile {

    private final String title;
    private final LocalDate date;
    private final String lang; // null: the desk's
    private final boolean draft;

    BriefingFile(String title, LocalDate date, String lang, boolean draft) {
        this.title = title;
        this.date = date;
        this.lang = lang;
        this.draft = draft;
    }

    /**
     * Writes the briefing into the desk at {@code desk} and returns its file. A folder without
     * {@code galley.yaml}, or a briefing of that name already there, is {@link Refused}.
     */
    Path write(Path desk) throws IOException {
        Path config = desk.resolve("galley.yaml");
        if (!Files.isRegularFile(config)) {
            throw new Refused("no galley.yaml in " + (desk.toString().isEmpty() ? "." : desk)
                    + ": run this in a desk's folder, or give it with --content DIR"
                    + " (galley new desk DIR starts one)");
        }
        Optional<Author> author = SiteConfigReader.read(Files.readAllBytes(config), config.toString())
                .config().defaultAuthor();
        String slug = Slug.of(title, "briefing");
        Path file = desk.resolve("briefings").resolve(slug + ".md");
        if (Files.exists(file)) {
            throw new Refused(file + " already exists; give the new briefing another title,"
                    + " or rename the file afterwards");
        }
        Optional<Path> claimed = claimedBy(desk.resolve("briefings"), slug);
        if (claimed.isPresent()) {
            throw new Refused(claimed.get() + " already has the page name '" + slug + "' (its slug);"
                    + " give the new briefing another title, or rename the file afterwards");
        }
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text(author), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new Refused(file + " already exists; give the new briefing another title");
        }
        return file;
    }

    /**
     * The briefing whose front matter gives it the page name {@code slug} ({@code slug: …}), if
     * any: its file and the new one would be published at one address. Files that cannot be read
     * are passed over; the build reports them.
     */
    static Optional<Path> claimedBy(Path briefings, String slug) throws IOException {
        if (!Files.isDirectory(briefings)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(briefings)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
                    .filter(f -> !skipped(briefings.relativize(f)))
                    .sorted().toList();
        }
        for (Path f : files) {
            try {
                Diagnostics ignored = new Diagnostics(f.toString());
                Optional<FrontMatter> front = FrontMatter.split(SourceText.decode(Files.readAllBytes(f), ignored), ignored);
                // core's reader, with its limits: a briefing's YAML is read as a build would read it
                Optional<String> declared = front.flatMap(m -> new YamlReader(m.firstLine(), ignored, "front-matter")
                        .readMapping(m.yaml(), "front matter")).flatMap(map -> map.string("slug"));
                if (declared.map(String::strip).filter(slug::equals).isPresent()) {
                    return Optional.of(f);
                }
            } catch (IOException | RuntimeException e) {
                // not readable as a briefing: not a page name either
            }
        }
        return Optional.empty();
    }

    /** Whether a build passes the file over, as it does hidden files and folders and editors' leftovers. */
    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            if (SkippedFiles.skipped(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The file's text: its front matter and a line to write over. */
    String text(Optional<Author> author) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(YamlText.quoted(title)).append('\n');
        text.append("date: ").append(date).append('\n');
        author.ifPresent(a -> {
            text.append("author:\n  name: ").append(YamlText.quoted(a.name())).append('\n');
            a.role().ifPresent(role -> text.append("  role: ").append(YamlText.quoted(role)).append('\n'));
        });
        if (lang != null) {
            text.append("lang: ").append(lang).append('\n');
        }
        if (draft) {
            text.append("status: draft\n");
        }
        return text.append("---\n\nThe first paragraph of the briefing.\n").toString();
    }
}
