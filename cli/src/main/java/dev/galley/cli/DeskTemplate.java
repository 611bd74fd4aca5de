package dev.galley.cli;

import dev.galley.core.Galley;

import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new desk: the files of {@code galley new desk DIR}, which are those of the Maven archetype
 * {@code galley-desk-archetype} (its {@code archetype-resources/}, on the class path), their
 * properties filled in as the archetype fills them: {@code ${title}}, {@code ${titleXml}} and
 * {@code ${titleYaml}} (the title escaped for XML and for a double-quoted YAML scalar),
 * {@code ${lang}}, {@code ${galleyVersion}}, {@code ${date}}, {@code ${artifactId}} (from the
 * folder's name), {@code ${groupId}} and {@code ${version}}.
 */
final class DeskTemplate {

    /** The file in the desk (its name in the archetype too), and whether it is the wrapper script. */
    private record Entry(String path, boolean executable) {
    }

    /** What {@code galley new desk} says for the archetype's properties that it does not ask. */
    static final String GROUP_ID = "desk";
    static final String VERSION = "1.0-SNAPSHOT";

    private static final List<Entry> ENTRIES = List.of(
            new Entry("pom.xml", false),
            new Entry("galley.yaml", false),
            new Entry("briefings/welcome.md", false),
            new Entry(".gitignore", false),
            new Entry("README.md", false),
            new Entry("mvnw", true),
            new Entry("mvnw.cmd", false),
            new Entry(".mvn/wrapper/maven-wrapper.properties", false),
            new Entry(".github/workflows/galley.yml", false),
            new Entry(".gitlab-ci.yml", false));

    /** A reference to a property; others (the wrapper's shell variables, Maven's) are left alone. */
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([A-Za-z]+)}");

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
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("title", title);
        properties.put("titleXml", xml(title));
        properties.put("titleYaml", YamlText.escaped(title));
        properties.put("lang", lang);
        properties.put("galleyVersion", Galley.version());
        properties.put("date", date.toString());
        properties.put("artifactId", artifact);
        properties.put("groupId", GROUP_ID);
        properties.put("version", VERSION);
        for (Entry entry : ENTRIES) {
            // in one pass, as Velocity does: a title that reads "${lang}" stays as it is
            Matcher reference = PROPERTY.matcher(template(entry.path()));
            String text = reference.replaceAll(found -> Matcher.quoteReplacement(
                    properties.getOrDefault(found.group(1), found.group())));
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
        return ClassPathText.read("/archetype-resources/" + name);
    }

    private static String xml(String text) {
        // Control characters cannot be written in XML 1.0 at all: a space stands in.
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ")
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
