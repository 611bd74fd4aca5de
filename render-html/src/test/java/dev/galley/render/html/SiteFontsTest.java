package dev.galley.render.html;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.publish.PublishReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk's fonts on the site: {@code @font-face} rules for each role's family, whose sources
 * are byte-identical copies of the desk's files in the site's assets, a WOFF2 beside a file
 * offered before it, and a desk without fonts keeping the built-in stylesheet as it is.
 */
class SiteFontsTest {

    /** One {@code @font-face} rule: its family, weight, style and sources as (address, format). */
    record Face(String family, String weight, String style, List<String[]> src) {
    }

    private static final Pattern FACE = Pattern.compile("@font-face \\{(.*?)}", Pattern.DOTALL);
    private static final Pattern SRC = Pattern.compile("url\\(\"([^\"]+)\"\\) format\\(\"([^\"]+)\"\\)");

    /** The stylesheet the front page links to, as text. */
    static String stylesheet(Rendered site) {
        return site.read(stylesheetPath(site));
    }

    static String stylesheetPath(Rendered site) {
        return site.page("index.html").selectFirst("link[rel=stylesheet]").attr("href");
    }

    static List<Face> faces(String css) {
        List<Face> faces = new ArrayList<>();
        Matcher m = FACE.matcher(css);
        while (m.find()) {
            String rule = m.group(1);
            List<String[]> src = new ArrayList<>();
            Matcher s = SRC.matcher(rule);
            while (s.find()) {
                src.add(new String[] {s.group(1), s.group(2)});
            }
            assertTrue(rule.contains("font-display: swap;"), rule);
            faces.add(new Face(value(rule, "font-family").replace("\"", ""), value(rule, "font-weight"),
                    value(rule, "font-style"), src));
        }
        return faces;
    }

    private static String value(String rule, String property) {
        Matcher m = Pattern.compile(property + ": ([^;]+);").matcher(rule);
        assertTrue(m.find(), property + " in " + rule);
        return m.group(1);
    }

    /**
     * Checks that every source of {@code faces} is a file of the site byte for byte the same as
     * the content file {@code folder}/{@code <name without its hash>}, and that the site's
     * {@code assets/fonts/} holds nothing else; returns the content files' names per face.
     */
    static List<String> servedFiles(Rendered site, List<Face> faces, Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        Set<String> named = new TreeSet<>();
        for (Face face : faces) {
            List<String> files = new ArrayList<>();
            for (String[] src : face.src()) {
                assertTrue(src[0].matches("fonts/[^/]+\\.[0-9a-f]{10}\\.(ttf|woff2)"), src[0]);
                Path published = site.out().resolve("assets").resolve(src[0]);
                assertTrue(Files.isRegularFile(published), src[0]);
                String original = src[0].substring("fonts/".length()).replaceFirst("\\.[0-9a-f]{10}\\.", ".");
                assertArrayEquals(Files.readAllBytes(folder.resolve(original)), Files.readAllBytes(published), src[0]);
                assertEquals(original.endsWith(".woff2") ? "woff2" : "truetype", src[1], src[0]);
                files.add(original);
                named.add("assets/" + src[0]);
            }
            names.add(String.join(" ", files));
        }
        assertEquals(named, new TreeSet<>(site.files().stream().filter(f -> f.startsWith("assets/fonts/")).toList()),
                "every font file of the site is named by a rule");
        return names;
    }

