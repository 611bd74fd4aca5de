package dev.galley.cli;

import dev.galley.core.testing.ContentFixture;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.galley.cli.Run.galley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ids written in headings ({@code {#id}}) and HTML anchors before headings, published: what a
 * reader clicking a link, and an editor reading the build's messages, would check.
 */
class HeadingIdsTest {

    static final String DESK = """
            -- galley.yaml --
            title: Desk
            -- briefings/flaws.md --
            ---
            title: September security releases
            ---
            Jump to [installing](#install), to [the first flaw](#CVE-2016-6304) or to
            [the original post](#original_post).

            ## Installing the fix {#install .wide data-x=1}

            Upgrade now.

            <a id="CVE-2016-6304"></a>

            ## CVE-2016-6304: memory growth

            A malicious client can exhaust a server's memory.

            <a name="original_post"></a>

            **Original post below.**
            """;

    @TempDir
    static Path dir;
    private static PublishedSite site;
    private static Path out;

    @BeforeAll
    static void publish() {
        Path content = ContentFixture.write(dir.resolve("content"), DESK);
        site = PublishedSite.publish(content, dir.resolve("site"));
        out = site.out();
    }

    private static Document page() throws IOException {
        return site.briefing("flaws");
    }

    @Test
    void theSiteUsesTheWrittenIdAndDropsTheMarker() throws IOException {
        Document page = page();
        assertEquals("Installing the fix", page.getElementById("install").ownText().strip());
        assertEquals(List.of("#install", "#cve-2016-6304-memory-growth"),
                page.select("nav.toc a").eachAttr("href"));
        assertFalse(page.select(".body").text().contains("{#"), page.select(".body").text());
        assertFalse(page.select("nav.toc").text().contains("wide"));
        try (var assets = Files.list(out.resolve("assets"))) {
            Path index = assets.filter(p -> p.getFileName().toString().startsWith("search-index.")).findFirst().orElseThrow();
            String search = Files.readString(index);
            assertTrue(search.contains("Installing the fix"), search);
            assertFalse(search.contains("{#install") || search.contains("data-x"), search);
        }
    }

    @Test
    void htmlAnchorsReachTheirSectionOnTheSite() throws IOException {
        Document page = page();
        assertEquals("h2", page.getElementById("CVE-2016-6304").parent().tagName());
        assertEquals("cve-2016-6304-memory-growth", page.getElementById("CVE-2016-6304").parent().id());
        assertNotNull(page.getElementById("original_post"));
        assertEquals(1, page.select("[id=CVE-2016-6304]").size());
    }

    @Test
    void thePdfsLinksAndOutlineGoToTheSections() throws IOException {
        String text = site.pdfText("flaws");
        assertFalse(text.contains("{#") || text.contains("data-x"), text);
        try (PDDocument pdf = site.pdf("flaws")) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertEquals(List.of("Installing the fix", "CVE-2016-6304: memory growth"), outline);
            // The three links in the lead, each to a page and a height on it.
            List<PDPageDestination> internal = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDDestination destination = link.getDestination();
                        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
                            destination = goTo.getDestination();
                        }
                        if (destination instanceof PDPageDestination pageDestination) {
                            internal.add(pageDestination);
                        }
                    }
                }
            }
            assertEquals(3, internal.size(), "links to #install, #CVE-2016-6304 and #original_post");
            PDOutlineItem flaw = pdf.getDocumentCatalog().getDocumentOutline().getLastChild();
            PDPageDestination section = (PDPageDestination) flaw.getDestination();
            assertEquals(section.getCOSObject().toString(), internal.get(1).getCOSObject().toString(),
                    "the anchor's link goes where the outline's entry for its section goes");
            assertEquals(section.getCOSObject().toString(), internal.get(2).getCOSObject().toString());
        }
    }

    @Test
    void aRepeatedIdIsReportedAtTheSecond() throws IOException {
        Path content = ContentFixture.write(dir.resolve("dup"), """
                -- galley.yaml --
                title: Desk
                -- briefings/dup.md --
                ---
                title: Dup
                ---
                ## Background

                ## Later {#background}
                """);
        Run run = galley("check", content.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue((run.out() + run.err()).contains("briefings/dup.md:6:11: error: the id 'background' is already"
                + " given at line 4, column 1; ids must be unique in a briefing [heading-id-duplicate]"),
                run.out() + run.err());
    }
}
