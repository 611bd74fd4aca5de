package dev.galley.cli;

import dev.galley.core.testing.ContentFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static dev.galley.cli.Run.galley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishes the desk's real content folder through the command line, as an editor would, and
 * checks what a reader gets: every word of the seed briefing in both outputs, in order.
 */
class PublishEndToEndTest {

    private static final List<String> HEADINGS = List.of("Putin’s Perspective", "NATO’s Position and Dilemma",
            "A Potential Rift", "A Greater Crisis Looming", "Conclusion: Uncertainties and Challenges");
    private static final String SLUG = "nato-after-ukraine";

    private static Path root;
    private static List<String> seedLines;

    @TempDir
    Path dir;

    @BeforeAll
    static void findRepository() throws IOException {
        root = ContentFixture.repositoryRoot();
        String source = Files.readString(root.resolve("content/briefings/" + SLUG + ".md"));
        String body = source.substring(source.indexOf("\n---\n", 4) + 5);
        seedLines = body.lines().filter(l -> !l.isBlank()).map(l -> l.replaceFirst("^## ", "")).toList();
        assertEquals(15, seedLines.size(), "the seed has 15 lines: 10 paragraphs and 5 headings");
        // The desk's filed text sits beside the repository (in CI too): the briefing must hold it unchanged.
        Path filed = root.resolveSibling("shared/seed/briefing-source.txt");
        if (Files.isRegularFile(filed)) {
            assertEquals(Files.readString(filed).lines().filter(l -> !l.isBlank()).toList(), seedLines);
        }
    }

    private Path publish(Path content, String name, int threads) {
        Path out = dir.resolve(name);
        Run run = galley("publish", content.toString(), "--out", out.toString(), "--threads", String.valueOf(threads));
        assertEquals(0, run.code(), run.err());
        return out;
    }

    private static String words(String text) {
        return String.join(" ", text.trim().split("\\s+"));
    }

    @Test
    void everyWordOfTheSeedReachesTheBriefingPageInOrder() throws IOException {
        Path out = publish(root.resolve("content"), "site", 2);
        Document page = Jsoup.parse(out.resolve("briefings/" + SLUG + "/index.html").toFile(), "UTF-8");
        String text = words(page.body().text());
        int from = 0;
        for (String line : seedLines) {
            int at = text.indexOf(words(line), from);
            assertTrue(at >= from, "missing or out of order on the page: " + line);
            from = at + line.length();
        }
        List<String> headings = page.select("h2").stream().map(Element::ownText).map(String::strip).toList();
        assertTrue(headings.containsAll(HEADINGS), "headings on the page: " + headings);
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertTrue(index.select("a[href]").stream().anyMatch(a -> a.attr("href").equals("briefings/" + SLUG + "/index.html")
                || a.attr("href").equals("briefings/" + SLUG + "/")), "index links the briefing");
    }

