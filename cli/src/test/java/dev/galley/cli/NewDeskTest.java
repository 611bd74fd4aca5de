package dev.galley.cli;

import dev.galley.core.Galley;
import dev.galley.core.config.SiteConfigReader;
import dev.galley.core.model.Author;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code galley new desk} and {@code galley new briefing}: a desk that publishes as it comes. */
class NewDeskTest {

    /** 2026-03-04T05:06:07Z, as SOURCE_DATE_EPOCH would give it. */
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1772600767L), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Run galley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GalleyCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesADeskWhoseSettingsRead() throws IOException {
        Path desk = dir.resolve("north-desk");
        Run run = galley("new", "desk", desk.toString(), "--title", "North: \"Ice\" & Sea", "--lang", "en-gb");
        assertEquals(0, run.code(), run.err());
        for (String file : DeskTemplate.paths()) {
            assertTrue(Files.isRegularFile(desk.resolve(file)), file);
            assertTrue(run.out().contains(desk.resolve(file).toString()), run.out());
        }
        var read = SiteConfigReader.read(Files.readAllBytes(desk.resolve("galley.yaml")), "galley.yaml");
        assertEquals(List.of(), read.diagnostics());
        assertEquals("North: \"Ice\" & Sea", read.config().title());
        assertEquals("en-GB", read.config().lang());

        String pom = Files.readString(desk.resolve("pom.xml"));
        assertTrue(pom.contains("<galley.version>" + Galley.version() + "</galley.version>"), pom);
        assertTrue(pom.contains("<artifactId>galley-maven-plugin</artifactId>"), pom);
        assertTrue(pom.contains("<artifactId>north-desk</artifactId>"), pom);
        assertTrue(pom.contains("<name>North: \"Ice\" &amp; Sea</name>"), pom);
        assertTrue(Files.readString(desk.resolve("briefings/welcome.md")).contains("\ndate: 2026-03-04\n"));
        assertEquals("target/\n", Files.readString(desk.resolve(".gitignore")));
        assertTrue(Files.readString(desk.resolve("mvnw")).startsWith("#!/bin/sh"));
        assertTrue(Files.readString(desk.resolve(".mvn/wrapper/maven-wrapper.properties")).contains("distributionUrl="));
        if (Files.getFileStore(desk).supportsFileAttributeView("posix")) {
            assertTrue(Files.isExecutable(desk.resolve("mvnw")));
        }
        assertFalse(Files.readString(desk.resolve("README.md")).contains("{{"));
    }

    @Test
    void aNewDeskPublishesWithoutProblems() throws IOException {
        Path desk = dir.resolve("desk");
        assertEquals(0, galley("new", "desk", desk.toString()).code());
        Path out = dir.resolve("site");
        Run run = Run.galley("publish", desk.toString(), "--out", out.toString(), "--threads", "1",
                "--fail-on-warnings");
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals("", run.err(), "no problem at all, not even a warning");
        assertTrue(run.out().contains("galley: published 1 of 1 briefing"), run.out());
        assertTrue(Files.isRegularFile(out.resolve("briefings/welcome/index.html")));
        assertTrue(Files.size(out.resolve("briefings/welcome/welcome.pdf")) > 1000);
        String page = Files.readString(out.resolve("briefings/welcome/index.html"));
        assertTrue(page.contains("Welcome to the desk"), page);
        assertTrue(page.contains("<blockquote"), page);
    }

    @Test
    void anAwkwardTitleLeavesEveryFileReadable() throws Exception {
        Path desk = dir.resolve("awkward");
        String title = "<Desk> \u0001 \\ \"#: {x}\n";
        assertEquals(0, galley("new", "desk", desk.toString(), "--title", title).code());
        var pom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(desk.resolve("pom.xml").toFile());
        assertEquals("<Desk>   \\ \"#: {x}\n", pom.getElementsByTagName("name").item(0).getTextContent());
        var read = SiteConfigReader.read(Files.readAllBytes(desk.resolve("galley.yaml")), "galley.yaml");
        assertEquals(List.of(), read.diagnostics());
        assertEquals(title.strip(), read.config().title()); // the reader strips a title
    }

    @Test
    void aFolderWithSomethingInItIsLeftAlone() throws IOException {
        Path desk = dir.resolve("busy");
        Files.createDirectories(desk);
        Files.writeString(desk.resolve("notes.txt"), "mine");
        Run run = galley("new", "desk", desk.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains(desk + " is not empty"), run.err());
        try (Stream<Path> inside = Files.list(desk)) {
            assertEquals(List.of(desk.resolve("notes.txt")), inside.toList());
        }
        assertEquals("mine", Files.readString(desk.resolve("notes.txt")));

        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        assertEquals(2, galley("new", "desk", file.toString()).code());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void anEmptyFolderTakesADesk() throws IOException {
        Path desk = Files.createDirectories(dir.resolve("empty"));
        assertEquals(0, galley("new", "desk", desk.toString(), "--title", "Empty").code());
        assertTrue(Files.isRegularFile(desk.resolve("galley.yaml")));
    }

    @Test
    void writesABriefingWithItsFrontMatter() throws IOException {
        Path desk = dir.resolve("desk");
        assertEquals(0, galley("new", "desk", desk.toString()).code());
        Files.writeString(desk.resolve("galley.yaml"), "title: Desk\ndefault_author:\n  name: Ana Ruiz\n  role: Analyst\n");

        Run run = galley("new", "briefing", "Über \"Öl\": 2027?", "--content", desk.toString(), "--lang", "de", "--draft");
        assertEquals(0, run.code(), run.err());
        Path file = desk.resolve("briefings/uber-ol-2027.md");
        assertEquals(file.toString(), run.out().strip());
        assertEquals("""
                ---
                title: "Über \\"Öl\\": 2027?"
                date: 2026-03-04
                author:
                  name: "Ana Ruiz"
                  role: "Analyst"
                lang: de
                status: draft
                ---

                The first paragraph of the briefing.
                """, Files.readString(file));

        Run again = galley("new", "briefing", "Uber Ol 2027", "--content", desk.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains(file + " already exists"), again.err());

        // What it wrote reads without a problem: the desk checks clean, drafts and all.
        Run check = Run.galley("check", desk.toString(), "--drafts", "--fail-on-warnings");
        assertEquals(0, check.code(), check.out() + check.err());
    }

    @Test
    void aSlugThatAnotherBriefingsFrontMatterTakesIsRefused() throws IOException {
        Path desk = dir.resolve("desk");
        assertEquals(0, galley("new", "desk", desk.toString()).code());
        Path other = desk.resolve("briefings/2026/old-name.md");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "---\ntitle: Older\nslug: grain-after-the-strike\n---\n\nText.\n");
        Files.writeString(desk.resolve("briefings/.draft.md"), "---\ntitle: Hidden\nslug: hidden-one\n---\n");

        Run run = galley("new", "briefing", "Grain After the Strike", "--content", desk.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains(other + " already has the page name 'grain-after-the-strike'"), run.err());
        assertFalse(Files.exists(desk.resolve("briefings/grain-after-the-strike.md")));
        // a hidden file is no briefing, so its slug takes nothing
        assertEquals(0, galley("new", "briefing", "Hidden One", "--content", desk.toString()).code());
    }

    @Test
    void aBriefingWithoutAuthorOrLanguage() throws IOException {
        Path desk = dir.resolve("desk");
        assertEquals(0, galley("new", "desk", desk.toString()).code());
        Run run = galley("new", "briefing", "¿¡!?", "--content", desk.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("---\ntitle: \"¿¡!?\"\ndate: 2026-03-04\n---\n\nThe first paragraph of the briefing.\n",
                Files.readString(desk.resolve("briefings/briefing.md")));
        assertEquals(new BriefingFile("T", null, null, false).text(Optional.of(Author.named("A"))).lines().toList()
                .subList(0, 4), List.of("---", "title: \"T\"", "date: null", "author:"));
    }

    @Test
    void aBriefingOutsideADeskIsRefused() {
        Run run = galley("new", "briefing", "Lost", "--content", dir.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no galley.yaml in " + dir), run.err());
        assertFalse(Files.exists(dir.resolve("briefings")));
    }

    @Test
    void slugs() {
        assertEquals("uber-ol", Slug.of("Über Öl", "x"));
        assertEquals("cafe-creme-a-la-carte", Slug.of("  Café crème à la carte! ", "x"));
        assertEquals("briefing", Slug.of("東京", "briefing"));
        assertEquals("con-briefing", Slug.of("Con", "briefing"));
        assertEquals("console", Slug.of("Console", "briefing"));
        assertEquals(80, Slug.of("a".repeat(200), "x").length());
    }

    @Test
    void helpAndMistakes() {
        Run help = Run.galley("help", "new");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: galley new "), help.out());
        assertTrue(help.out().contains("desk") && help.out().contains("briefing"), help.out());
        assertTrue(Run.galley("help").out().contains("new "));
        Run deskHelp = Run.galley("new", "desk", "--help");
        assertEquals(0, deskHelp.code());
        assertTrue(deskHelp.out().contains("--title=TITLE"), deskHelp.out());
        assertEquals(2, Run.galley("new").code());
        assertEquals(2, Run.galley("new", "shelf").code());
        Run badLang = galley("new", "desk", dir.resolve("d").toString(), "--lang", "not a tag");
        assertEquals(2, badLang.code());
        assertEquals("galley: invalid value for option '--lang': 'not a tag' is not a language tag such as en,"
                + " en-GB or de\n" + Usage.of(NewCommand.DESK), badLang.err());
        Run noTitle = galley("new", "briefing", "--content", dir.toString());
        assertEquals(2, noTitle.code());
        assertTrue(noTitle.err().endsWith(Usage.of(NewCommand.BRIEFING)), noTitle.err());
        assertFalse(Files.exists(dir.resolve("d")));
    }

    @Test
    void itsCiFilesParseAndRunTheBuildItsReadmeDescribes(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        Path desk = root.resolve("ci-desk");
        assertEquals(0, galley("new", "desk", desk.toString()).code());
        var load = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build());
        String readme = Files.readString(desk.resolve("README.md"));

        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> github = (java.util.Map<String, Object>) load.loadFromString(
                Files.readString(desk.resolve(".github/workflows/galley.yml")));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> jobs = (java.util.Map<String, Object>) github.get("jobs");
        assertEquals(java.util.Set.of("build", "pages", "release"), jobs.keySet());
        String runs = String.valueOf(((java.util.Map<?, ?>) jobs.get("build")).get("steps"));
        assertTrue(runs.contains("./mvnw -B -ntp package -Dgalley.format=github"), runs);
        assertTrue(runs.contains("cache=maven"), "the Maven repository is cached: " + runs);
        assertTrue(String.valueOf(jobs.get("release")).contains("*.sha256"), "the checksums go with the release");
        assertTrue(readme.contains("./mvnw -B -ntp package -Dgalley.format=github") && readme.contains("./mvnw package"),
                "the README names the commands CI runs: " + readme);

        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> gitlab = (java.util.Map<String, Object>) load.loadFromString(
                Files.readString(desk.resolve(".gitlab-ci.yml")));
        assertTrue(gitlab.keySet().containsAll(java.util.List.of("publish", "pages", "release", "cache")), gitlab.keySet().toString());
        assertTrue(String.valueOf(gitlab.get("publish")).contains("./mvnw -B -ntp package"));
        assertTrue(String.valueOf(gitlab.get("pages")).contains("public"), "GitLab serves Pages from public/");
    }
}
