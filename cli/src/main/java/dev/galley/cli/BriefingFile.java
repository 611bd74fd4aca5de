package dev.galley.cli;

import dev.galley.core.config.SiteConfigReader;
import dev.galley.core.model.Author;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;

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
        Path file = desk.resolve("briefings").resolve(Slug.of(title, "briefing") + ".md");
        if (Files.exists(file)) {
            throw new Refused(file + " already exists; give the new briefing another title,"
                    + " or rename the file afterwards");
        }
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text(author), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new Refused(file + " already exists; give the new briefing another title");
        }
        return file;
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