    @Test
    void everyWordOfTheSeedReachesThePdfInOrder() throws IOException {
        Path out = publish(root.resolve("content"), "site", 2);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("briefings/" + SLUG + "/" + SLUG + ".pdf").toFile())) {
            String[] pdfWords = new PDFTextStripper().getText(pdf).split("\\s+");
            int at = 0;
            for (String line : seedLines) {
                for (String word : line.split("\\s+")) {
                    while (at < pdfWords.length && !pdfWords[at].equals(word) && !hyphenated(pdfWords, at, word)) {
                        at++;
                    }
                    assertTrue(at < pdfWords.length, "missing or out of order in the PDF: “" + word + "” of: " + line);
                    at += pdfWords[at].equals(word) ? 1 : 2;
                }
            }
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertEquals(HEADINGS, outline);
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            assertEquals("Will NATO Hold If Ukraine Falls?", pdf.getDocumentInformation().getTitle());
        }
    }

    /**
     * Whether {@code word} was broken across two lines at {@code at}: by an added hyphen or at a
     * hyphen of its own.
     */
    private static boolean hyphenated(String[] words, int at, String word) {
        if (at + 1 >= words.length) {
            return false;
        }
        // An added hyphen reads as "-", as a soft hyphen (U+00AD), or not at all (PDF readers
        // that honour its ActualText); a word's own hyphen stays.
        String first = words[at].replace("\u00AD", "");
        String next = words[at + 1];
        return word.equals(first + next)
                || (first.endsWith("-") && word.equals(first.substring(0, first.length() - 1) + next));
    }

    @Test
    void oneAndFourThreadsGiveTheSameBytes() throws IOException {
        Path content = copyOfContent();
        // More than one briefing, so that threads really interleave.
        for (int i = 1; i <= 6; i++) {
            Files.writeString(content.resolve("briefings/extra-" + i + ".md"),
                    "---\ntitle: Extra " + i + "\ndate: 2026-10-0" + i + "\n---\n"
                            + "Paragraph with “quotes” and a note[^1].\n\n## Part " + i + "\n\nMore text.\n\n[^1]: A note.\n");
        }
        Map<String, String> one = digests(publish(content, "one", 1));
        Map<String, String> four = digests(publish(content, "four", 4));
        assertTrue(one.keySet().stream().anyMatch(f -> f.endsWith(".pdf")));
        assertEquals(one, four);
    }

    /**
     * The live preview's first pages, made by both renderers for the edited briefing alone, are
     * the bytes its rebuild then publishes; and that rebuild's site is a clean publish's.
     */
    @Test
    void aPreviewRebuildsFirstPagesAreTheBytesItPublishes() throws IOException {
        Path content = copyOfContent();
        Files.createDirectories(content.resolve("img"));
        java.awt.image.BufferedImage square = new java.awt.image.BufferedImage(8, 8,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(square, "png", content.resolve("img/square.png").toFile());
        for (int i = 1; i <= 4; i++) {
            Files.writeString(content.resolve("briefings/extra-" + i + ".md"), "---\ntitle: Extra " + i
                    + "\ndate: 2026-10-0" + i + "\n---\nA paragraph.\n\n![A square](../img/square.png)\n\n## Part\n\nText.\n");
        }
        dev.galley.core.publish.PublishRequest request = new dev.galley.core.publish.PublishRequest(content,
                dir.resolve("site"), dev.galley.core.publish.BuildContext.forTest(2), content, false);
        dev.galley.core.publish.Publisher publisher = dev.galley.core.publish.Publisher.withInstalledRenderers();
        dev.galley.core.publish.BuildMemory memory = new dev.galley.core.publish.BuildMemory();
        dev.galley.core.publish.PublishReport report = publisher.publish(request, memory, java.util.Set.of());
        assertTrue(report.written(), report.diagnostics().toString());

        Files.writeString(content.resolve("briefings/extra-2.md"), "---\ntitle: Extra two, edited\ndate: 2026-10-02\n"
                + "---\nA longer paragraph now.\n\n![A square](../img/square.png)\n\n## Part\n\nMore text.\n");
        List<dev.galley.core.publish.FirstPages> first = new ArrayList<>();
        assertTrue(publisher.publish(request, memory, java.util.Set.of("briefings/extra-2.md"), first::add).written());
        memory.awaitCleanup();
        assertEquals(1, first.size());
        Map<String, byte[]> files = first.get(0).files();
        assertTrue(files.keySet().containsAll(List.of("briefings/extra-2/index.html", "briefings/extra-2/extra-2.pdf",
                "media/img/square.png")), files.keySet().toString());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertTrue(java.util.Arrays.equals(file.getValue(), Files.readAllBytes(request.outputDir().resolve(file.getKey()))),
                    file.getKey());
        }
        Path clean = dir.resolve("clean");
        assertTrue(publisher.publish(new dev.galley.core.publish.PublishRequest(content, clean,
                dev.galley.core.publish.BuildContext.forTest(2), content, false)).written());
        assertEquals(digests(clean), digests(request.outputDir()));
    }

    @Test
    void aBadDateFailsWithItsPositionAndKeepsThePreviousOutput() throws IOException {
        Path content = copyOfContent();
        Path out = publish(content, "site", 2);
        Map<String, String> before = digests(out);

        Path briefing = content.resolve("briefings/" + SLUG + ".md");
        String source = Files.readString(briefing);
        Files.writeString(briefing, source.replace("date: 2026-11-28", "date: yesterday"));
        int line = (int) source.substring(0, source.indexOf("date: 2026-11-28")).chars().filter(c -> c == '\n').count() + 1;

        Run run = galley("publish", content.toString(), "--out", out.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("briefings/" + SLUG + ".md:" + line + ":7: error: 'date' must be a date"),
                run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals(before, digests(out));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, galley("publish", "--no-such-option").code());
        assertEquals(2, galley().code());
        assertEquals(2, galley("publish", dir.resolve("missing").toString()).code());
        Run version = galley("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("galley "), version.out());
    }

    @Test
    void crossLinksAreRewrittenInBothOutputs() throws IOException {
        Path content = ContentFixture.write(dir.resolve("links"), """
                -- briefings/a.md --
                ---
                title: A
                date: 2026-11-02
                ---
                Read [part two of B](b.md#part-two) first. Berlin calls it the <span lang="de">Zeitenwende</span>.
                -- briefings/b.md --
                ---
                title: B
                date: 2026-11-01
                ---
                Lead.

                ## Part two

                Text.
                """);
        Path out = publish(content, "links-site", 2);
        Document page = Jsoup.parse(out.resolve("briefings/a/index.html").toFile(), "UTF-8");
        assertEquals(1, page.select("a[href=../../briefings/b/index.html#part-two]").size(), page.select("main a").toString());
        assertEquals("Zeitenwende", page.select("span[lang=de]").text());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("briefings/a/a.pdf").toFile())) {
            List<String> uris = new ArrayList<>();
            for (var annotation : pdf.getPage(0).getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertTrue(uris.contains("../b/b.pdf#part-two"), uris.toString());
        }
    }

    @Test
    void embargoesAreJudgedAsOfNow() throws IOException {
        Path content = ContentFixture.write(dir.resolve("embargo"), """
                -- briefings/later.md --
                ---
                title: Later
                embargo: 2026-12-01T09:00:00+01:00
                ---
                Text.
                """);
        Path out = dir.resolve("embargo-site");
        Run before = galley("publish", content.toString(), "--out", out.toString(), "--now", "2026-12-01T07:00:00Z");
        assertEquals(0, before.code(), before.err());
        assertTrue(before.out().contains("embargoed: later (until 2026-12-01T09:00+01:00)"), before.out());
        assertTrue(!Files.exists(out.resolve("briefings/later")));
        Run after = galley("publish", content.toString(), "--out", out.toString(), "--now", "2026-12-01T08:00:00Z");
        assertEquals(0, after.code(), after.err());
        assertTrue(Files.exists(out.resolve("briefings/later/later.pdf")));
        assertEquals(2, galley("publish", content.toString(), "--now", "tomorrow").code());
    }

    @Test
    void checkPrintsJsonForCi() {
        Path content = ContentFixture.write(dir.resolve("json"), "-- briefings/a.md --\n---\ntitle: A\ndate: soon\n---\nText.\n");
        Run run = galley("check", content.toString(), "--format", "json");
        assertEquals(1, run.code());
        assertTrue(run.out().strip().startsWith("[") && run.out().contains("\"line\": 3, \"column\": 7"), run.out());
    }

    @Test
    void checkPrintsGithubAnnotationsOnTheLinesOfTheProblems() {
        Run run = checkABrokenLink("github");
        String line = run.out().lines().filter(l -> l.startsWith("::error ")).findFirst().orElseThrow();
        // the fixture is outside the working folder, so its path is as reported
        assertTrue(line.matches("::error file=.*briefings/a\\.md,line=4,col=5,title=\\[link-[a-z-]+\\]::.*ferry.*"), line);
        System.out.println("[github] " + line);
    }

    @Test
    void checkPrintsOneSarifLogOnStdout() {
        Run run = checkABrokenLink("sarif");
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().startsWith("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\""),
                run.out());
        assertTrue(run.out().matches("(?s).*\"ruleId\":\"link-[a-z-]+\".*\"region\":\\{\"startLine\":4,\"startColumn\":5}.*"),
                run.out());
    }

    /** {@code check --format FORMAT} of a briefing whose link at 4:5 leads nowhere; the summary goes to stderr. */
    private Run checkABrokenLink(String format) {
        Path content = ContentFixture.write(dir.resolve(format),
                "-- briefings/a.md --\n---\ntitle: A\n---\nSee [the ferry timetable](ferry.md), 100% of it.\n");
        Run run = galley("check", content.toString(), "--format", format);
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("galley: "), "the summary goes to stderr: " + run.err());
        return run;
    }

    private Path copyOfContent() throws IOException {
        Path target = dir.resolve("content");
        Path source = root.resolve("content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !source.relativize(f).startsWith("target")).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    private static Map<String, String> digests(Path out) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(out.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return digests;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