    /** The rules of {@code family} as "weight style: files", in order. */
    static List<String> family(List<Face> faces, List<String> files, String family) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            if (faces.get(i).family().equals(family)) {
                lines.add(faces.get(i).weight() + " " + faces.get(i).style() + ": " + files.get(i));
            }
        }
        return lines;
    }

    @Test
    void harbourReportServesCharisSilWithItsWoff2First() throws IOException {
        Rendered site = ExampleSitesTest.get().get("harbour-report");
        String css = stylesheet(site);
        List<Face> faces = faces(css);
        List<String> files = servedFiles(site, faces, ExampleSitesTest.EXAMPLES.resolve("harbour-report/fonts"));
        assertEquals(List.of(
                "400 normal: CharisSIL-Regular.woff2 CharisSIL-Regular.ttf",
                "400 italic: CharisSIL-Italic.woff2 CharisSIL-Italic.ttf",
                "700 normal: CharisSIL-Bold.woff2 CharisSIL-Bold.ttf",
                "700 italic: CharisSIL-BoldItalic.woff2 CharisSIL-BoldItalic.ttf"), family(faces, files, "Galley Body"));
        assertEquals(4, faces.size(), "the body alone has fonts of the desk's");
        assertTrue(css.contains("  --body-font: \"Galley Body\", var(--sans);\n"), css);
        assertFalse(css.contains("--heading-font: \""), "headings keep the site's own stack");

        // the 404 page holds the stylesheet itself: the same rules, found from the site's root
        String inline = site.page("404.html").selectFirst("style").data();
        List<Face> inlineFaces = faces(inline);
        assertEquals(faces.size(), inlineFaces.size());
        for (int i = 0; i < faces.size(); i++) {
            for (int j = 0; j < faces.get(i).src().size(); j++) {
                assertEquals("assets/" + faces.get(i).src().get(j)[0], inlineFaces.get(i).src().get(j)[0]);
            }
        }
        assertEquals(css.replace("url(\"fonts/", "url(\"assets/fonts/"), inline.strip() + "\n");
    }

    @Test
    void vellmarPostServesOpenSansAndItsHeadingsFromTheBoldForEveryStyle() throws IOException {
        Rendered site = ExampleSitesTest.get().get("vellmar-post");
        String css = stylesheet(site);
        List<Face> faces = faces(css);
        List<String> files = servedFiles(site, faces, ExampleSitesTest.EXAMPLES.resolve("vellmar-post/fonts"));
        assertEquals(List.of("400 normal: OpenSans-Regular.ttf", "400 italic: OpenSans-Italic.ttf",
                "700 normal: OpenSans-Bold.ttf", "700 italic: OpenSans-BoldItalic.ttf"),
                family(faces, files, "Galley Body"), "no WOFF2 beside them: the TrueType files alone");
        assertEquals(List.of("400 normal: OpenSans-Bold.ttf", "400 italic: OpenSans-Bold.ttf",
                "700 normal: OpenSans-Bold.ttf", "700 italic: OpenSans-Bold.ttf"),
                family(faces, files, "Galley Headings"), "one face given: it draws every style, as in the PDF");
        assertTrue(css.contains("  --body-font: \"Galley Body\", var(--sans);\n"
                + "  --heading-font: \"Galley Headings\", var(--sans);\n}\n"), css);
        assertEquals(4, site.files().stream().filter(f -> f.startsWith("assets/fonts/")).count(),
                "a file of two roles is published once");
    }

    @Test
    void aDeskWithoutFontsKeepsTheBuiltInStylesheetAsItIs() throws IOException {
        Rendered site = ExampleSitesTest.get().get("default");
        byte[] builtIn;
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("assets/style.css")) {
            builtIn = in.readAllBytes();
        }
        assertArrayEquals(builtIn, Files.readAllBytes(site.out().resolve(stylesheetPath(site))));
        assertEquals(List.of(), site.files().stream().filter(f -> f.startsWith("assets/fonts/")).toList());
        String css = new String(builtIn, StandardCharsets.UTF_8);
        // the roles' stacks are the ones the site had before it had roles
        assertTrue(css.contains("  --body-font: var(--sans);\n  --heading-font: var(--sans);\n"
                + "  --notes-font: var(--body-font);\n  --code-font: var(--mono);\n"), css);
        assertFalse(css.contains("@font-face"));
    }

    @Test
    void collectionsAreServedOnlyAsTheWoff2BesideThem(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Path fonts = content.resolve("fonts");
        Files.createDirectories(fonts);
        Files.createDirectories(content.resolve("briefings"));
        Files.writeString(content.resolve("galley.yaml"), """
                title: Collections
                lang: en
                style:
                  fonts:
                    body: {file: fonts/Body.ttc, index: 1}
                    headings: fonts/Head.ttf
                    monospace: {file: fonts/Mono.ttc, index: 1}
                    fallback: [fonts/Extra.ttf]
                """);
        Files.writeString(content.resolve("briefings/one.md"), """
                ---
                title: One
                date: 2026-11-20
                ---
                Text with `code` in it.
                """);
        Path examples = ExampleSitesTest.EXAMPLES.resolve("vellmar-post/fonts");
        Files.write(fonts.resolve("Body.ttc"), collection(2));
        Files.write(fonts.resolve("Mono.ttc"), collection(2));
        Files.write(fonts.resolve("Mono.woff2"), woff2(0x00010000));
        Files.copy(examples.resolve("OpenSans-Bold.ttf"), fonts.resolve("Head.ttf"));
        Files.write(fonts.resolve("Head.woff2"), woff2(0x74746366)); // a WOFF2 collection: 'ttcf'
        Files.copy(examples.resolve("OpenSans-Regular.ttf"), fonts.resolve("Extra.ttf"));

        PublishReport report = ExampleSitesTest.publish(content, dir.resolve("site"));
        assertEquals(List.of("WARNING style-font 'fonts/Head.woff2' beside the font 'fonts/Head.ttf' is not a WOFF2"
                        + " font of one face, so the site leaves it out"),
                report.diagnostics().stream().map(d -> d.severity() + " " + d.code() + " " + d.message()).toList());
        Rendered site = new Rendered(dir.resolve("site"), report.diagnostics());
        String css = stylesheet(site);
        List<Face> faces = faces(css);
        List<String> files = servedFiles(site, faces, fonts);
        assertEquals(List.of(), family(faces, files, "Galley Body"), "a collection without a WOFF2: not served");
        assertEquals(List.of("400 normal: Mono.woff2", "400 italic: Mono.woff2", "700 normal: Mono.woff2",
                "700 italic: Mono.woff2"), family(faces, files, "Galley Monospace"));
        assertEquals(List.of("400 normal: Head.ttf", "400 italic: Head.ttf", "700 normal: Head.ttf",
                "700 italic: Head.ttf"), family(faces, files, "Galley Headings"));
        assertEquals(List.of("400 normal: Extra.ttf", "400 italic: Extra.ttf", "700 normal: Extra.ttf",
                "700 italic: Extra.ttf"), family(faces, files, "Galley Fallback 1"));
        assertTrue(css.endsWith(":root {\n"
                + "  --heading-font: \"Galley Headings\", \"Galley Fallback 1\", var(--sans);\n"
                + "  --code-font: \"Galley Monospace\", \"Galley Fallback 1\", var(--mono);\n}\n"), css);

        // the same content makes the same site, byte for byte
        Rendered again = new Rendered(dir.resolve("again"), ExampleSitesTest.publish(content, dir.resolve("again"))
                .diagnostics());
        assertEquals(site.files(), again.files());
        for (String file : site.files()) {
            assertArrayEquals(Files.readAllBytes(site.out().resolve(file)), Files.readAllBytes(again.out().resolve(file)),
                    file);
        }
        assertTrue(report.diagnostics().stream().noneMatch(Diagnostic::isError));
        assertEquals(1, report.count(Severity.WARNING));
    }

    /** A TrueType collection of {@code fonts} table directories, as much as core reads of one. */
    static byte[] collection(int fonts) {
        int header = 12 + 4 * fonts;
        int directory = 12 + 16 * 3;
        ByteBuffer b = ByteBuffer.allocate(header + fonts * directory);
        b.put("ttcf".getBytes(StandardCharsets.US_ASCII)).putInt(0x00010000).putInt(fonts);
        for (int i = 0; i < fonts; i++) {
            b.putInt(header + i * directory);
        }
        for (int i = 0; i < fonts; i++) {
            b.putInt(0x00010000).putShort((short) 3).putShort((short) 32).putShort((short) 1).putShort((short) 16);
            for (String tag : List.of("cmap", "glyf", "hmtx")) {
                b.put(tag.getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(0).putInt(0);
            }
        }
        return b.array();
    }

    /** The 48-byte header of a WOFF2 font of this flavour, and a little after it. */
    static byte[] woff2(int flavour) {
        return ByteBuffer.allocate(64).put("wOF2".getBytes(StandardCharsets.US_ASCII)).putInt(flavour).putInt(64)
                .array();
    }
}
