package dev.galley.core.read;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.Block;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.Section;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SourcePos;
import dev.galley.core.model.Status;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefingReaderTest {

    private static final Set<String> FILES = Set.of("briefings/img/map.png", "media/chart.jpg");

    private static BriefingReader.Result read(String markdown) {
        return read(markdown.getBytes(StandardCharsets.UTF_8));
    }

    private static BriefingReader.Result read(byte[] bytes) {
        return new BriefingReader(SiteConfig.defaults(), FILES::contains)
                .read("briefings/test.md", "content/briefings/test.md", bytes);
    }

    private static Briefing briefing(String markdown) {
        BriefingReader.Result result = read(markdown);
        assertFalse(result.hasErrors(), () -> "unexpected errors: " + result.diagnostics());
        return result.briefing().orElseThrow();
    }

    private static String located(BriefingReader.Result result) {
        return String.join("\n", result.diagnostics().stream()
                .map(d -> d.pos() + " " + d.severity().label() + " " + d.code()).toList());
    }

    @Test
    void readsFrontMatterIntoTypedMeta() {
        Briefing b = briefing("""
                ---
                title: Will NATO hold?
                dek: A test of unity
                date: 2026-11-28
                updated: 2026-11-29
                authors:
                  - name: Ann Analyst
                    role: Senior analyst
                  - Bob Writer
                topics: [NATO, Ukraine]
                summary: Short.
                status: draft
                embargo: 2026-12-01T09:00:00+01:00
                classification: INTERNAL
                lang: en-GB
                desk: europe
                ---
                Body.
                """);
        var meta = b.meta();
        assertEquals("Will NATO hold?", meta.title());
        assertEquals("A test of unity", meta.dek().orElseThrow());
        assertEquals(LocalDate.of(2026, 11, 28), meta.date().orElseThrow());
        assertEquals(LocalDate.of(2026, 11, 29), meta.updated().orElseThrow());
        assertEquals("Ann Analyst", meta.authors().get(0).name());
        assertEquals("Senior analyst", meta.authors().get(0).role().orElseThrow());
        assertEquals("Bob Writer", meta.authors().get(1).name());
        assertTrue(meta.authors().get(1).role().isEmpty());
        assertEquals(List.of("NATO", "Ukraine"), meta.topics());
        assertEquals(Status.DRAFT, meta.status());
        assertEquals("2026-12-01T08:00Z", meta.embargo().orElseThrow().toInstant().toString().replace(":00Z", "Z"));
        assertEquals("INTERNAL", meta.classification().orElseThrow());
        assertEquals("en-GB", meta.lang());
        assertEquals("europe", meta.extra().get("desk"));
        assertEquals("test", b.slug());
    }

    @Test
    void reportsEveryFrontMatterProblemAtItsLineAndColumn() {
        BriefingReader.Result result = read("""
                ---
                title: Fine
                date: yesterday
                updated: [1, 2]
                status: final
                lang: "not a tag!"
                embargo: 2026-12-01T09:00
                authors:
                  - role: no name
                ---
                Body.
                """);
        assertEquals("""
                3:7 error front-matter-value
                4:10 error front-matter-type
                5:9 error front-matter-value
                6:7 error front-matter-value
                7:10 error front-matter-value
                9:5 error front-matter-author""", located(result));
        Diagnostic date = result.diagnostics().get(0);
        assertEquals("content/briefings/test.md:3:7: error: 'date' must be a date such as 2026-11-28,"
                + " or a date and time such as 2026-11-28T09:30:00Z, not “yesterday” [front-matter-value]", date.format());
    }

    @Test
    void missingTitleIsAnError() {
        BriefingReader.Result result = read("---\ndek: no title\n---\nBody.\n");
        assertEquals("1:1 error front-matter-title", located(result));
    }

    @Test
    void yamlSyntaxErrorIsLocatedInTheFile() {
        BriefingReader.Result result = read("---\ntitle: ok\ntopics: [a, b\ndate: 2026-01-01\n---\nBody.\n");
        assertTrue(result.hasErrors());
        Diagnostic error = result.diagnostics().get(0);
        assertEquals("yaml-syntax", error.code());
        assertTrue(error.pos().line() >= 3 && error.pos().line() <= 5, error.format());
    }

    @Test
    void duplicateKeysAreRefused() {
        BriefingReader.Result result = read("---\ntitle: a\ntitle: b\n---\nBody.\n");
        assertEquals("yaml-duplicate-key", result.diagnostics().get(0).code());
        assertEquals(3, result.diagnostics().get(0).pos().line());
    }

    @Test
    void unclosedFrontMatterIsReported() {
        BriefingReader.Result result = read("---\ntitle: never closed\n\nBody text.\n");
        assertEquals("1:1 error front-matter-unclosed", located(result).lines().findFirst().orElseThrow());
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("---\ntitle: bomb\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        yaml.append("---\nBody.\n");
        long start = System.nanoTime();
        BriefingReader.Result result = read(yaml.toString());
        assertTrue(result.hasErrors(), located(result));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "alias bomb took too long");
    }

    @Test
    void withoutFrontMatterTheTitleComesFromTheFirstHeading() {
        BriefingReader.Result result = read("# The Title\n\nText.\n\n## Part\n\nMore.\n");
        Briefing b = result.briefing().orElseThrow();
        assertEquals("The Title", b.meta().title());
        assertEquals(1, b.sections().size());
        assertEquals("Part", b.sections().get(0).headingText());
        assertEquals("1:1 warning front-matter-missing", located(result));
    }

    @Test
    void withoutFrontMatterOrHeadingTheTitleComesFromTheFileName() {
        BriefingReader.Result result = read("Just text.\n");
        assertEquals("Test", result.briefing().orElseThrow().meta().title());
        assertEquals("front-matter-missing", result.diagnostics().get(0).code());
    }

    @Test
    void emptyFileIsAWarningNotACrash() {
        BriefingReader.Result result = read(new byte[0]);
        assertFalse(result.hasErrors());
        assertTrue(result.briefing().isPresent());
    }

    @Test
    void invalidUtf8IsReportedAtLineAndColumn() {
        byte[] bytes = "---\ntitle: T\n---\nGood line.\nBad: \u00e9x here\n".getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf('\u00e9') + 5 - 5; // char index
        byte[] broken = bytes.clone();
        // Cut the two-byte é into a lone lead byte followed by 'x'.
        int byteIndex = indexOf(broken, (byte) 0xC3);
        broken[byteIndex + 1] = 'y';
        BriefingReader.Result result = read(broken);
        Diagnostic error = result.diagnostics().get(0);
        assertEquals("encoding", error.code());
        assertEquals(new SourcePos(5, 6), error.pos());
        assertTrue(error.message().contains("0xC3"), error.message());
        assertTrue(at >= 0);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() {
        String crlf = "\uFEFF---\r\ntitle: Windows\r\ndate: yesterday\r\n---\r\nText.\r\n";
        BriefingReader.Result result = read(crlf);
        assertEquals("Windows", result.briefing().orElseThrow().meta().title());
        assertEquals("3:7 error front-matter-value", located(result));
    }

    @Test
    void readsEveryConstruct() {
        Briefing b = briefing("""
                ---
                title: Constructs
                ---
                Lead with *emphasis*, **strong**, ~~struck~~, `code`, a [link](https://example.org "Ex"),
                "quotes" and 'single' -- dashes --- and dots... plus https://auto.example.org and a note[^n].
                Hard\\
                break.

                ## First section

                - one
                - two
                  1. nested
                  2. again

                3. three
                4. four

                > quoted

                ```java
                int x = 1;
                ```

                    indented code

                | Left | Right |
                |:-----|------:|
                | a    | b     |

                ![Map of the front](img/map.png "The front line")

                ---

                <div>raw</div>

                ### Sub

                Text with <span>inline html</span> &amp; entity.

                ## First section

                Same heading again.

                [^n]: The note.
                """);
        List<Block> lead = b.lead();
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, lead.get(0));
        String text = PlainText.of(p.inlines());
        assertTrue(text.startsWith("Lead with emphasis, strong, struck, code, a link,"), text);
        assertTrue(text.contains("“quotes” and ‘single’ – dashes — and dots…"), text);
        assertTrue(p.inlines().stream().anyMatch(i -> i instanceof Inline.Emphasis));
        assertTrue(p.inlines().stream().anyMatch(i -> i instanceof Inline.Strong));
        assertTrue(p.inlines().stream().anyMatch(i -> i instanceof Inline.Strikethrough));
        assertTrue(p.inlines().stream().anyMatch(i -> i instanceof Inline.Code));
        assertTrue(p.inlines().stream().anyMatch(i -> i instanceof Inline.HardBreak));
        assertTrue(p.inlines().stream().anyMatch(i -> i instanceof Inline.Link l && l.target().equals(new LinkTarget.Web("https://auto.example.org"))), p.inlines()::toString);
        Inline.FootnoteRef ref = (Inline.FootnoteRef) p.inlines().stream()
                .filter(i -> i instanceof Inline.FootnoteRef).findFirst().orElseThrow();
        assertEquals(1, ref.number());
        assertEquals("The note.", PlainText.ofBlocks(b.footnotes().get(0).blocks()).strip());

        assertEquals(2, b.sections().size());
        Section first = b.sections().get(0);
        assertEquals("first-section", first.id());
        assertEquals("first-section-2", b.sections().get(1).id());
        assertEquals(2, first.level());
        List<Block> blocks = first.blocks();
        Block.BulletList bullets = assertInstanceOf(Block.BulletList.class, blocks.get(0));
        assertInstanceOf(Block.OrderedList.class, bullets.items().get(1).blocks().get(1));
        assertEquals(3, assertInstanceOf(Block.OrderedList.class, blocks.get(1)).start());
        assertInstanceOf(Block.BlockQuote.class, blocks.get(2));
        Block.CodeBlock code = assertInstanceOf(Block.CodeBlock.class, blocks.get(3));
        assertEquals("java", code.language());
        assertEquals("int x = 1;", code.code());
        assertEquals("indented code", assertInstanceOf(Block.CodeBlock.class, blocks.get(4)).code());
        Block.Table table = assertInstanceOf(Block.Table.class, blocks.get(5));
        assertEquals(List.of(Block.Alignment.LEFT, Block.Alignment.RIGHT), table.columns());
        assertEquals("b", PlainText.of(table.body().get(0).cells().get(1).inlines()));
        Block.Figure figure = assertInstanceOf(Block.Figure.class, blocks.get(6));
        assertEquals("briefings/img/map.png", figure.image().source());
        assertEquals("Map of the front", figure.image().alt());
        assertEquals("The front line", PlainText.of(figure.caption()));
        assertInstanceOf(Block.ThematicBreak.class, blocks.get(7));
        assertInstanceOf(Block.RawHtml.class, blocks.get(8));
        Section sub = first.children().get(0);
        assertEquals("sub", sub.id());
        Block.Paragraph withHtml = (Block.Paragraph) sub.blocks().get(0);
        assertTrue(withHtml.inlines().stream().anyMatch(i -> i instanceof Inline.RawHtml));
        assertTrue(PlainText.of(withHtml.inlines()).contains("& entity"));
        assertEquals(new SourcePos(9, 1), first.pos());
    }

    @Test
    void pathsEscapingTheContentFolderAreErrorsAndKeepTheirWords() {
        BriefingReader.Result result = read("""
                ---
                title: Escapes
                ---
                See [secret](../../etc/passwd) and [run](javascript:alert(1)).

                ![x](../../../etc/passwd.png)

                ![gone](img/missing.png)
                """);
        assertEquals("""
                4:5 error link-outside
                4:36 error link-scheme
                6:1 error image-outside
                8:1 error image-missing""", located(result));
        String text = PlainText.ofBlocks(result.briefing().orElseThrow().lead());
        assertTrue(text.contains("See secret and run."), text);
    }

    /** The one message {@code markdown} (a body) gives, as an editor reads it after the position. */
    private static String refusal(String body) {
        BriefingReader.Result result = read("---\ntitle: T\n---\n" + body + "\n");
        assertEquals(1, result.diagnostics().size(), () -> result.diagnostics().toString());
        Diagnostic d = result.diagnostics().get(0);
        return d.severity().label() + " " + d.code() + ": " + d.message();
    }

    @Test
    void anInlineSvgImageIsRefusedByItsTypeWithTheTypesThatAreAllowed() {
        assertEquals("error image-scheme: 'data:image/svg+xml' is not allowed as an image; data: images may be"
                        + " data:image/png, gif, jpeg or webp (an SVG inside the briefing is not checked: save it"
                        + " as a file in the content folder, where Galley removes scripts and links from it)",
                refusal("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"));
    }

    @Test
    void dataUrlsThatAreNotRasterImagesAreRefusedByName() {
        assertEquals("error image-scheme: 'data:text/html' is not allowed as an image; data: images may be"
                + " data:image/png, gif, jpeg or webp", refusal("![x](data:text/html,<script>alert(1)</script>)"));
        assertEquals("error image-scheme: 'data:image/bmp' is not allowed as an image; data: images may be"
                + " data:image/png, gif, jpeg or webp", refusal("![x](data:image/bmp;base64,Qk0=)"));
        assertEquals("error image-scheme: a data: URL without a type is not allowed as an image; data: images"
                + " may be data:image/png, gif, jpeg or webp", refusal("![x](data:,hello)"));
    }

    @Test
    void rasterDataImagesAreAccepted() {
        for (String type : List.of("png", "gif", "jpeg", "webp", "PNG")) {
            Briefing b = briefing("---\ntitle: T\n---\n![x](data:image/" + type + ";base64,AAAA)\n");
            Block.Figure figure = assertInstanceOf(Block.Figure.class, b.lead().get(0));
            assertEquals("data:image/" + type + ";base64,AAAA", figure.image().source());
        }
    }

    @Test
    void otherImageSchemesAreRefusedByNameWithWhatImagesMayBe() {
        assertEquals("error image-scheme: 'javascript:' images are not allowed; images may be files in the"
                + " content folder, http: or https: addresses, or data:image/png, gif, jpeg or webp",
                refusal("![x](javascript:alert(1))"));
        assertEquals("error image-scheme: 'file:' images are not allowed; images may be files in the"
                + " content folder, http: or https: addresses, or data:image/png, gif, jpeg or webp",
                refusal("![x](FILE:///etc/passwd.png)"));
    }

    @Test
    void linkSchemesAreRefusedByNameWithWhatLinksMayBe() {
        assertEquals("error link-scheme: 'javascript:' links are not allowed; links may go to http:, https:,"
                + " mailto:, tel: or ftp: addresses, to a #section, or to a file in the content folder",
                refusal("[run](javascript:alert(1))"));
        assertEquals("error link-scheme: 'data:' links are not allowed; links may go to http:, https:,"
                + " mailto:, tel: or ftp: addresses, to a #section, or to a file in the content folder",
                refusal("[run](data:text/html;base64,PHNjcmlwdD4=)"));
    }

    @Test
    void undefinedFootnoteIsAnError() {
        BriefingReader.Result result = read("---\ntitle: T\n---\nText[^missing].\n");
        assertEquals("4:5 error footnote-undefined", located(result));
    }

    @Test
    void templateSyntaxAndScriptsStayText() {
        Briefing b = briefing("---\ntitle: \"${evil} <#assign x=1>\"\n---\nText ${user} and <#if x>.\n");
        assertEquals("${evil} <#assign x=1>", b.meta().title());
        assertTrue(PlainText.ofBlocks(b.lead()).contains("${user}"));
    }

    /** Runs {@code task} on a thread with the stack the publisher gives its reading threads. */
    private static <T> T onPublisherStack(java.util.function.Supplier<T> task) throws InterruptedException {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        Thread thread = new Thread(null, () -> result.set(task.get()), "reader", 64L * 1024 * 1024);
        thread.start();
        thread.join();
        return result.get();
    }

    @Test
    void deepNestingOnASmallStackIsAClearErrorNotACrash() {
        BriefingReader.Result result = read("---\ntitle: Deep\n---\n" + "> ".repeat(50_000) + "deep\n");
        assertTrue(!result.hasErrors() || located(result).equals("1:1 error nesting"), located(result));
    }

    @Test
    void deepNestingIsFlattenedNotFatal() throws InterruptedException {
        String deep = "> ".repeat(5000) + "deep words\n";
        BriefingReader.Result result = onPublisherStack(() -> read("---\ntitle: Deep\n---\n" + deep));
        assertFalse(result.hasErrors(), located(result));
        assertTrue(PlainText.ofBlocks(result.briefing().orElseThrow().lead()).contains("deep words"));

        String lists = "";
        StringBuilder nested = new StringBuilder("---\ntitle: Lists\n---\n");
        for (int i = 0; i < 200; i++) {
            nested.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        BriefingReader.Result listResult = onPublisherStack(() -> read(nested.toString() + lists));
        assertTrue(PlainText.ofBlocks(listResult.briefing().orElseThrow().lead()).contains("level 199"));
    }

    @Test
    void tenMegabyteParagraphIsRead() {
        String words = "word ".repeat(2_000_000);
        BriefingReader.Result result = read("---\ntitle: Huge\n---\n" + words + "\n");
        assertFalse(result.hasErrors());
        assertEquals(2_000_000, result.briefing().orElseThrow().wordCount());
    }

    @Test
    void oversizedFileIsRefusedWithAClearError() {
        BriefingReader.Result result = read(new byte[BriefingReader.MAX_BYTES + 1]);
        assertEquals("1:1 error too-large", located(result));
    }

    @Test
    void countsWordsOfTheBody() {
        assertEquals(5, briefing("---\ntitle: T\n---\nOne two three.\n\n## Four five\n").wordCount());
    }

    @Test
    void passagesInAnotherLanguageAreSpans() {
        BriefingReader.Result result = read("---\ntitle: T\n---\nThe <span lang=\"de\">*Zeitenwende* speech</span> and"
                + " <span lang='klingon!'>this</span> and <span class=\"x\">raw</span>.\n");
        Block.Paragraph p = (Block.Paragraph) result.briefing().orElseThrow().lead().get(0);
        Inline.Span span = (Inline.Span) p.inlines().get(1);
        assertEquals("de", span.lang());
        assertInstanceOf(Inline.Emphasis.class, span.children().get(0));
        assertEquals("The Zeitenwende speech and this and raw.", PlainText.of(p.inlines()));
        assertEquals("4:53 warning span-lang", located(result));
    }
}
