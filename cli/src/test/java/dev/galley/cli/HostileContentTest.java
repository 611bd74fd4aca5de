package dev.galley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input at once, through the whole pipeline: reported, never a crash, nothing lost. */
class HostileContentTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run galley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GalleyCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("content/briefings").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private void write(String name, String text) throws IOException {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(120)
    void everyProblemIsReportedAndThePreviousSiteSurvives() throws IOException {
        write("good.md", "---\ntitle: Good\n---\nFine.\n");
        Path out = dir.resolve("site");
        assertEquals(0, galley("publish", dir.resolve("content").toString(), "--out", out.toString()).code());
        List<Path> before = files(out);

        byte[] invalid = "---\ntitle: Bytes\n---\nCaf\u00e9 here.\n".getBytes(StandardCharsets.UTF_8);
        invalid[invalid.length - 8] = (byte) 0xFF;
        write("invalid-utf8.md", invalid);
        write("bom-crlf.md", "\uFEFF---\r\ntitle: Windows\r\n---\r\nText.\r\n");
        write("empty.md", "");
        write("unterminated.md", "---\ntitle: Open\n\nNo closing fence.\n");
        write("yaml-syntax.md", "---\ntitle: [unclosed\n---\nText.\n");
        write("wrong-types.md", "---\ntitle: {a: b}\ntopics: {x: y}\nauthors: [[1]]\n---\nText.\n");
        StringBuilder bomb = new StringBuilder("---\ntitle: Bomb\na: &a [x,x,x,x,x,x,x,x,x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ",").repeat(8))
                    .append('*').append((char) (c - 1)).append("]\n");
        }
        write("alias-bomb.md", bomb.append("---\nText.\n").toString());
        write("escape.md", "---\ntitle: Escape\n---\n[x](../../../etc/passwd) ![y](../../secret.png)"
                + " <script>alert(1)</script> ${x} <#assign y=1>\n");
        write("nesting.md", "---\ntitle: Deep\n---\n" + "> ".repeat(20_000) + "deep\n\n" + "[".repeat(50_000) + "\n");

        Run run = galley("publish", dir.resolve("content").toString(), "--out", out.toString());

        assertEquals(1, run.code(), run.err());
        for (String file : List.of("invalid-utf8.md:4:4: error", "unterminated.md:1:1: error", "yaml-syntax.md:",
                "wrong-types.md:2:8: error", "alias-bomb.md:", "escape.md:4:1: error", "escape.md:4:26: error")) {
            assertTrue(run.err().contains("briefings/" + file), "no report for " + file + " in:\n" + run.err());
        }
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals(before, files(out), "the previous site changed");
        assertFalse(Files.exists(dir.resolve("etc")));
    }

    @Test
    @Timeout(180)
    void aTenMegabyteParagraphAndDeepNestingPublish() throws IOException {
        write("huge.md", "---\ntitle: Huge\n---\n" + "word ".repeat(2_000_000) + "\n");
        write("deep.md", "---\ntitle: Deep\n---\n" + "> ".repeat(5_000) + "deep\n\n"
                + "- a\n".replace("- a", "  ".repeat(0) + "- a") + "*".repeat(10_000) + "b" + "*".repeat(10_000) + "\n");
        Path out = dir.resolve("site");
        Run run = galley("publish", dir.resolve("content").toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.size(out.resolve("briefings/huge/huge.pdf")) > 100_000);
        assertTrue(Files.readString(out.resolve("briefings/deep/index.html")).contains("deep"));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    @Timeout(120)
    void scriptAndStyleTextReachNoOutput() throws IOException {
        write("script.md", "---\ntitle: Script\nsummary: none\n---\nThe lead <script>SCRIPTED(2)</script> with"
                + " <style>STYLED{}</style> and <noscript>NOSCRIPTED</noscript> <template>TEMPLATED</template> text.\n\n"
                + "## Section\n\nMore <script>SCRIPTED(4)\n");
        Path out = dir.resolve("site");
        Run run = galley("publish", dir.resolve("content").toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        List<String> payloads = List.of("SCRIPTED", "STYLED", "NOSCRIPTED", "TEMPLATED");
        for (Path file : files(out)) {
            Path path = out.resolve(file);
            String text = file.toString().endsWith(".pdf")
                    ? pdfText(path) : new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
            for (String payload : payloads) {
                assertFalse(text.contains(payload), payload + " in " + file);
            }
        }
        assertTrue(Files.readString(out.resolve("briefings/script/index.html")).contains("The lead"));
    }

    private static String pdfText(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}
