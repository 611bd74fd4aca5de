package dev.galley.cli;

import dev.galley.core.Galley;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A new desk: the files of {@code galley new desk DIR}, from the templates under
 * {@code dev/galley/cli/desk/}, their {@code {{title}}}, {@code {{lang}}}, {@code {{version}}},
 * {@code {{date}}} and {@code {{artifact}}} filled in, the title escaped for the file it goes in.
 */
final class DeskTemplate {

    /** The file in the desk, and the template it is made from. */
    private record Entry(String path, String template, UnaryOperator<String> escape, boolean executable) {
    }

    private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();

    private static final List<Entry> ENTRIES = List.of(
            new Entry("pom.xml", "pom.xml", DeskTemplate::xml, false),
            new Entry("galley.yaml", "galley.yaml", YamlText::quoted, false),
            new Entry("briefings/welcome.md", "welcome.md", YamlText::quoted, false),
            new Entry(".gitignore", "gitignore", AS_IS, false),
            new Entry("README.md", "README.md", AS_IS, false),
            new Entry("mvnw", "mvnw", AS_IS, true),
            new Entry("mvnw.cmd", "mvnw.cmd", AS_IS, false),
            new Entry(".mvn/wrapper/maven-wrapper.properties", "maven-wrapper.properties", AS_IS, false),
            new Entry(".github/workflows/galley.yml", "github-workflow.yml", AS_IS, false),
            new Entry(".gitlab-ci.yml", "gitlab-ci.yml", AS_IS, false));

    private final String title;
    private final String lang;
    private final LocalDate date;

    DeskTemplate(String title, String lang, LocalDate date) {
        this.title = title;
        this.lang = lang;
        this.date = date;
    }

    /** The files, in the order written, relative to the desk. */
    static List<String> paths() {
        return ENTRIES.stream().map(Entry::path).toList();
    }

    /**
     * Writes the desk into {@code dir}, which must not exist or be an empty folder; anything else
     * is {@link Refused} before a file is written. Returns the files written.
     */
    List<Path> write(Path dir) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dir)) {
                throw new Refused(dir + " exists and is not a folder; nothing was written");
            }
            try (Stream<Path> inside = Files.list(dir)) {
                if (inside.findAny().isPresent()) {
                    throw new Refused(dir + " is not empty; a new desk goes in a new or empty folder,"
                            + " and nothing was written");
                }
            }
        }
        Map<Path, String> files = new LinkedHashMap<>();
        String artifact = Slug.of(dir.toAbsolutePath().normalize().getFileName() == null ? ""
                : dir.toAbsolutePath().normalize().getFileName().toString(), "desk");
        for (Entry entry : ENTRIES) {
            String text = template(entry.template())
                    .replace("{{title}}", entry.escape().apply(title))
                    .replace("{{lang}}", lang)
                    .replace("{{version}}", Galley.version())
                    .replace("{{date}}", date.toString())
                    .replace("{{artifact}}", artifact);
            files.put(dir.resolve(entry.path()), text);
        }
        for (Entry entry : ENTRIES) {
            Path file = dir.resolve(entry.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, files.get(file), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            if (entry.executable()) {
                PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
                if (posix != null) {
                    posix.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        return List.copyOf(files.keySet());
    }

    private static String template(String name) {
        try (InputStream in = DeskTemplate.class.getResourceAsStream("desk/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the desk template " + name + " is missing from this build of Galley");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xml(String text) {
        // Control characters cannot be written in XML 1.0 at all: a space stands in.
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ")
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
